package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.measure.QueryShapes;
import be.wallonia.clusterkg.measure.Report;
import be.wallonia.clusterkg.measure.Resident;
import be.wallonia.clusterkg.loadtest.LoadTest;
import be.wallonia.clusterkg.pipeline.GraphBuild;
import be.wallonia.clusterkg.serve.GraphServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = {"A bounded load test on this machine: cookbook queries, entity pages and text searches at rising",
                "concurrency, each step for a fixed time, then the same load with runaway (cartesian) queries beside it.",
                "Reports throughput, p50/p99 latency, errors and refusals; writes the tables into docs/benchmarks.md.",
                "Starts its own server on 127.0.0.1 (building the graph when needed) unless --url names one on this machine.",
                "SIGINT or SIGTERM ends the running step and reports it. Exits 1 when a request had no usable answer."})
final class LoadTestCommand implements Callable<Integer> {
    @Mixin GraphOptions options;
    @Spec CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", description = "A running server on this machine (default: start one).")
    URI url;

    @Option(names = "--clients", paramLabel = "N", split = ",", description = "The concurrency steps (default: ${DEFAULT-VALUE}).")
    List<Integer> clients = List.of(1, 4, 16, 64);

    @Option(names = "--seconds", paramLabel = "SECONDS", description = "How long each step runs (default: ${DEFAULT-VALUE}).")
    long seconds = 20;

    @Option(names = "--queries", paramLabel = "MODE",
            description = "How the cookbook's queries are sent: unique (each with a LIMIT never sent before, as many users asking"
                    + " their own questions; no answer can be reused) or repeated (as written) (default: ${DEFAULT-VALUE}).")
    QueryShapes.Mode queries = QueryShapes.Mode.UNIQUE;

    @Option(names = "--server-pid", paramLabel = "PID",
            description = "The process of the server at --url, whose resident memory is sampled (default: this process when"
                    + " it starts the server; none otherwise).")
    Long serverPid;

    @Option(names = "--memory-every", paramLabel = "SECONDS",
            description = "How often the server's resident memory is sampled (default: ${DEFAULT-VALUE}).")
    long memoryEverySeconds = 10;

    @Option(names = "--runaway-clients", paramLabel = "N",
            description = "Clients sending runaway queries in the last step; 0 for no such step (default: ${DEFAULT-VALUE}).")
    int runawayClients = 2;

    @Option(names = "--runaway-step-clients", paramLabel = "N",
            description = "Ordinary clients of the step with runaways (default: ${DEFAULT-VALUE}).")
    int runawayStepClients = 4;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Query timeout of the server started here (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = 5;

    @Option(names = "--report", paramLabel = "FILE", description = "Where the tables go (default: ${DEFAULT-VALUE}).")
    Path report = Path.of("docs", "benchmarks.md");

    @Option(names = "--no-report", description = "Print the tables only.")
    boolean noReport;

    @Override public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        GraphServer own = url == null ? startServer(out) : null;
        Long watched = own != null ? Long.valueOf(ProcessHandle.current().pid()) : serverPid;
        Resident memory = watched == null ? null : Resident.watch(watched, Duration.ofSeconds(memoryEverySeconds));
        try {
            LoadTest test = LoadTest.of(url != null ? url : URI.create(own.localUrl().replace("localhost", "127.0.0.1")), queries);
            stopOnSignal(test);
            Duration each = Duration.ofSeconds(seconds);
            List<LoadTest.Step> steps = new ArrayList<>();
            for (int c : clients) {
                if (test.isStopped()) break;
                out.printf("%d clients: sending to %s for %d s at most%n", c, test.server(), seconds);
                out.flush();
                LoadTest.Step step = test.step(c, each);
                out.printf("%d clients: %s%n", c, step.ordinary());
                out.flush();
                steps.add(step);
            }
            if (runawayClients > 0 && !test.isStopped()) {
                LoadTest.Step runaway = test.withRunaways(runawayStepClients, runawayClients, each);
                out.printf("%d clients + %d runaway clients: %s; runaways: %s, %d stopped by the timeout%n", runawayStepClients,
                        runawayClients, runaway.ordinary(), runaway.runaways(), runaway.runawaysStopped());
                steps.add(runaway);
            }
            String section = section(steps, memory == null ? List.of() : memory.stop());
            out.println(section);
            out.flush();
            if (!noReport) Report.writeSection(report, "loadtest", section);
            return steps.stream().allMatch(step -> step.ordinary().failed() == 0) ? 0 : ClusterKg.USER_ERROR;
        } finally {
            if (own != null) own.stop();
        }
    }

