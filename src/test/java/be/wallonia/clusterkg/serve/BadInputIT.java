package be.wallonia.clusterkg.serve;

import be.wallonia.clusterkg.pipeline.BuiltGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a public endpoint receives by accident or on purpose, sent to the real server over HTTP. Every input
 * gets a 4xx with a message (a few, that are not errors at all, an ordinary answer), never a 5xx, a stack
 * trace or a path of the server's file system; after each family a plain query still answers at once, and the
 * dataset's checksum is what it was before the first.
 */
class BadInputIT {
    private static final Pattern STACK_TRACE = Pattern.compile("\\w+(Exception|Error)\\b|\\n\\s*at [\\w.$]+\\(");
    private static final Pattern LOCAL_PATH = Pattern.compile("/(tmp|work|root|home|usr|var|etc)/|[A-Z]:\\\\|root:x:0:0");
    private static final AtomicInteger TRIED = new AtomicInteger();
    @TempDir static Path out;
    static GraphServer server;
    static int port;
    static String checksum;

    @BeforeAll
    static void start() throws Exception {
        server = GraphServer.create().build(BuiltGraph.buildInto(out).current()).port(0).iris(BuiltGraph.IRIS)
                .queryTimeout(Duration.ofSeconds(2)).build().start();
        port = server.port();
        checksum = GraphChecksum.of(server.localUrl());
    }

    @AfterAll
    static void stop() {
        System.out.println("BadInputIT: " + TRIED.get() + " bad inputs tried");
        if (server != null) server.stop();
    }

