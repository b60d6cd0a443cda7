package be.wallonia.clusterkg.serve;

import be.wallonia.clusterkg.pipeline.BuiltGraph;
import be.wallonia.clusterkg.serve.sparql.QueryAdmission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.http.HttpResponse;
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
        return GraphServer.create().build(build).port(0).iris(BuiltGraph.IRIS)
                .admission(new QueryAdmission.Limits(places, queue, wait)).queryTimeout(timeout).build().start();
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

    /** Waits until the server runs as many queries as it has places (the runaways have arrived). */
    private static void settle() throws InterruptedException {
        Thread.sleep(700);
    }

    @Test
    void pastItsPlacesAQueryWaitsAndIsAnsweredWhenAPlaceFrees() throws Exception {
        server = serve(1, 4, Duration.ofSeconds(10), Duration.ofSeconds(2));
        CompletableFuture<HttpResponse<String>> runaway = inBackground(RUNAWAY);
        settle();

        long start = System.nanoTime();
        HttpResponse<String> waited = Http.get(Http.query(server.localUrl(), "ASK { ?s ?p ?o }"));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(200, waited.statusCode(), waited.body());
        assertEquals(422, runaway.get().statusCode());
        assertTrue(millis >= 500, "the query did not wait for the runaway's place: answered in " + millis + " ms");
    }

    @Test
    void aQueryThatWaitedItsLongestWaitGets503WithRetryAfter() throws Exception {
        server = serve(1, 4, Duration.ofSeconds(1), Duration.ofSeconds(5));
        CompletableFuture<HttpResponse<String>> runaway = inBackground(RUNAWAY);
        settle();

        long start = System.nanoTime();
        HttpResponse<String> refused = Http.get(Http.query(server.localUrl(), "ASK { ?s ?p ?o }"));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals("2", refused.headers().firstValue("Retry-After").orElse(""));
        assertTrue(refused.body().contains("limit of 1 queries at once and this one waited 1 s"), refused.body());
        assertTrue(millis >= 900 && millis < 4000, "refused after " + millis + " ms, not after its wait of 1 s");
        assertEquals(422, runaway.get().statusCode());
    }

    @Test
    void withTheQueueFullAQueryGets503AtOnceWithRetryAfter() throws Exception {
        server = serve(1, 0, Duration.ofSeconds(10), Duration.ofSeconds(3));
        CompletableFuture<HttpResponse<String>> runaway = inBackground(RUNAWAY);
        settle();

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
        CompletableFuture<HttpResponse<String>> runaway = inBackground(RUNAWAY);
        settle();

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
}
