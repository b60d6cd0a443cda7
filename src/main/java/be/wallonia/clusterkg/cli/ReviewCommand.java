package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.review.ClaimsReview;
import be.wallonia.clusterkg.store.Dumps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Writes every claim no source makes itself, one row each, for a domain expert: each derived",
                "complementarity with its basis (shared sector, or supply link and its passage) and rule, and each curated",
                "statement with its justification, sources and passages; a last column, decision, is left for the reviewer.",
                "Reads the current build (building it first when missing or older than its inputs)."})
final class ReviewCommand implements Callable<Integer> {
    enum Format { csv, md }

    @Mixin GraphOptions options;
    @Spec CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv or md (default: ${DEFAULT-VALUE}).")
    Format format = Format.csv;

    @Override public Integer call() {
        Path current = options.currentBuild(spec.commandLine().getErr());
        ClaimsReview review = ClaimsReview.of(Dumps.read(current), options.builtIris(current));
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.csv ? review.csv() : review.markdown());
        out.flush();
        return 0;
    }
}
