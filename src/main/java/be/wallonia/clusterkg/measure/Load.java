package be.wallonia.clusterkg.measure;

import be.wallonia.clusterkg.serve.sparql.QueryAdmission;
import be.wallonia.clusterkg.error.UserError;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The one HTTP load generator of the benchmarks and the load test. Clients send requests back to back, each waiting
 * for its answer before the next (a closed loop: the offered load is the concurrency, so an overloaded server slows
 * its clients instead of queueing without bound), until stopped or until a request count is reached. Every request
 * is read to its end, timed, and its outcome kept.
 */
public final class Load {
    /** The longest a client waits for one answer before counting the request as failed. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern QUEUE_TIMING = Pattern.compile("(?:^|,)\\s*" + QueryAdmission.QUEUE_METRIC + "\\s*;(?:[^,]*;)?\\s*dur=([0-9.]+)");

    /** One client connection pool for every load: connections are reused, as a real client does. */
    public static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One request as a client saw it. */
    public record Outcome(String kind, String name, long startNanos, long nanos, int status, String error, double queueMillis) {
        /** The outcome of a request that waited in no queue the server said so of. */
        public Outcome(String kind, String name, long startNanos, long nanos, int status, String error) {
            this(kind, name, startNanos, nanos, status, error, 0);
        }

        /** Refused by the server's admission control (503), as opposed to failed. */
        public boolean refused() { return status == 503; }

        /** An answer a client can use: 2xx or 3xx. */
        public boolean ok() { return error == null && status >= 200 && status < 400; }
    }

    /** The bounds of a run of a benchmark: the run stops at whichever comes first. */
    public record Bounds(Duration duration, int maxRequests) {
        public Bounds {
            if (duration.isNegative() || duration.isZero() || maxRequests <= 0) {
                throw new IllegalArgumentException("a load run needs a positive duration and request count");
            }
        }

        public Figures run(int clients, IntFunction<Target> requests) {
            return Load.run(clients, duration, maxRequests, requests);
        }
    }

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger next = new AtomicInteger();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private final long startNanos = System.nanoTime();

    private Load() {}

    /**
     * Starts clients sending the i-th request of the load (numbered across all clients from 0), until stopped or
     * until {@code maxRequests} have been sent.
     */
    public static Load start(int clients, int maxRequests, IntFunction<Target> requests) {
        if (clients <= 0 || maxRequests <= 0) throw new IllegalArgumentException("a load needs clients and requests");
        Load load = new Load();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                int i;
                while (load.running.get() && (i = load.next.getAndIncrement()) < maxRequests) {
                    load.outcomes.add(send(requests.apply(i)));
                }
            }, "load-client-" + c);
            t.setDaemon(true);
            load.threads.add(t);
            t.start();
        }
        return load;
    }

    /** Clients going through the targets in turn, until stopped. */
    public static Load start(int clients, List<Target> targets) {
        if (targets.isEmpty()) throw new IllegalArgumentException("a load needs targets");
        return start(clients, Integer.MAX_VALUE, i -> targets.get(i % targets.size()));
    }

    /** A bounded run: the load for at most this long and this many requests, then its figures. */
    public static Figures run(int clients, Duration duration, int maxRequests, IntFunction<Target> requests) {
        Load load = start(clients, maxRequests, requests);
        try {
            long deadline = load.startNanos + duration.toNanos();
            for (Thread t : load.threads) t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            List<Outcome> seen = load.stop();
            return Figures.of(seen, o -> true, (System.nanoTime() - load.startNanos) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during a load run", e);
        }
    }

    /** How many requests have had a usable answer so far. */
    public long answered() {
        return outcomes.stream().filter(Outcome::ok).count();
    }

    /** Stops the clients (each finishes the request it is in) and returns every outcome. */
    public List<Outcome> stop() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) t.join(REQUEST_TIMEOUT.toMillis() + 5_000);
        return List.copyOf(outcomes);
    }

    /** Sends one request, reads its body to the end and drops it. */
    public static Outcome send(Target target) {
        long start = System.nanoTime();
        try {
            HttpResponse<Void> r = CLIENT.send(request(target), HttpResponse.BodyHandlers.discarding());
            return new Outcome(target.kind(), target.name(), start, System.nanoTime() - start, r.statusCode(), null,
                    queueMillis(r.headers().allValues(QueryAdmission.SERVER_TIMING)));
        } catch (IOException e) {
            return new Outcome(target.kind(), target.name(), start, System.nanoTime() - start, 0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(target.kind(), target.name(), start, System.nanoTime() - start, 0, "interrupted");
        }
    }

    /** The wait for a query place a server states (Server-Timing {@code queue;dur=…}), 0 when it states none. */
    static double queueMillis(List<String> serverTimings) {
        for (String timing : serverTimings) {
            Matcher m = QUEUE_TIMING.matcher(timing);
            if (m.find()) return Double.parseDouble(m.group(1));
        }
        return 0;
    }

    /** Fetches one body, for what must exist before a run (the bytes a static server holds, the slugs). */
    public static byte[] fetch(Target target) {
        try {
            HttpResponse<byte[]> r = CLIENT.send(request(target), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) throw new UserError(target.uri() + " answered " + r.statusCode());
            return r.body();
        } catch (IOException e) {
            throw new UserError(target.uri() + ": no answer (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + target.uri(), e);
        }
    }

    private static HttpRequest request(Target target) {
        return HttpRequest.newBuilder(target.uri()).timeout(REQUEST_TIMEOUT).header("Accept", target.accept()).GET().build();
    }
}
