package be.wallonia.clusterkg.serve;

import be.wallonia.clusterkg.pipeline.BuiltGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The query result cache of the real server, over HTTP: answers reused until the next build, with their ETag. */
class QueryCacheIT {
    @TempDir static Path out;
    /** A second build: one JVM opens a build's text index once. */
    @TempDir static Path outSmall;
    static GraphServer server;
    static GraphServer smallCache;
    static String url;

    static final String POLES = """
            PREFIX wco: <https://w3id.org/wallonia-clusters/ontology#>
            SELECT ?pole { ?pole a wco:CompetitivenessCluster } ORDER BY ?pole""";
    static final String JSON = "application/sparql-results+json";

    @BeforeAll static void start() {
        BuiltGraph graph = BuiltGraph.buildInto(out);
        server = GraphServer.create().build(graph.current()).port(0).iris(BuiltGraph.IRIS).build().start();
        smallCache = GraphServer.create().build(BuiltGraph.buildInto(outSmall).current()).port(0).iris(BuiltGraph.IRIS).queryCache(4096).build().start();
        url = server.localUrl();
    }

    @AfterAll static void stop() {
        if (server != null) server.stop();
        if (smallCache != null) smallCache.stop();
    }

    private static Optional<String> header(HttpResponse<?> r, String name) { return r.headers().firstValue(name); }

    @Test void aRepeatedQueryIsAnsweredFromTheCacheWithTheSameBodyAndETag() throws Exception {
        String q = POLES + " LIMIT 5";
        HttpResponse<String> first = Http.get(Http.query(url, q), "Accept", JSON);
        HttpResponse<String> second = Http.get(Http.query(url, q), "Accept", JSON);
        assertEquals(200, second.statusCode());
        assertEquals(Optional.of("miss"), header(first, "X-Query-Cache"));
        assertEquals(Optional.of("hit"), header(second, "X-Query-Cache"));
        assertEquals(first.body(), second.body());
        assertEquals(header(first, "ETag"), header(second, "ETag"));
        assertTrue(header(second, "Content-Type").orElseThrow().startsWith(JSON));
        assertTrue(second.body().contains("/id/pole/biowin"), second.body());
    }

    /** The key is the query as sent, not parsed: a query no one asks again costs the cache no parsing. */
    @Test void theSameQueryWrittenWithOtherSpacingIsAnotherEntry() throws Exception {
        String q = POLES + " LIMIT 4";
        HttpResponse<String> first = Http.get(Http.query(url, q), "Accept", JSON);
        HttpResponse<String> spaced = Http.get(Http.query(url, q.replace(" ", "   \n ")), "Accept", JSON);
        assertEquals(Optional.of("miss"), header(spaced, "X-Query-Cache"));
        assertNotEquals(header(first, "ETag"), header(spaced, "ETag"));
        assertEquals(first.body(), spaced.body());
    }

    @Test void aClientHoldingTheETagGets304WithoutABody() throws Exception {
        HttpResponse<String> first = Http.get(Http.query(url, POLES), "Accept", JSON);
        String etag = header(first, "ETag").orElseThrow();
        HttpResponse<String> again = Http.get(Http.query(url, POLES), "Accept", JSON, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(Optional.of(etag), header(again, "ETag"));
    }

    @Test void eachResultFormatIsItsOwnVariant() throws Exception {
        HttpResponse<String> json = Http.get(Http.query(url, POLES), "Accept", JSON);
        HttpResponse<String> xml = Http.get(Http.query(url, POLES), "Accept", "application/sparql-results+xml");
        assertNotEquals(header(json, "ETag"), header(xml, "ETag"));
        assertTrue(xml.body().contains("<sparql"), xml.body());
    }

    @Test void theDatasetQueryServiceIsCachedToo() throws Exception {
        String u = url + "ds/query?query=" + Http.encode(POLES + " LIMIT 3");
        Http.get(u, "Accept", JSON);
        assertEquals(Optional.of("hit"), header(Http.get(u, "Accept", JSON), "X-Query-Cache"));
    }

    @Test void aQueryAskingForTheTimeIsNeverReused() throws Exception {
        String q = "SELECT (NOW() AS ?t) {}";
        Http.get(Http.query(url, q), "Accept", JSON);
        HttpResponse<String> second = Http.get(Http.query(url, q), "Accept", JSON);
        assertEquals(200, second.statusCode());
        assertEquals(Optional.empty(), header(second, "X-Query-Cache"));
        assertEquals(Optional.empty(), header(second, "ETag"));
    }

    @Test void aBadQueryIsAnsweredByFusekiAndNotKept() throws Exception {
        HttpResponse<String> r = Http.get(Http.query(url, "SELECT ?x {"), "Accept", JSON);
        assertEquals(400, r.statusCode());
        assertEquals(Optional.empty(), header(r, "X-Query-Cache"));
    }

    @Test void anAnswerLargerThanTheBoundIsStreamedWhole() throws Exception {
        String q = "SELECT ?s ?p ?o { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 500";
        HttpResponse<String> first = Http.get(Http.query(smallCache.localUrl(), q), "Accept", "text/csv");
        HttpResponse<String> second = Http.get(Http.query(smallCache.localUrl(), q), "Accept", "text/csv");
        assertEquals(200, second.statusCode());
        assertEquals(501, second.body().split("\r\n").length);
        assertEquals(first.body(), second.body());
        assertEquals(Optional.empty(), header(second, "X-Query-Cache"));
    }
}
