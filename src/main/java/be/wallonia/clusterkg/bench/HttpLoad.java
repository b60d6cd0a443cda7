package be.wallonia.clusterkg.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Closed-loop HTTP load: a fixed number of clients, each sending its next request as soon as the previous one is
 * answered, until a time limit or a request count is reached, whichever comes first. Every request is read to its
 * end; a status other than 200, or no answer, is an error.
 *
 * @param duration the time limit of one run
 * @param maxRequests the request count limit of one run
 */
public record HttpLoad(Duration duration, int maxRequests) {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /** One client connection pool for the whole benchmark: connections are reused, as a real client does. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public HttpLoad {
        if (duration.isNegative() || duration.isZero() || maxRequests <= 0) {
            throw new IllegalArgumentException("a load run needs a positive duration and request count");
        }
    }

    /** Builds a GET request with an Accept header. */
    public static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(java.net.URI.create(url)).timeout(REQUEST_TIMEOUT).header("Accept", accept).GET().build();
    }

    /**
     * Runs the load.
     *
     * @param clients  how many requests are in flight at once
     * @param requests the i-th request of the run (numbered across all clients from 0)
     */
    public Latencies run(int clients, IntFunction<HttpRequest> requests) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> done = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    long[] mine = new long[16];
                    int n = 0;
                    int i;
                    while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < maxRequests) {
                        long t0 = System.nanoTime();
                        if (!answered(requests.apply(i))) errors.incrementAndGet();
                        if (n == mine.length) mine = java.util.Arrays.copyOf(mine, n * 2);
                        mine[n++] = System.nanoTime() - t0;
                    }
                    return java.util.Arrays.copyOf(mine, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : done) all.add(f.get());
            long wall = System.nanoTime() - start;
            return Latencies.of(all.stream().flatMapToLong(java.util.Arrays::stream).toArray(), errors.get(), wall);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted during a load run");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new BenchException("a load client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether a request is answered with 200 (its body read and dropped). */
    static boolean answered(HttpRequest request) {
        try {
            HttpResponse<Void> r = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Fetches one body, for what must exist before a run (the bytes the static server holds, the slugs). */
    public static byte[] fetch(HttpRequest request) {
        try {
            HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) throw new BenchException(request.uri() + " answered " + r.statusCode());
            return r.body();
        } catch (IOException e) {
            throw new BenchException(request.uri() + ": no answer (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while fetching " + request.uri());
        }
    }
}
