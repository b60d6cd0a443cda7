package be.wallonia.clusterkg.serve;

import be.wallonia.clusterkg.pipeline.BuiltGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server's safety settings: authenticated updates when turned on, and a timeout that stops runaway queries. */
class UpdateAndTimeoutIT {
    @TempDir Path out;
    @TempDir Path secrets;
    GraphServer server;

    @AfterEach
    void stop() {
        if (server != null) server.stop();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private String count(String url) throws Exception {
        return Http.get(Http.query(url, "SELECT (COUNT(*) AS ?n) { GRAPH <http://example.org/g> { ?s ?p ?o } }"),
                "Accept", "text/csv").body().strip();
    }

    @Test
    void withUpdatesOnAnUpdateWithoutCredentialsGets401AndWithCredentialsIsApplied() throws Exception {
        Path passwords = Files.writeString(secrets.resolve("passwords"), "curator: s3cret\n");
        server = GraphServer.create().build(BuiltGraph.buildInto(out).current()).port(0).iris(BuiltGraph.IRIS)
                .allowUpdate(passwords).build().start();
        String url = server.localUrl();
        String update = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }";

        HttpResponse<String> anonymous = Http.send("POST", url + "ds/update", "application/sparql-update", update);
        assertEquals(401, anonymous.statusCode());
        HttpResponse<String> wrong = Http.send("POST", url + "ds/update", "application/sparql-update", update,
                "Authorization", basic("curator", "guess"));
        assertEquals(401, wrong.statusCode());
        assertEquals("n\r\n0", count(url));

        HttpResponse<String> accepted = Http.send("POST", url + "ds/update", "application/sparql-update", update,
                "Authorization", basic("curator", "s3cret"));
        assertTrue(accepted.statusCode() == 200 || accepted.statusCode() == 204, accepted.body());
        assertEquals("n\r\n1", count(url));
    }

    @Test
    void withUpdatesOnTheQueryServiceStillRefusesUpdates() throws Exception {
        Path passwords = Files.writeString(secrets.resolve("passwords"), "curator: s3cret\n");
        server = GraphServer.create().build(BuiltGraph.buildInto(out).current()).port(0).iris(BuiltGraph.IRIS)
                .allowUpdate(passwords).build().start();
        HttpResponse<String> r = Http.send("POST", server.localUrl() + "sparql", "application/sparql-update",
                "CLEAR ALL", "Authorization", basic("curator", "s3cret"));
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("/ds/update"), r.body());
    }

    @Test
    void withoutUpdatesTheUpdateServiceDoesNotExist() throws Exception {
        server = GraphServer.create().build(BuiltGraph.buildInto(out).current()).port(0).iris(BuiltGraph.IRIS).build().start();
        HttpResponse<String> r = Http.send("POST", server.localUrl() + "ds/update", "application/sparql-update", "CLEAR ALL");
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("read-only"), r.body());
    }

    @Test
    void aQueryThatWouldRunForeverIsStoppedAtTheTimeoutWith422AndSaysSo() throws Exception {
        server = GraphServer.create().build(BuiltGraph.buildInto(out).current()).port(0).iris(BuiltGraph.IRIS)
                .queryTimeout(Duration.ofSeconds(1)).build().start();
        long start = System.nanoTime();
        HttpResponse<String> r = Http.get(Http.query(server.localUrl(),
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"));
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        assertEquals(422, r.statusCode());
        assertTrue(r.body().toLowerCase().contains("timed out"), r.body());
        assertTrue(r.body().contains("limit of 1 s"), r.body());
        assertTrue(seconds < 20, "answered after " + seconds + " s");
        HttpResponse<String> after = Http.get(Http.query(server.localUrl(), "ASK { ?s ?p ?o }"), "Accept", "text/csv");
        assertEquals(200, after.statusCode());
    }
}
