package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.generate.Generator;
import be.wallonia.clusterkg.generate.SyntheticPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a data directory holding the real data plus a synthetic graph shaped like it,",
                "SCALE times the real graph's size (scale 1000: about ten million quads), for benchmarks:",
                "build it with `build --data OUT`."})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--scale", required = true, paramLabel = "N", description = "Multiple of the real graph's size.")
    int scale;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new (or empty) directory to write.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Mixin DataOption data;

    @Spec CommandSpec spec;

    @Override public Integer call() {
        Generator.Result result = Generator.generate(data.data, SyntheticPlan.of(scale, seed), out);
        spec.commandLine().getOut().print(result.toText());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