    /**
     * SIGINT or SIGTERM ends the step that runs and reports it: a caller measuring a server while something else
     * happens to it (a rolling restart) runs one long step and stops it when that is over.
     */
    @SuppressWarnings("sunapi")
    private static void stopOnSignal(LoadTest test) {
        for (String name : List.of("INT", "TERM")) sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> test.stop());
    }

    private GraphServer startServer(PrintWriter out) {
        GraphBuild build = options.graphBuild(GraphServer.DEFAULT_PORT);
        if (!build.isCurrent()) {
            out.println("Building the graph…");
            out.flush();
            build.run();
        }
        return GraphServer.create().build(build.directory().current().orElseThrow()).port(0).loopbackOnly()
                .iris(options.iris(GraphServer.DEFAULT_PORT)).queryTimeout(Duration.ofSeconds(timeoutSeconds)).build().start();
    }

    private String section(List<LoadTest.Step> steps, List<Resident.Sample> memory) {
        String server = url == null ? "the server started here, with its defaults (" + GraphServer.DEFAULT_ADMISSION.places()
                + " places, a queue of " + GraphServer.DEFAULT_ADMISSION.queue() + ", " + GraphServer.DEFAULT_ADMISSION.longestWait().toSeconds()
                + " s of wait at most)" : "the server at " + url;
        return "## Load test (`java -jar target/clusterkg.jar loadtest`)\n\n"
                + "Run as `clusterkg " + String.join(" ", spec.commandLine().getParseResult().originalArgs()) + "`. "
                + "Measured " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " on "
                + Report.machine() + ", against " + server + ".\n\n"
                + "Each step runs " + seconds + " s of closed-loop clients (each sends its next request when the last is "
                + "answered) going through the mix in turn: the cookbook's queries ("
                + (queries == QueryShapes.Mode.UNIQUE ? "each one unique, with a LIMIT never sent before, so the result cache cannot answer"
                : "as written, which the result cache answers after the first time")
                + "), the HTML page of every thing the sitemap lists, and text searches. Latencies are of the answered "
                + "requests; the queue wait is the server's own figure (Server-Timing) of how long an answered query waited "
                + "for its place; *errors* are the requests without a usable answer (no answer, or a status other than 2xx "
                + "and 3xx), 503 included: a query that waited its longest in the queue, or found it full."
                + (runawayClients > 0 ? " The last row adds clients sending cartesian queries back to back"
                + (url == null ? " (query timeout " + timeoutSeconds + " s)" : "")
                + ": they are stopped by the timeout (422) while the others keep their latency." : "") + "\n\n"
                + LoadTest.table(steps) + memory(memory);
    }

    /** The resident memory samples, one a minute at most, and how much it moved after the first minute. */
    private static String memory(List<Resident.Sample> samples) {
        if (samples.isEmpty()) return "";
        StringBuilder md = new StringBuilder("\nResident memory of the server (VmRSS), sampled through the run:\n\n| s | MiB |\n|---:|---:|\n");
        double lastShown = -60;
        for (Resident.Sample s : samples) {
            if (s.seconds() - lastShown >= 60 || s == samples.get(samples.size() - 1)) {
                md.append(String.format(Locale.ROOT, "| %.0f | %.0f |%n", s.seconds(), s.kib() / 1024.0));
                lastShown = s.seconds();
            }
        }
        List<Resident.Sample> warm = samples.stream().filter(s -> s.seconds() >= 60).toList();
        if (warm.size() >= 2) {
            long min = warm.stream().mapToLong(Resident.Sample::kib).min().orElseThrow();
            long max = warm.stream().mapToLong(Resident.Sample::kib).max().orElseThrow();
            md.append(String.format(Locale.ROOT, "%nAfter the first minute (warm-up): between %.0f and %.0f MiB, first %.0f, last %.0f.%n",
                    min / 1024.0, max / 1024.0, warm.get(0).kib() / 1024.0, warm.get(warm.size() - 1).kib() / 1024.0));
        }
        return md.toString();
    }
}
