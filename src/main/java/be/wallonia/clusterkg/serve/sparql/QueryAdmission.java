package be.wallonia.clusterkg.serve.sparql;

import be.wallonia.clusterkg.serve.http.ErrorResponse;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
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
    /** The W3C Server Timing metric of an answered query: how long it waited for its place, in milliseconds. */
    public static final String QUEUE_METRIC = "queue";
    public static final String SERVER_TIMING = "Server-Timing";
    private static final String ARRIVED = QueryAdmission.class.getName() + ".arrived";

    /**
     * The places and the queue: how many queries run at once, how many may wait, for how long, and how long an
     * answer may take to reach its client once the query has run.
     */
    public record Limits(int places, int queue, Duration longestWait, Duration longestDelivery) {
        public Limits {
            if (places <= 0) throw new IllegalArgumentException("the concurrent query limit must be positive");
            if (queue < 0) throw new IllegalArgumentException("the query queue's length cannot be negative");
            if (longestWait.isNegative()) throw new IllegalArgumentException("the longest wait in the query queue cannot be negative");
            if (longestDelivery.isNegative() || longestDelivery.isZero()) {
                throw new IllegalArgumentException("the longest delivery of an answer must be positive");
            }
        }

        /** 4 places per core; a queue of 64 per core, each waiting at most 10 s; 30 s to deliver an answer. */
        public static Limits forCores(int cores) {
            return new Limits(4 * cores, 64 * cores, Duration.ofSeconds(10), Duration.ofSeconds(30));
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
     * The handler that admits the queries of {@code app}: every request to a path of {@code queries} must be over
     * within its deadline (its body, its wait, its query's {@code timeout} and its delivery), or its connection is
     * closed; the bodies of POSTs are read first (up to {@code maxBodyBytes}; a larger one is left for {@code app}
     * to refuse); then a place is taken for those that {@code takesPlace}.
     */
    public static Handler around(Handler app, Limits limits, Duration timeout, long maxBodyBytes,
                                 Predicate<Request> queries, Predicate<Request> takesPlace) {
        QueryAdmission admission = new QueryAdmission(limits, takesPlace);
        admission.setHandler(app);
        int formBytes = (int) Math.min(Integer.MAX_VALUE, maxBodyBytes);
        EagerContentHandler bodyFirst = new EagerContentHandler(admission,
                new EagerContentHandler.FormContentLoaderFactory(-1, formBytes),
                new EagerContentHandler.RetainedContentLoaderFactory(maxBodyBytes, -1, true));
        bodyFirst.include(request -> "POST".equals(request.getMethod()) && request.getLength() <= maxBodyBytes);
        return new Deadline(bodyFirst, queries, limits.longestWait().plus(timeout).plus(limits.longestDelivery()));
    }

    @Override public boolean onConditionsMet(Request request, Response response, Callback callback) throws Exception {
        request.setAttribute(ARRIVED, System.nanoTime());
        String client = client(request);
        held.merge(client, 1, Integer::sum);
        Request.addCompletionListener(request, failure -> held.computeIfPresent(client, (c, n) -> n == 1 ? null : n - 1));
        return super.onConditionsMet(request, new RetryAfterWhenFull(request, response), callback);
    }

    /** The query has its place: its wait goes with its answer, for clients and load tests to see (Server-Timing). */
    @Override protected boolean nextHandler(Request request, Response response, Callback callback) throws Exception {
        if (request.getAttribute(ARRIVED) instanceof Long arrived) {
            response.getHeaders().add(SERVER_TIMING, String.format(Locale.ROOT, "%s;dur=%.1f", QUEUE_METRIC,
                    (System.nanoTime() - arrived) / 1e6));
        }
        return super.nextHandler(request, response, callback);
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
        // the response is the one this handler gave the queue, which adds Retry-After to a 503
        ErrorResponse.send(response, callback, status, "The server is running its limit of " + limits.places()
                + " queries at once and this one waited " + limits.longestWait().toSeconds() + " s for a place; retry in "
                + RETRY_AFTER_SECONDS + " s.");
    }

    private static String client(Request request) {
        return request.getConnectionMetaData().getRemoteSocketAddress() instanceof InetSocketAddress address
                && address.getAddress() != null ? address.getAddress().getHostAddress() : "";
    }

    /**
     * A request to a query path that is not over by its deadline has its connection closed: a client that sends
     * its query a byte a second, or reads a large answer as slowly, is cut after a bounded time. An answer that fits
     * the socket's buffers is handed over at once whatever the client's pace, so its place is free at once; a
     * larger one holds its place until it is read or cut.
     */
    private static final class Deadline extends Handler.Wrapper {
        private static final Logger LOG = LoggerFactory.getLogger(QueryAdmission.class);
        private final Predicate<Request> queries;
        private final Duration deadline;

        Deadline(Handler next, Predicate<Request> queries, Duration deadline) {
            super(next);
            this.queries = queries;
            this.deadline = deadline;
        }

        @Override public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (queries.test(request)) {
                EndPoint connection = request.getConnectionMetaData().getConnection().getEndPoint();
                Scheduler.Task cut = request.getComponents().getScheduler().schedule(() -> {
                    LOG.warn("Closed the connection of {} {} from {}: not over in {} s", request.getMethod(),
                            request.getHttpURI().getPath(), client(request), deadline.toSeconds());
                    connection.close(new TimeoutException("not over in " + deadline.toSeconds() + " s"));
                }, deadline);
                Request.addCompletionListener(request, failure -> cut.cancel());
            }
            return super.handle(request, response, callback);
        }
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
