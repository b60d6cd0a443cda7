package be.wallonia.clusterkg.serve.sparql;

import be.wallonia.clusterkg.serve.http.ErrorResponse;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Admission of queries, in front of the whole server (Jetty's {@link QoSHandler}): so many run at once; past that
 * a query waits, without a thread, in a queue of bounded length for a bounded time, and only then gets 503 with
 * {@code Retry-After}. A 503 at once, as before, turned away four requests in five at 16 clients, for queries that
 * take milliseconds: a short wait serves them all, and the bounds still protect the server from a flood.
 *
 * <p>Only what runs a query takes a place ({@code takesPlace}): not the pages and documents, not the service
 * description, not an answer the result cache holds. A request's body is read before it asks for a place
 * ({@link EagerContentHandler}), so a client that sends its query slowly holds a connection, never a place.
 *
 * <p>The per-client share is the order of the queue: the waiting query of the client (by address) that holds
 * the fewest places goes first. A client alone may use every place, but whoever else arrives gets the next
 * place that frees, and a flood from one address waits behind everyone else's queries.
 */
public final class QueryAdmission extends QoSHandler {
    /** How long a refused client is asked to wait before it retries. */
    static final int RETRY_AFTER_SECONDS = 2;

    /** The places and the queue: how many queries run at once, how many may wait, and for how long. */
    public record Limits(int places, int queue, Duration longestWait) {
        public Limits {
            if (places <= 0) throw new IllegalArgumentException("the concurrent query limit must be positive");
            if (queue < 0) throw new IllegalArgumentException("the query queue's length cannot be negative");
            if (longestWait.isNegative()) throw new IllegalArgumentException("the longest wait in the query queue cannot be negative");
        }

        /** 4 places per core; a queue of 64 per core, each waiting at most 10 s. */
        public static Limits forCores(int cores) {
            return new Limits(4 * cores, 64 * cores, Duration.ofSeconds(10));
        }
    }

    private final Limits limits;
    /** Places held and places asked for, by client address: what orders the queue. */
    private final Map<String, Integer> held = new ConcurrentHashMap<>();

    private QueryAdmission(Limits limits, Predicate<Request> takesPlace) {
        this.limits = limits;
        setMaxRequestCount(limits.places());
        setMaxSuspendedRequestCount(limits.queue());
        // QoSHandler reads a zero wait as "forever": a queue with no wait refuses at once instead
        setMaxSuspend(limits.longestWait().isZero() ? Duration.ofMillis(1) : limits.longestWait());
        include(takesPlace);
    }

    /**
     * The handler that admits the queries of {@code app}: the bodies of POSTs read first (up to {@code maxBodyBytes};
     * a larger one is left for {@code app} to refuse), then a place taken for the requests that {@code takesPlace}.
     */
    public static Handler around(Handler app, Limits limits, long maxBodyBytes, Predicate<Request> takesPlace) {
        QueryAdmission admission = new QueryAdmission(limits, takesPlace);
        admission.setHandler(app);
        int formBytes = (int) Math.min(Integer.MAX_VALUE, maxBodyBytes);
        EagerContentHandler bodyFirst = new EagerContentHandler(admission,
                new EagerContentHandler.FormContentLoaderFactory(-1, formBytes),
                new EagerContentHandler.RetainedContentLoaderFactory(maxBodyBytes, -1, true));
        bodyFirst.include(request -> "POST".equals(request.getMethod()) && request.getLength() <= maxBodyBytes);
        return bodyFirst;
    }

    public Limits limits() { return limits; }

    @Override public boolean onConditionsMet(Request request, Response response, Callback callback) throws Exception {
        String client = client(request);
        held.merge(client, 1, Integer::sum);
        Request.addCompletionListener(request, failure -> held.computeIfPresent(client, (c, n) -> n == 1 ? null : n - 1));
        return super.onConditionsMet(request, new RetryAfterWhenFull(request, response), callback);
    }

    /** Fewer places held, higher priority; a client holding as many as there are places has the lowest. */
    @Override protected int getPriority(Request request) {
        return Math.max(0, limits.places() - held.getOrDefault(client(request), 0));
    }

    @Override protected void failSuspended(Request request, Response response, Callback callback, int status, Throwable failure) {
        if (status != HttpStatus.SERVICE_UNAVAILABLE_503) {
            super.failSuspended(request, response, callback, status, failure);
            return;
        }
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        ErrorResponse.send(response, callback, status, "The server is running its limit of " + limits.places()
                + " queries at once and this one waited " + limits.longestWait().toSeconds() + " s for a place; retry in "
                + RETRY_AFTER_SECONDS + " s.");
    }

    private static String client(Request request) {
        return request.getConnectionMetaData().getRemoteSocketAddress() instanceof InetSocketAddress address
                && address.getAddress() != null ? address.getAddress().getHostAddress() : "";
    }

    /** QoSHandler answers a full queue with a bare 503: this adds when to come back. */
    private static final class RetryAfterWhenFull extends Response.Wrapper {
        RetryAfterWhenFull(Request request, Response response) {
            super(request, response);
        }

        @Override public void setStatus(int code) {
            if (code == HttpStatus.SERVICE_UNAVAILABLE_503) getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
            super.setStatus(code);
        }
    }
}
