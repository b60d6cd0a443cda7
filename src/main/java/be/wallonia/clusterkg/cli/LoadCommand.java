package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.error.UserError;
import be.wallonia.clusterkg.loadtest.RequestMix;
import be.wallonia.clusterkg.measure.Figures;
import be.wallonia.clusterkg.measure.Load;
import be.wallonia.clusterkg.measure.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Sends the load test's ordinary mix (cookbook queries, entity pages, text searches) to a server on",
                "this machine from closed-loop clients until interrupted (SIGINT, SIGTERM) or --seconds have passed, then",
                "prints what the clients saw: requests, p50/p99 and the longest latency, failures. Exits 1 when a request",
                "had no usable answer (no answer, or a status other than 2xx and 3xx).",
                "For measuring a server while something else happens to it, e.g. a rolling restart behind a proxy."})
final class LoadCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "The server, on this machine.")
    URI url;

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 8;

    @Option(names = "--seconds", paramLabel = "SECONDS", description = "The longest the load runs (default: ${DEFAULT-VALUE}).")
    long seconds = 600;

    @SuppressWarnings("sunapi")
    @Override public Integer call() throws Exception {
        if (!isLoopback(url)) throw new UserError("the load runs against a server on this machine only (127.0.0.1), not " + url);
        if (clients <= 0 || seconds <= 0) throw new UserError("--clients and --seconds must be positive");
        PrintWriter out = spec.commandLine().getOut();
        List<Target> mix = RequestMix.of(url).ordinary();
        CountDownLatch interrupted = new CountDownLatch(1);
        // the caller stops the load by a signal when what it measures is over, and still wants the figures
        for (String name : List.of("INT", "TERM")) sun.misc.Signal.handle(new sun.misc.Signal(name), s -> interrupted.countDown());
        long start = System.nanoTime();
        Load load = Load.start(clients, mix);
        out.printf("load: %d clients on %s%n", clients, url);
        out.flush();
        interrupted.await(seconds, TimeUnit.SECONDS);
        List<Load.Outcome> seen = load.stop();
        Figures figures = Figures.of(seen, o -> true, (System.nanoTime() - start) / 1e9);
        out.println("load: " + figures);
        seen.stream().filter(o -> !o.ok()).limit(10).forEach(o -> out.printf("load: failed %s %s: %s%n", o.kind(), o.name(),
                o.error() != null ? o.error() : "status " + o.status()));
        out.flush();
        return figures.failed() == 0 ? 0 : ClusterKg.USER_ERROR;
    }

    private static boolean isLoopback(URI url) {
        try {
            return InetAddress.getByName(url.getHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false; // a name that does not resolve names no server of this machine
        }
    }
}
