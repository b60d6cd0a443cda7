package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.serve.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's first command: serve from nothing builds the graph, then answers SPARQL within seconds. */
class ServeCommandIT {
    private static final Pattern STARTED = Pattern.compile("clusterkg serving (http://localhost:(\\d+)/)");
    @TempDir Path out;
    @TempDir Path logs;

    private static String waitForStart(Path log, Process p, long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            Matcher m = STARTED.matcher(Files.readString(log));
            if (m.find()) return m.group(1);
            if (!p.isAlive()) throw new AssertionError("serve exited: " + Files.readString(log));
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not start in " + seconds + " s: " + Files.readString(log));
    }

    @Test
    void serveOnAFreshDirectoryBuildsThenAnswersAQuery() throws Exception {
        Path log = logs.resolve("serve.log");
        Process p = ClusterKgJar.start(log, "serve", "--port", "0", "--out", out.toString());
        try {
            String url = waitForStart(log, p, 120);
            assertTrue(Files.readString(log).contains("Building the graph"), Files.readString(log));
            HttpResponse<String> r = Http.get(Http.query(url,
                    "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <https://w3id.org/wallonia-clusters/ontology#CompetitivenessCluster> }"),
                    "Accept", "application/sparql-results+json");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("\"value\": \"6\""), r.body());
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void serveOnACurrentBuildDoesNotBuildAgain() throws Exception {
        assertEquals(0, ClusterKgJar.run(logs.resolve("build.log"), 120, "build", "--out", out.toString(),
                "--base", "http://localhost:8097/"));
        Path log = logs.resolve("serve.log");
        Process p = ClusterKgJar.start(log, "serve", "--port", "8097", "--out", out.toString());
        try {
            waitForStart(log, p, 60);
            assertTrue(!Files.readString(log).contains("Building the graph"), Files.readString(log));
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void serveUnderAnotherBaseRebuildsSoThatItsIrisAnswer() throws Exception {
        assertEquals(0, ClusterKgJar.run(logs.resolve("build.log"), 120, "build", "--out", out.toString()));
        Path log = logs.resolve("serve.log");
        Process p = ClusterKgJar.start(log, "serve", "--port", "0", "--out", out.toString());
        try {
            String url = waitForStart(log, p, 120);
            assertTrue(Files.readString(log).contains("Building the graph"), Files.readString(log));
            HttpResponse<String> r = Http.get(Http.query(url, "ASK { <" + url + "id/pole/biowin> ?p ?o }"),
                    "Accept", "text/csv");
            assertEquals("_askResult\r\ntrue", r.body().strip());
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void allowUpdateWithoutAPasswordFileIsRefusedWithOneLine() throws Exception {
        Path log = logs.resolve("refused.log");
        assertEquals(1, ClusterKgJar.run(log, 60, "serve", "--allow-update", "--out", out.toString()));
        assertTrue(Files.readString(log).strip().startsWith("clusterkg: --allow-update needs --password-file"),
                Files.readString(log));
    }
}
