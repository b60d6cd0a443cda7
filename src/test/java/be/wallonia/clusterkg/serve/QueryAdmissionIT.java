package be.wallonia.clusterkg.serve;

import be.wallonia.clusterkg.pipeline.BuiltGraph;
import be.wallonia.clusterkg.serve.sparql.QueryAdmission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Admission control on the real server: past its places a query waits in the queue, and is refused (503 with
 * Retry-After) only when the queue is full or its wait is over; what runs no query never takes a place; the
 * client holding the fewest places is served first.
 */
class QueryAdmissionIT {
    /** A query that runs until the server's timeout stops it (422), holding its place all along. */
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    @TempDir static Path out;
    static Path build;
    GraphServer server;

    @BeforeAll
    static void buildOnce() {
        build = BuiltGraph.buildInto(out).current();
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop();
    }

    private GraphServer serve(int places, int queue, Duration wait, Duration timeout) {
        return serve(new QueryAdmission.Limits(places, queue, wait, Duration.ofSeconds(30)), timeout);
    }

    private GraphServer serve(QueryAdmission.Limits limits, Duration timeout) {
        return GraphServer.create().build(build).port(0).iris(BuiltGraph.IRIS).maxRows(1_000_000)
                .admission(limits).queryTimeout(timeout).build().start();
    }

    /** Reads until the server closes the connection; how many bytes came. */
    private static long readToTheEnd(InputStream in) {
        long n = 0;
        try {
            for (int b; (b = in.read(new byte[8192])) > 0; ) n += b;
        } catch (IOException closed) {
            // a reset is a close too
        }
        return n;
    }

    private CompletableFuture<HttpResponse<String>> inBackground(String sparql) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return Http.get(Http.query(server.localUrl(), sparql));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A runaway sent, and given the time to take its place. */
    private CompletableFuture<HttpResponse<String>> runawayInItsPlace() throws InterruptedException {
        CompletableFuture<HttpResponse<String>> runaway = inBackground(RUNAWAY);
        Thread.sleep(700);
        return runaway;
    }

    /** An answer, and how long it took to come. */
    private record Timed(HttpResponse<String> response, long millis) {}

