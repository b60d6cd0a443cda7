package be.wallonia.clusterkg.loadtest;

import be.wallonia.clusterkg.error.UserError;

import be.wallonia.clusterkg.measure.Figures;
import be.wallonia.clusterkg.measure.Load;
import be.wallonia.clusterkg.measure.QueryShapes;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The bounded load test: the request mix at rising concurrency, each step for a fixed time, then the same
 * load with runaway queries beside it. Loopback only: it is a measure of this server on this machine, not a
 * tool to load someone else's.
 */
public final class LoadTest {
    /** One step: the figures of its ordinary requests, and of its runaways if it had any. */
    public record Step(int clients, int runawayClients, double seconds, Figures ordinary, Figures runaways,
                       long runawaysStopped) {}

    private final URI server;
    private final RequestMix mix;
    private final QueryShapes.Mode queries;
    /** Ends the running step early, and any step after it at once: the caller has seen what it measured. */
    private final CountDownLatch stopped = new CountDownLatch(1);

    private LoadTest(URI server, RequestMix mix, QueryShapes.Mode queries) {
        this.server = server;
        this.mix = mix;
        this.queries = queries;
    }

    /** The load test of a server on this machine, its cookbook queries sent as written or each one unique. */
    public static LoadTest of(URI server, QueryShapes.Mode queries) throws IOException, InterruptedException {
        if (!InetAddress.getByName(server.getHost()).isLoopbackAddress()) {
            throw new UserError("the load test runs against a server on this machine only (127.0.0.1), not " + server);
        }
        return new LoadTest(server, RequestMix.of(server), queries);
    }

    public URI server() { return server; }

    /** Ends the running step now (its figures are of the time it ran); later steps end as they start. */
    public void stop() {
        stopped.countDown();
    }

    public boolean isStopped() {
        return stopped.getCount() == 0;
    }

    /** The ordinary mix at this many clients for this long. */
    public Step step(int clients, Duration duration) throws InterruptedException {
        return run(clients, 0, duration);
    }

    /** The same, with runaway clients each sending cartesian queries back to back beside them. */
    public Step withRunaways(int clients, int runawayClients, Duration duration) throws InterruptedException {
        return run(clients, runawayClients, duration);
    }

    private Step run(int clients, int runawayClients, Duration duration) throws InterruptedException {
        long start = System.nanoTime();
        Load ordinary = Load.start(clients, Integer.MAX_VALUE, mix.requests(queries));
        Load runaways = runawayClients == 0 ? null : Load.start(runawayClients, mix.runaways());
        stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        List<Load.Outcome> seen = new ArrayList<>(ordinary.stop());
        List<Load.Outcome> runaway = runaways == null ? List.of() : runaways.stop();
        double seconds = (System.nanoTime() - start) / 1e9;
        Predicate<Load.Outcome> all = o -> true;
        // a runaway answered 422 was stopped by the timeout, as it should be
        long stopped = runaway.stream().filter(o -> o.status() == 422).count();
        Figures runawayFigures = runaway.isEmpty() ? null : Figures.of(runaway, o -> true, seconds);
        return new Step(clients, runawayClients, seconds, Figures.of(seen, all, seconds), runawayFigures, stopped);
    }

    /** The steps as a Markdown table. */
    public static String table(List<Step> steps) {
        StringBuilder out = new StringBuilder("| clients | runaway clients | requests | per second | p50 ms | p99 ms | max ms "
                + "| queue wait p99 / max ms | errors | of which 503 | runaways sent | runaways stopped (422) | runaway p50 ms |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Step s : steps) {
            Figures f = s.ordinary();
            Figures r = s.runaways();
            out.append(String.format(Locale.ROOT, "| %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f / %.1f | %d | %d | %s | %s | %s |%n",
                    s.clients(), s.runawayClients(), f.requests(), f.perSecond(), f.p50Millis(), f.p99Millis(), f.maxMillis(),
                    f.queueP99Millis(), f.queueMaxMillis(), f.failed(), f.refused(), r == null ? "–" : Integer.toString(r.requests()),
                    r == null ? "–" : Long.toString(s.runawaysStopped()),
                    r == null ? "–" : String.format(Locale.ROOT, "%.0f", r.p50Millis())));
        }
        return out.toString();
    }
}
