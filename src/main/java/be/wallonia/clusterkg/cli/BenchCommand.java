package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.error.UserError;

import be.wallonia.clusterkg.bench.BenchException;
import be.wallonia.clusterkg.bench.BenchReport;
import be.wallonia.clusterkg.bench.BuildBench;
import be.wallonia.clusterkg.bench.ServingBench;
import be.wallonia.clusterkg.bench.Tools;
import be.wallonia.clusterkg.cookbook.Cookbook;
import be.wallonia.clusterkg.cookbook.CookbookQuery;
import be.wallonia.clusterkg.generate.Generator;
import be.wallonia.clusterkg.generate.SyntheticPlan;
import org.apache.commons.io.file.PathUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures, in one run on this machine, the build of the real graph and of synthetic graphs at each",
                "scale against Jena's bulk loader (tdb2.tdbloader) on the same quads; then, on each database built,",
                "serve's startup, the cookbook queries (alone, and mixed under concurrent clients, repeated and unique)",
                "and an entity page against the stock Fuseki server on a copy of the same database and against nginx",
                "serving the same bytes. Writes the tables into docs/benchmarks.md with a plot beside it.",
                "Needs `mvn -q -DskipTests package` first (it fetches them)."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--scales", paramLabel = "N,N,…",
            description = "Scales of the synthetic graphs, comma-separated; empty for the real graph alone (default: ${DEFAULT-VALUE}).")
    String scales = "1,10,100,1000";

    @Option(names = "--quick", description = "A smoke run: the real graph and scale 1 only, unless --scales says otherwise.")
    boolean quick;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the synthetic graphs (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Mixin DataOption data;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch directory, emptied first (default: ${DEFAULT-VALUE}).")
    Path work = Path.of("target", "bench");

    @Option(names = "--docs", paramLabel = "DIR", description = "Where benchmarks.md is written (default: ${DEFAULT-VALUE}).")
    Path docs = Path.of("docs");

    @Option(names = "--jar", paramLabel = "FILE", description = "This project's jar (default: ${DEFAULT-VALUE}).")
    Path jar = Tools.DEFAULT_JAR;

    @Option(names = "--tools", paramLabel = "DIR", description = "The stock tools' jars (default: ${DEFAULT-VALUE}).")
    Path tools = Tools.DEFAULT_TOOLS;

    @Option(names = "--heap", paramLabel = "SIZE", description = "-Xmx of every child JVM, ours and Jena's (default: ${DEFAULT-VALUE}).")
    String heap = "4g";

    @Option(names = "--entity", paramLabel = "PATH", description = "The entity page of the dereferencing runs (default: ${DEFAULT-VALUE}).")
    String entity = "/" + Iris.document("pole/biowin");

    @Option(names = "--duration", paramLabel = "SECONDS",
            description = "Length of each mixed-query and dereferencing run; --quick makes it 1 (default: ${DEFAULT-VALUE}).")
    long durationSeconds = 8;

    @Option(names = "--no-serving", description = "Measure the builds only.")
    boolean noServing;

    @Spec CommandSpec spec;

    @Override public Integer call() {
        try {
            return run();
        } catch (BenchException e) {
            // a child that failed is not a bug of this command: one line, and the log it names says more
            spec.commandLine().getErr().println("clusterkg bench: " + e.getMessage());
            return ClusterKg.USER_ERROR;
        }
    }

    private int run() {
        if (durationSeconds <= 0) throw new UserError("--duration must be positive; got " + durationSeconds);
        PrintWriter out = spec.commandLine().getOut();
        List<Integer> scaleList = scaleList(quick && !spec.commandLine().getParseResult().hasMatchedOption("--scales") ? "1" : scales);
        Tools t = Tools.current(heap, jar, tools);
        emptyDirectory(work);
        BuildBench bench = new BuildBench(t, work);
        List<BuildBench.Row> rows = new ArrayList<>();
        rows.add(report(out, bench.measure("real", data.data)));
        for (int scale : scaleList) {
            Path generated = work.resolve("data-s" + scale);
            out.println(Generator.generate(data.data, SyntheticPlan.of(scale, seed), generated).toText().trim());
            out.flush();
            rows.add(report(out, bench.measure("scale-" + scale, generated)));
        }
        String serving = "";
        if (!noServing) {
            ServingBench.Plan plan = quick ? ServingBench.Plan.quick() : ServingBench.Plan.full(java.time.Duration.ofSeconds(durationSeconds));
            ServingBench servingBench = new ServingBench(t, work, plan,
                    Cookbook.fromClasspath().stream().filter(CookbookQuery::selfContained).toList(), entity);
            List<ServingBench.Result> results = new ArrayList<>();
            for (BuildBench.Row r : rows) {
                out.println(r.name() + ": serving…");
                out.flush();
                ServingBench.Result result = servingBench.measure(r.name(), r.data(), r.database());
                out.printf("%s: serve answered in %,d ms (median); mixed and dereferencing runs done%n", r.name(),
                        result.startup().medianMillis());
                out.flush();
                results.add(result);
            }
            serving = servingBench.markdown(results);
        }
        BenchReport.write(docs, "clusterkg " + String.join(" ", spec.commandLine().getParseResult().originalArgs()), rows, serving);
        out.println("Wrote " + docs.resolve(BenchReport.FILE) + " and " + docs.resolve(BenchReport.PLOT));
        out.flush();
        return 0;
    }

    private static BuildBench.Row report(PrintWriter out, BuildBench.Row r) {
        out.printf("%s: %,d quads; build %.1f s (%,.0f quads/s, peak %,d MiB); tdbloader %.1f s (%,.0f quads/s); ratio %.2f%n",
                r.name(), r.quads(), r.ours().millis() / 1000.0, r.oursQuadsPerSecond(), r.ours().peakRssKib() / 1024,
                r.loader().millis() / 1000.0, r.loaderQuadsPerSecond(), r.ratio());
        out.flush();
        return r;
    }

    static List<Integer> scaleList(String text) {
        if (text.isBlank()) return List.of();
        try {
            return Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new UserError("--scales is a comma-separated list of positive integers; got \"" + text + "\"");
        }
    }

    private static void emptyDirectory(Path dir) {
        try {
            if (Files.exists(dir)) PathUtils.deleteDirectory(dir);
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot be emptied", e);
        }
    }
}