    private Timed ask() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = Http.get(Http.query(server.localUrl(), "ASK { ?s ?p ?o }"));
        return new Timed(r, (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void pastItsPlacesAQueryWaitsAndIsAnsweredWhenAPlaceFrees() throws Exception {
        server = serve(1, 4, Duration.ofSeconds(10), Duration.ofSeconds(2));
        CompletableFuture<HttpResponse<String>> runaway = runawayInItsPlace();

        Timed waited = ask();

        assertEquals(200, waited.response().statusCode(), waited.response().body());
        assertEquals(422, runaway.get().statusCode());
        assertTrue(waited.millis() >= 500, "the query did not wait for the runaway's place: answered in " + waited.millis() + " ms");
        String timing = waited.response().headers().firstValue("Server-Timing").orElse("");
        assertTrue(timing.matches("queue;dur=\\d+\\.\\d") && Double.parseDouble(timing.substring(10)) >= 500,
                "the answer does not say it waited: Server-Timing " + timing);
    }

    @Test
    void aQueryThatWaitedItsLongestWaitGets503WithRetryAfter() throws Exception {
        server = serve(1, 4, Duration.ofSeconds(1), Duration.ofSeconds(10));
        CompletableFuture<HttpResponse<String>> runaway = runawayInItsPlace();

        Timed timed = ask();
        HttpResponse<String> refused = timed.response();
        long millis = timed.millis();

        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals("2", refused.headers().firstValue("Retry-After").orElse(""));
        assertTrue(refused.body().contains("limit of 1 queries at once and this one waited 1 s"), refused.body());
        // well before the runaway gives its place back, however busy the machine
        assertTrue(millis >= 900 && millis < 8000, "refused after " + millis + " ms, not after its wait of 1 s");
        assertEquals(422, runaway.get().statusCode());
    }

    @Test
    void withTheQueueFullAQueryGets503AtOnceWithRetryAfter() throws Exception {
        server = serve(1, 0, Duration.ofSeconds(10), Duration.ofSeconds(3));
        CompletableFuture<HttpResponse<String>> runaway = runawayInItsPlace();

        HttpResponse<String> refused = Http.get(Http.query(server.localUrl(), "ASK { ?s ?p ?o }"));
        HttpResponse<String> search = Http.get(server.localUrl() + "search?q=energie");

        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals("2", refused.headers().firstValue("Retry-After").orElse(""));
        assertEquals(503, search.statusCode(), "a search runs a query too");
        assertEquals(422, runaway.get().statusCode());
    }

    @Test
    void pagesTheServiceDescriptionAndCachedAnswersTakeNoPlace() throws Exception {
        server = serve(1, 0, Duration.ofSeconds(10), Duration.ofSeconds(8));
        String cached = Http.query(server.localUrl(), "SELECT ?s { ?s a ?type } LIMIT 3");
        assertEquals(200, Http.get(cached).statusCode());
        CompletableFuture<HttpResponse<String>> runaway = runawayInItsPlace();

        HttpResponse<String> again = Http.get(cached);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("hit", again.headers().firstValue("X-Query-Cache").orElse(""));
        String etag = again.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, Http.get(cached, "If-None-Match", etag).statusCode());
        assertEquals(200, Http.get(server.localUrl() + "doc/pole/biowin").statusCode());
        assertEquals(200, Http.get(server.localUrl() + "sparql", "Accept", "text/turtle").statusCode());
        assertEquals(200, Http.get(server.localUrl() + "void").statusCode());
        assertEquals(503, Http.get(Http.query(server.localUrl(), "ASK { ?s ?p ?o }")).statusCode(), "an uncached query takes a place");
        assertEquals(422, runaway.get().statusCode());
    }

    @Test
    void aClientHoldingNoPlaceIsServedBeforeTheQueuedFloodOfAnother() throws Exception {
        server = serve(2, 64, Duration.ofSeconds(30), Duration.ofSeconds(1));
        // one address sends a dozen queries that each hold a place for the whole timeout: six seconds of work for two places
        List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
        for (int i = 0; i < 12; i++) flood.add(inBackground(RUNAWAY + " LIMIT " + (i + 1)));
        Thread.sleep(300);

        long start = System.nanoTime();
        RawHttp.Answer other = RawHttp.sendFrom(InetAddress.getByName("127.0.0.2"), server.port(), "GET",
                "/sparql?query=" + Http.encode("ASK { ?s ?p ?o }"), "Accept: application/sparql-results+json");
        long millis = (System.nanoTime() - start) / 1_000_000;
        long floodStart = System.nanoTime();
        for (CompletableFuture<HttpResponse<String>> f : flood) assertEquals(422, f.get().statusCode());
        long floodLeft = (System.nanoTime() - floodStart) / 1_000_000;

        assertEquals(200, other.status(), other.body());
        assertTrue(millis < 2500, "the other client waited " + millis + " ms, behind the flood");
        assertTrue(floodLeft > 2000, "the flood was not still queued when the other client was served: " + floodLeft + " ms left");
    }

    @Test
    void aQuerySentAByteAtATimeHoldsNoPlaceAndIsCutAtItsDeadline() throws Exception {
        // deadline: 1 s of wait + 1 s of query + 1 s of delivery
        server = serve(new QueryAdmission.Limits(1, 0, Duration.ofSeconds(1), Duration.ofSeconds(1)), Duration.ofSeconds(1));
        String query = "ASK { ?s ?p ?o } # sent slowly, one character at a time, over more than ten seconds";
        try (Socket slow = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream to = slow.getOutputStream();
            to.write(("POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\nContent-Length: "
                    + query.length() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            to.flush();
            long start = System.nanoTime();
            int sent = 0;
            boolean askedBeside = false;
            try {
                for (; sent < query.length(); sent++) {
                    to.write(query.charAt(sent));
                    to.flush();
                    Thread.sleep(150);
                    if (!askedBeside && sent == 5) {
                        assertEquals(200, Http.get(Http.query(server.localUrl(), "ASK { ?s a ?t }")).statusCode(),
                                "a query sent beside the slow one waited for its place");
                        askedBeside = true;
                    }
                }
            } catch (IOException cut) {
                // the server closed the connection while the body was still coming
            }
            readToTheEnd(slow.getInputStream());
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertTrue(askedBeside);
            assertTrue(sent < query.length(), "the whole slow body was read: " + sent + " characters in " + millis + " ms");
            assertTrue(millis >= 2500 && millis < 8000, "cut after " + millis + " ms, not at its deadline of 3 s");
        }
    }

    @Test
    void aClientThatStopsReadingALargeAnswerIsCutAtItsDeadlineAndItsPlaceFreed() throws Exception {
        // deadline: 1 s of wait + 2 s of query + 1 s of delivery
        server = serve(new QueryAdmission.Limits(1, 0, Duration.ofSeconds(1), Duration.ofSeconds(1)), Duration.ofSeconds(2));
        try (Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()));
            stalled.getOutputStream().write(("GET /sparql?query=" + Http.encode("SELECT * { ?s ?p ?o }")
                    + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/sparql-results+xml\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            stalled.getOutputStream().flush();
            long start = System.nanoTime();
            Thread.sleep(5000);

            assertEquals(200, Http.get(Http.query(server.localUrl(), "ASK { ?s a ?t }")).statusCode(),
                    "the stalled client still holds the place after its deadline");
            long read = readToTheEnd(stalled.getInputStream());
            long millis = (System.nanoTime() - start) / 1_000_000;
            HttpResponse<byte[]> whole = Http.bytes(Http.query(server.localUrl(), "SELECT * { ?s ?p ?o }"),
                    "Accept", "application/sparql-results+xml");
            assertTrue(read < whole.body().length, "the stalled client got the whole answer (" + read + " bytes)");
            assertTrue(millis < 10_000, "the stalled connection stayed open " + millis + " ms");
        }
    }
}
