package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.measure.Report;
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
import java.util.concurrent.Callable;

@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = {"A bounded load test on this machine: cookbook queries, entity pages and text searches at rising",
                "concurrency, each step for a fixed time, then the same load with runaway (cartesian) queries beside it.",
                "Reports throughput, p50/p99 latency, errors and refusals; writes the tables into docs/benchmarks.md.",
                "Starts its own server on 127.0.0.1 (building the graph when needed) unless --url names one on this machine."})
final class LoadTestCommand implements Callable<Integer> {
    @Mixin GraphOptions options;
    @Spec CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", description = "A running server on this machine (default: start one).")
    URI url;

    @Option(names = "--clients", paramLabel = "N", split = ",", description = "The concurrency steps (default: ${DEFAULT-VALUE}).")
    List<Integer> clients = List.of(1, 4, 16, 64);

    @Option(names = "--seconds", paramLabel = "SECONDS", description = "How long each step runs (default: ${DEFAULT-VALUE}).")
    long seconds = 20;

    @Option(names = "--runaway-clients", paramLabel = "N",
            description = "Clients sending runaway queries in the last step (default: ${DEFAULT-VALUE}).")
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
        try {
            LoadTest test = LoadTest.of(url != null ? url : URI.create(own.localUrl().replace("localhost", "127.0.0.1")));
            Duration each = Duration.ofSeconds(seconds);
            List<LoadTest.Step> steps = new ArrayList<>();
            for (int c : clients) {
                LoadTest.Step step = test.step(c, each);
                out.printf("%d clients: %s%n", c, step.ordinary());
                out.flush();
                steps.add(step);
            }
            LoadTest.Step runaway = test.withRunaways(runawayStepClients, runawayClients, each);
            out.printf("%d clients + %d runaway clients: %s; runaways: %s, %d stopped by the timeout%n", runawayStepClients,
                    runawayClients, runaway.ordinary(), runaway.runaways(), runaway.runawaysStopped());
            steps.add(runaway);
            String section = section(steps);
            out.println(section);
            out.flush();
            if (!noReport) Report.writeSection(report, "loadtest", section);
            return 0;
        } finally {
            if (own != null) own.stop();
        }
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

    private String section(List<LoadTest.Step> steps) {
        return "## Load test (`java -jar target/clusterkg.jar loadtest`)\n\n"
                + "Measured " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " on "
                + Report.machine() + ".\n\n"
                + "Each step runs " + seconds + " s of closed-loop clients (each sends its next request when the last is "
                + "answered) going through the mix in turn: the cookbook's queries, the HTML page of every thing the "
                + "sitemap lists, and text searches. Latencies are of the answered requests; *errors* are failures "
                + "(no answer, or a status other than 2xx, 3xx and the cap's 503); *refused* are the 503s of the "
                + "concurrent query cap (" + (url == null ? GraphServer.DEFAULT_ADMISSION.places() + " here" : "the server's")
                + "), which a client retries after `Retry-After`. The last row adds clients sending cartesian queries "
                + "back to back" + (url == null ? " (query timeout " + timeoutSeconds + " s)" : "")
                + ": they are stopped by the timeout (422) while the others keep their latency.\n\n"
                + LoadTest.table(steps);
    }
}
