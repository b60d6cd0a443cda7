package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.vocab.Iris;
import be.wallonia.clusterkg.process.ChildProcess;

import be.wallonia.clusterkg.error.UserError;

import be.wallonia.clusterkg.pipeline.BuildReport;
import be.wallonia.clusterkg.pipeline.GraphBuild;
import be.wallonia.clusterkg.serve.GraphServer;
import be.wallonia.clusterkg.serve.sparql.QueryAdmission;
import be.wallonia.clusterkg.serve.Rebuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the graph: the SPARQL endpoint, the query UI and the home page, on one port.",
                "Builds the graph first when there is no build, when data/ or ontology/ changed since, or when the",
                "build was made under another base."})
final class ServeCommand implements Callable<Integer> {
    @Mixin GraphOptions options;
    @Spec CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on; 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port = GraphServer.DEFAULT_PORT;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = GraphServer.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--max-request-bytes", paramLabel = "BYTES",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes = GraphServer.DEFAULT_MAX_BODY_BYTES;

    @Option(names = "--max-rows", paramLabel = "ROWS",
            description = "Most rows a query answers with; more are cut as by a LIMIT (default: ${DEFAULT-VALUE}).")
    long maxRows = GraphServer.DEFAULT_MAX_ROWS;

    @Option(names = "--max-concurrent-queries", paramLabel = "N",
            description = "Most queries and searches running at once; more wait in the queue (default: 4 per core, ${DEFAULT-VALUE} here).")
    int maxConcurrentQueries = GraphServer.DEFAULT_ADMISSION.places();

    @Option(names = "--query-queue", paramLabel = "N",
            description = "Most queries waiting for a place; one more gets 503 with Retry-After (default: 64 per core, ${DEFAULT-VALUE} here).")
    int queryQueue = GraphServer.DEFAULT_ADMISSION.queue();

    @Option(names = "--query-wait", paramLabel = "SECONDS",
            description = "Longest a query waits for a place before it gets 503 with Retry-After (default: ${DEFAULT-VALUE}).")
    long queryWaitSeconds = GraphServer.DEFAULT_ADMISSION.longestWait().toSeconds();

    @Option(names = "--delivery-timeout", paramLabel = "SECONDS",
            description = "Longest an answer may take to reach its client once its query has run; a slower client is cut (default: ${DEFAULT-VALUE}).")
    long deliverySeconds = GraphServer.DEFAULT_ADMISSION.longestDelivery().toSeconds();

    @Option(names = "--request-log", paramLabel = "FILE",
            description = "Log every request in NCSA combined format to FILE, or to standard output for '-' (default: no log).")
    String requestLog;

    @Option(names = "--admin-password-file", paramLabel = "FILE",
            description = "Turns on POST /admin/reload for user 'admin' (HTTP Basic) with the password on the file's first line.")
    Path adminPasswordFile;

    @Option(names = "--rebuild-timeout", paramLabel = "SECONDS",
            description = "Longest a rebuild for a reload may take (default: ${DEFAULT-VALUE}).")
    long rebuildTimeoutSeconds = 600;

    @Option(names = "--loopback-only", description = "Listen on 127.0.0.1 only, e.g. behind a reverse proxy on the same machine.")
    boolean loopbackOnly;

    @Option(names = "--query-cache-mb", paramLabel = "MIB",
            description = "Memory for reusing query results until the next build; 0 turns it off (default: ${DEFAULT-VALUE}).")
    long queryCacheMib = GraphServer.DEFAULT_QUERY_CACHE_BYTES >> 20;

    @Option(names = "--allow-service", description = "Let queries call other SPARQL endpoints with SERVICE (off by default:"
            + " a public endpoint would fetch any URL a query names).")
    boolean allowService;

    @Option(names = "--allow-update", description = "Turn on SPARQL Update at /ds/update and the Graph Store Protocol at /ds/data, for the users of --password-file.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Users allowed to update, one 'user: password' per line.")
    Path passwordFile;

    @Override public Integer call() {
        if (allowUpdate && passwordFile == null) {
            throw new UserError("--allow-update needs --password-file: updates are never anonymous");
        }
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        // the default base names the port, so "any free port" is chosen now, before the IRIs are minted
        if (port == 0) port = ChildProcess.freePort();
        Iris iris = options.iris(port);
        GraphBuild build = options.graphBuild(port);
        build.directory().removeWhatDeadWritersLeftIfNoWriter();
        if (!build.isCurrent()) {
            out.println("Building the graph (no current build for these inputs and base " + iris.base() + ")…");
            out.flush();
            BuildReport report = build.run();
            out.println("Built " + report.totalTriples() + " triples in " + report.millis() + " ms.");
        }
        GraphServer.Builder server;
        try {
            server = GraphServer.create()
                    .build(build.directory().current().orElseThrow())
                    .port(port)
                    .iris(iris)
                    .queryTimeout(Duration.ofSeconds(timeoutSeconds))
                    .maxBodyBytes(maxRequestBytes)
                    .maxRows(maxRows)
                    .admission(new QueryAdmission.Limits(maxConcurrentQueries, queryQueue,
                            Duration.ofSeconds(queryWaitSeconds), Duration.ofSeconds(deliverySeconds)))
                    .rebuild(new Rebuild(ClusterKg.class, options.data(), options.ontology(), options.out, iris,
                            Duration.ofSeconds(rebuildTimeoutSeconds)))
                    .queryCache(queryCacheMib << 20);
        } catch (IllegalArgumentException e) {
            // the builder checks the options' values: one it refuses is the user's to change
            throw new UserError(e.getMessage(), e);
        }
        if (allowUpdate) server.allowUpdate(passwordFile);
        if (allowService) server.allowFederatedQueries();
        if (requestLog != null) server.requestLog(requestLog);
        if (loopbackOnly) server.loopbackOnly();
        if (adminPasswordFile != null) server.adminPasswordFile(adminPasswordFile);
        GraphServer running = server.build().start();
        reloadOnHangup(running);
        String url = running.localUrl();
        // the JVM's default heap is a quarter of the machine's memory: say what this one may take, so an operator sees it
        out.printf("clusterkg serving %s (IRIs under %s): SPARQL endpoint %ssparql, query UI %sui, home page %s — started in %d ms,"
                        + " heap at most %d MiB (-Xmx)%n",
                url, iris.base(), url, url, url, (System.nanoTime() - start) / 1_000_000, Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        running.join();
        return 0;
    }

    /** {@code kill -HUP} rebuilds and reloads, as {@code POST /admin/reload} does; the outcome goes to the log. */
    @SuppressWarnings("sunapi")
    private void reloadOnHangup(GraphServer server) {
        sun.misc.Signal hangup;
        try {
            hangup = new sun.misc.Signal("HUP");
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("clusterkg: no SIGHUP on this system; reload with POST /admin/reload");
            return;
        }
        sun.misc.SignalHandler before = sun.misc.Signal.handle(hangup, signal -> new Thread(() -> {
            try {
                server.reload();
            } catch (Rebuild.ReloadException e) {
                // GraphServer has logged why; the old build keeps serving
            }
        }, "reload-on-SIGHUP").start());
        // a process started ignoring SIGHUP (nohup) keeps ignoring it: the JVM installs no handler then
        if (before == sun.misc.SignalHandler.SIG_IGN) {
            spec.commandLine().getErr().println("clusterkg: SIGHUP is ignored in this process (started with nohup?),"
                    + " so it reloads nothing; reload with POST /admin/reload");
        }
    }

}