    /** No family leaves a worker hung or the graph changed. */
    @AfterEach
    void theServerStillAnswersAtOnceAndTheGraphIsUnchanged() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = Http.get(Http.query(server.localUrl(), "ASK { ?s ?p ?o }"), "Accept", "text/csv");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(millis < 3000, "a plain query took " + millis + " ms");
        assertEquals(checksum, GraphChecksum.of(server.localUrl()));
    }

    private static void assertRefused(String what, RawHttp.Answer answer) {
        TRIED.incrementAndGet();
        assertTrue(answer.status() >= 400 && answer.status() < 500, what + " answered " + answer.status() + ": " + answer.head()
                + "\n" + answer.body());
        assertTrue(!answer.body().isBlank(), what + ": a " + answer.status() + " without a message");
        assertClean(what, answer);
    }

    /** For inputs that are odd but not wrong: any answer but a server error. */
    private static void assertNoServerError(String what, RawHttp.Answer answer) {
        TRIED.incrementAndGet();
        assertTrue(answer.status() >= 200 && answer.status() < 500, what + " answered " + answer.status() + ": " + answer.body());
        assertClean(what, answer);
    }

    private static void assertClean(String what, RawHttp.Answer answer) {
        String text = answer.head() + "\n" + answer.body();
        assertFalse(STACK_TRACE.matcher(text).find(), what + " shows a stack trace or an exception: " + text);
        // the request's own path may be echoed back; a path of the server's may not
        String body = answer.body().replace(what.substring(what.indexOf(' ') + 1), "");
        assertFalse(LOCAL_PATH.matcher(body).find() || body.contains(out.toString()),
                what + " shows a path of the server: " + answer.body());
    }

    private static RawHttp.Answer get(String target, String... headers) throws IOException {
        return RawHttp.send(port, "GET", target, headers);
    }

    private static RawHttp.Answer post(String target, String contentType, String body, String... headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of("Content-Type: " + contentType, "Content-Length: " + bytes.length));
        lines.addAll(List.of(headers));
        StringBuilder head = new StringBuilder("POST " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
        lines.forEach(l -> head.append(l).append("\r\n"));
        head.append("Connection: close\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[headBytes.length + bytes.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(bytes, 0, request, headBytes.length, bytes.length);
        return RawHttp.exchange(port, request);
    }

    @Test
    void malformedAndTruncatedQueriesGet400WithWhereTheParserStopped() throws Exception {
        List<String> queries = List.of("SELECT WHERE {", "SELECT * WHERE { ?s ?p", "SELEC * { ?s ?p ?o }",
                "SELECT * { ?s ?p ?o } LIMIT -1", "PREFIX x <http://x/> SELECT * {}", "SELECT ?x { FILTER( }",
                "SELECT * { <http://a b> ?p ?o }", "\"unterminated", "SELECT (COUNT(*) AS ?n { ?s ?p ?o }", "}}}}",
                "SELECT * { ?s ?p ?o } ORDER BY", "ASK { ?s ?p 'x'@ }", "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p }");
        for (String q : queries) {
            assertRefused("GET /sparql " + q, get("/sparql?query=" + Http.encode(q)));
            assertRefused("POST /sparql " + q, post("/sparql", "application/sparql-query", q));
            assertRefused("POST form /ds/query " + q, post("/ds/query", "application/x-www-form-urlencoded",
                    "query=" + Http.encode(q)));
        }
        RawHttp.Answer answer = get("/sparql?query=" + Http.encode("SELECT * WHERE { ?s ?p"));
        assertTrue(answer.body().contains("line 1"), answer.body());
        assertRefused("empty query", get("/sparql?query="));
        assertRefused("blank query", post("/sparql", "application/sparql-query", "   "));
        assertRefused("query with a wrong content type", post("/sparql", "text/plain", "ASK {}"));
    }

    @Test
    void queriesOfAMegabyteAndMoreAreRefusedBeforeTheyAreRead() throws Exception {
        String megabyte = "SELECT * { ?s ?p ?o FILTER(?o IN (" + "1,".repeat(600_000) + "1)) }";
        assertRefused("a 1 MB query in the URL", get("/sparql?query=" + Http.encode(megabyte)));
        assertRefused("a 1.2 MB query posted", post("/sparql", "application/sparql-query", megabyte));
        assertRefused("a 1.2 MB query in a form", post("/ds/query", "application/x-www-form-urlencoded",
                "query=" + Http.encode(megabyte)));
        String underTheLimit = "SELECT * { ?s ?p ?o FILTER(?o IN (" + "1,".repeat(400_000) + "1) }";
        assertRefused("a 0.8 MB malformed query posted", post("/sparql", "application/sparql-query", underTheLimit));
        assertEquals("HTTP/1.1 413 Payload Too Large", Http.statusLineForAnnouncedBody(server.localUrl() + "sparql", 50_000_000L));
        TRIED.incrementAndGet();
    }

    @Test
    void deeplyNestedQueriesGet400() throws Exception {
        for (int depth : new int[] {1_000, 20_000, 100_000}) {
            assertRefused("groups nested " + depth + " deep",
                    post("/sparql", "application/sparql-query", "SELECT * WHERE " + "{".repeat(depth) + "}".repeat(depth)));
            assertRefused("brackets nested " + depth + " deep", post("/sparql", "application/sparql-query",
                    "SELECT * { ?s ?p ?o FILTER(" + "(".repeat(depth) + "?o" + ")".repeat(depth) + " = 1) }"));
            assertRefused("sub-queries nested " + depth + " deep", post("/sparql", "application/sparql-query",
                    "SELECT * {" + "{ SELECT * {".repeat(depth) + "?s ?p ?o" + "} }".repeat(depth) + "} LIMIT 1"));
        }
        RawHttp.Answer reasonable = post("/sparql", "application/sparql-query",
                "SELECT * {" + "{ SELECT * {".repeat(50) + "?s ?p ?o" + "} }".repeat(50) + "} LIMIT 1");
        assertEquals(200, reasonable.status(), "sub-queries nested 50 deep are a query like another: " + reasonable.body());
    }

    @Test
    void cartesianQueriesAreStoppedAtTheTimeoutWith422() throws Exception {
        List<String> runaways = List.of("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?i",
                "SELECT (COUNT(*) AS ?n) { ?a (<http://x/p>|!<http://x/p>)* ?b . ?c ?d ?e }");
        for (String q : runaways) {
            long start = System.nanoTime();
            RawHttp.Answer answer = get("/sparql?query=" + Http.encode(q));
            long seconds = (System.nanoTime() - start) / 1_000_000_000;
            assertRefused(q, answer);
            assertEquals(422, answer.status(), answer.body());
            assertTrue(answer.body().contains("timed out"), answer.body());
            assertTrue(seconds < 15, q + " answered after " + seconds + " s");
        }
    }

    @Test
    void updatesLoadsClearsAndDropsSentToTheReadServicesGet403() throws Exception {
        List<String> updates = List.of("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", "LOAD <http://example.org/data.ttl>",
                "CLEAR ALL", "CLEAR DEFAULT", "DROP ALL", "DROP GRAPH <" + BuiltGraph.BASE + "graph/curated>",
                "DELETE WHERE { ?s ?p ?o }", "CREATE GRAPH <http://x/g>", "COPY DEFAULT TO <http://x/g>");
        for (String path : List.of("/sparql", "/ds", "/ds/query", "/ds/sparql", "/ds/update")) {
            for (String u : updates) {
                RawHttp.Answer direct = post(path, "application/sparql-update", u);
                assertRefused("POST " + path + " " + u, direct);
                assertEquals(403, direct.status(), direct.body());
                assertRefused("POST form " + path + " " + u, post(path, "application/x-www-form-urlencoded", "update=" + Http.encode(u)));
            }
            assertRefused("GET " + path + "?update=", get(path + "?update=" + Http.encode("CLEAR ALL")));
        }
    }

    @Test
    void graphStoreWritesWithoutOrWithWrongCredentialsGet4xx() throws Exception {
        String turtle = "<http://x/a> <http://x/b> <http://x/c> .";
        String[][] credentials = {{}, {"Authorization: Basic " + java.util.Base64.getEncoder().encodeToString(
                "admin:admin".getBytes(StandardCharsets.UTF_8))}, {"Authorization: Basic !!!"}, {"Authorization: Bearer x"}};
        for (String target : List.of("/ds?default", "/ds?graph=" + Http.encode(BuiltGraph.BASE + "graph/curated"), "/ds",
                "/ds/data?default", "/ds/get?default", "/sparql?default")) {
            for (String[] auth : credentials) {
                for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
                    String[] headers = new String[auth.length + 2];
                    headers[0] = "Content-Type: text/turtle";
                    headers[1] = "Content-Length: " + turtle.length();
                    System.arraycopy(auth, 0, headers, 2, auth.length);
                    StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n");
                    for (String h : headers) head.append(h).append("\r\n");
                    head.append("Connection: close\r\n\r\n").append(turtle);
                    assertRefused(method + " " + target + " " + String.join(",", auth),
                            RawHttp.exchange(port, head.toString().getBytes(StandardCharsets.ISO_8859_1)));
                }
            }
        }
    }

    @Test
    void invalidUtf8AndPercentEncodingInPathsAndParametersGet400Or404() throws Exception {
        List<String> targets = List.of("/doc/%C3%28", "/doc/pole/%FF%FE", "/id/%E2%82", "/doc/%zz", "/id/%", "/doc/pole/biowin%",
                "/static/%G1.css", "/dumps/%C0%AE%C0%AE/", "/ontology%", "/void%2", "/%", "/%%", "/%00",
                "/search?q=%C3%28", "/search?q=%", "/search?q=%zz&lang=%FF", "/sparql?query=%C3%28", "/sparql?query=%",
                "/sparql?query=ASK%7B%7D&default-graph-uri=%zz", "/doc/pole/biowin?lang=%FF", "/doc/pole/biowin?format=%zz",
                "/ds?graph=%C3%28", "/ds?graph=%", "/ui?query=%E2%82", "/dumps/%FF", "/sitemap.xml?x=%");
        for (String target : targets) assertRefused("GET " + target, get(target));
        // raw bytes that are not UTF-8, in the path and in the query string
        for (String target : List.of("/doc/\u00ff\u00fe", "/search?q=\u00c3\u0028", "/sparql?query=ASK\u00ff{}", "/id/pole/\u00e9")) {
            assertRefused("GET raw " + target, get(target));
        }
    }

    @Test
    void pathTraversalOnEveryPathThatMapsToFilesOrIrisGets4xxAndNoFile() throws Exception {
        List<String> escapes = List.of("../../etc/passwd", "..%2f..%2fetc%2fpasswd", "%2e%2e/%2e%2e/etc/passwd",
                "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%252f..%252fetc%252fpasswd", "..\\..\\etc\\passwd", "..%5c..%5cetc%5cpasswd",
                "....//....//etc/passwd", "..;/..;/etc/passwd", "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/etc/passwd",
                "%2fetc%2fpasswd", "..%00/etc/passwd", "../../pom.xml", "../tdb2/GOSP.dat", "../build.properties",
                "..%2fbuild.properties", "./../BUILD-COMPLETE", "pole/../../../../etc/passwd");
        for (String prefix : List.of("/doc/", "/id/", "/dumps/", "/static/", "/ontology/", "/void/", "/", "/doc/pole/",
                "/static/yasgui/")) {
            for (String escape : escapes) {
                RawHttp.Answer answer = get(prefix + escape);
                assertRefused("GET " + prefix + escape, answer);
                assertFalse(answer.body().contains("<project"), prefix + escape + " served a file of the repository");
            }
        }
    }

    @Test
    void absurdAcceptAndAcceptLanguageHeadersGetAnAnswerOr406() throws Exception {
        List<String> accepts = List.of("*/*;q=abc", "text/html;q=2", "text/turtle;q=-1", ";;;;", "application/", "/",
                "text/html;" + "a=b;".repeat(2000), "x/y, ".repeat(1000) + "z/z", "*/*;q=0", "text/turtle;q=0.5;q=0.9",
                "\u00ff\u00fe/\u00e9", "text/html;q=1e309", "application/json;q=0.0000000001");
        List<String> languages = List.of("xx-YYYYYYYY;q=0.5,*;q=-1", "fr;q=abc", "*;q=nan", "en-".repeat(2000),
                "fr, ".repeat(1000), ";;;", "\u00ff\u00fe", "de;q=1e400", "");
        for (String target : List.of("/doc/pole/biowin", "/id/pole/biowin", "/ontology", "/void", "/", "/sparql",
                "/sparql?query=" + Http.encode("ASK {}"), "/search?q=energie", "/dumps/", "/poles")) {
            for (String accept : accepts) {
                RawHttp.Answer answer = get(target, "Accept: " + accept);
                if (answer.status() >= 400) assertRefused(target + " Accept: " + accept, answer);
                else assertNoServerError(target + " Accept: " + accept, answer);
            }
            for (String language : languages) {
                assertNoServerError(target + " Accept-Language: " + language, get(target, "Accept-Language: " + language));
            }
        }
    }

    @Test
    void hugeHeadersGet431() throws Exception {
        assertRefused("one header of 128 KiB", get("/", "X-Big: " + "a".repeat(128 * 1024)));
        assertRefused("a cookie of 96 KiB", get("/", "Cookie: " + "k=v; ".repeat(20 * 1024)));
        String[] many = new String[5000];
        for (int i = 0; i < many.length; i++) many[i] = "X-H" + i + ": " + "v".repeat(10);
        assertRefused("5000 headers", get("/sparql?query=" + Http.encode("ASK {}"), many));
        assertRefused("an Accept of 1 MiB", get("/doc/pole/biowin", "Accept: " + "text/html,".repeat(100_000)));
        assertRefused("a request line of 1 MiB", get("/doc/" + "a".repeat(1 << 20)));
    }

    @Test
    void unknownMethodsGet405Or400() throws Exception {
        for (String method : List.of("FOO", "TRACE", "PROPFIND", "MKCOL", "BREW", "LOCK", "SEARCH", "get", "G\u00c9T", "CONNECT")) {
            for (String target : List.of("/", "/sparql", "/ds", "/doc/pole/biowin", "/dumps/", "/static/ui.css", "/nothing")) {
                long start = System.nanoTime();
                RawHttp.Answer answer = RawHttp.send(port, method, "CONNECT".equals(method) ? "localhost:" + port : target);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertRefused(method + " " + target, answer);
                assertTrue(millis < 5000, method + " " + target + " held its connection " + millis + " ms after refusing it");
            }
        }
    }

    @Test
    void slowAndAbandonedConnectionsHoldNoWorker() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 64; i++) {
                Socket s = new Socket("127.0.0.1", port);
                // a request line that never ends, as from a client that stalls (or a slowloris)
                s.getOutputStream().write("GET /sparql?query=ASK".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
                TRIED.incrementAndGet();
            }
            for (int i = 0; i < 16; i++) {
                Socket s = new Socket("127.0.0.1", port);
                // a body announced and never sent
                s.getOutputStream().write(("POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                        + "Content-Length: 100000\r\n\r\nSELECT").getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
                TRIED.incrementAndGet();
            }
            for (int i = 0; i < 16; i++) {
                // a large answer asked for, then the connection dropped without reading it
                try (Socket s = new Socket("127.0.0.1", port)) {
                    s.getOutputStream().write(("GET /sparql?query=" + Http.encode("SELECT * { ?s ?p ?o }")
                            + " HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    InputStream in = s.getInputStream();
                    in.read(new byte[100]);
                    s.setSoLinger(true, 0);
                }
                TRIED.incrementAndGet();
            }
            for (int i = 0; i < 4; i++) {
                // a dump download abandoned after its first bytes
                try (Socket s = new Socket("127.0.0.1", port)) {
                    OutputStream o = s.getOutputStream();
                    o.write("GET /dumps/clusterkg.nq.gz HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    o.flush();
                    s.getInputStream().read(new byte[10]);
                    s.setSoLinger(true, 0);
                }
                TRIED.incrementAndGet();
            }
            long start = System.nanoTime();
            HttpResponse<String> r = Http.get(Http.query(server.localUrl(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "Accept", "text/csv");
            assertEquals(200, r.statusCode());
            assertTrue((System.nanoTime() - start) / 1_000_000 < 3000, "a query waited behind the stalled connections");
            assertEquals(200, Http.get(server.localUrl() + "doc/pole/biowin").statusCode());
        } finally {
            for (Socket s : slow) s.close();
        }
    }
}
