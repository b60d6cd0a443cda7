package be.wallonia.clusterkg.loadtest;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Clients sending requests back to back, each waiting for its answer before the next (a closed loop: the
 * offered load is the concurrency, so an overloaded server slows its clients instead of queueing without
 * bound), until stopped. Every request is timed and its outcome kept.
 */
public final class Load {
    /** The longest a client waits for one answer before counting the request as failed. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /** One request as a client saw it. */
    public record Outcome(String kind, String name, long startNanos, long nanos, int status, String error) {
        /** Refused by the concurrent query cap (503), as opposed to failed. */
        public boolean refused() { return status == 503; }

        /** An answer a client can use: 2xx or 3xx. */
        public boolean ok() { return error == null && status >= 200 && status < 400; }
    }

    private final HttpClient client;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();

    private Load(HttpClient client) {
        this.client = client;
    }

    /** Starts clients, each going through the targets in turn from its own starting point. */
    public static Load start(HttpClient client, List<Target> targets, int clients) {
        if (targets.isEmpty() || clients <= 0) throw new IllegalArgumentException("a load needs targets and clients");
        Load load = new Load(client);
        for (int c = 0; c < clients; c++) {
            int offset = c * 7919 % targets.size();
            Thread t = new Thread(() -> {
                for (int i = offset; load.running.get(); i++) load.outcomes.add(load.send(targets.get(i % targets.size())));
            }, "load-client-" + c);
            t.setDaemon(true);
            load.threads.add(t);
            t.start();
        }
        return load;
    }

    private Outcome send(Target target) {
        HttpRequest request = HttpRequest.newBuilder(target.uri()).timeout(REQUEST_TIMEOUT)
                .header("Accept", target.accept()).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Outcome(target.kind(), target.name(), start, System.nanoTime() - start, r.statusCode(), null);
        } catch (IOException e) {
            return new Outcome(target.kind(), target.name(), start, System.nanoTime() - start, 0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(target.kind(), target.name(), start, System.nanoTime() - start, 0, "interrupted");
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
}
