package be.wallonia.clusterkg.serve;

import be.wallonia.clusterkg.pipeline.BuiltGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The limits a public operator sets on serve: rows per answer, and the request log. */
class LimitsIT {
    /** NCSA combined: host ident user [time] "request" status bytes "referer" "user agent". */
    private static final Pattern COMBINED = Pattern.compile(
            "^\\S+ - - \\[[^\\]]+] \"GET /doc/pole/biowin HTTP/1\\.1\" 200 \\d+ \"[^\"]*\" \"[^\"]*\"$", Pattern.MULTILINE);
    @TempDir static Path out;
    @TempDir Path logs;
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

    private static int rows(HttpResponse<String> csv) {
        return (int) csv.body().lines().count() - 1;
    }

    @Test
    void aQueryAnswersWithAtMostTheRowLimitAndFewerWhenItsOwnLimitIsLower() throws Exception {
        server = GraphServer.create().build(build).port(0).iris(BuiltGraph.IRIS).maxRows(5).build().start();
        assertEquals(5, rows(Http.get(Http.query(server.localUrl(), "SELECT * { ?s ?p ?o }"), "Accept", "text/csv")));
        assertEquals(5, rows(Http.get(Http.query(server.localUrl(), "SELECT * { ?s ?p ?o } LIMIT 100"), "Accept", "text/csv")));
        assertEquals(3, rows(Http.get(Http.query(server.localUrl(), "SELECT * { ?s ?p ?o } LIMIT 3"), "Accept", "text/csv")));
        HttpResponse<String> count = Http.get(Http.query(server.localUrl(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "Accept", "text/csv");
        assertTrue(Integer.parseInt(count.body().lines().skip(1).findFirst().orElseThrow().strip()) > 1000,
                "an aggregate counts every row: " + count.body());
    }

    @Test
    void everyRequestIsLoggedInNcsaCombinedFormat() throws Exception {
        Path log = logs.resolve("access.log");
        server = GraphServer.create().build(build).port(0).iris(BuiltGraph.IRIS).requestLog(log.toString()).build().start();
        assertEquals(200, Http.get(server.localUrl() + "doc/pole/biowin", "User-Agent", "limits-test").statusCode());
        Thread.sleep(500);
        String logged = Files.readString(log);
        assertTrue(COMBINED.matcher(logged).find(), logged);
        assertTrue(logged.contains("\"limits-test\""), logged);
        List<String> lines = logged.lines().toList();
        assertEquals(1, lines.size(), logged);
    }
}
