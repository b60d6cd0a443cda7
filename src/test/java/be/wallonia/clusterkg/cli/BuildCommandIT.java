package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.store.BuildDirectory;
import be.wallonia.clusterkg.store.Database;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build verb of the packaged jar, including builds killed half-way with SIGKILL. */
class BuildCommandIT {
    @TempDir Path out;
    @TempDir Path logs;

    private static long networks(Path build) {
        Dataset ds = Database.open(build);
        try {
            return Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query("SELECT (COUNT(DISTINCT ?n) AS ?c) { GRAPH ?g { ?n a "
                        + "<https://w3id.org/wallonia-clusters/ontology#CompetitivenessCluster> } }").build()) {
                    return qe.execSelect().next().getLiteral("c").getLong();
                }
            });
        } finally {
            Database.release(ds);
        }
    }

    @Test
    void buildPrintsItsReportAndExitsZero() throws Exception {
        Path log = logs.resolve("build.log");
        assertEquals(0, ClusterKgJar.run(log, 120, "build", "--out", out.toString()));
        String report = Files.readString(log);
        assertTrue(report.contains("Triples per graph:"), report);
        assertTrue(report.contains("http://localhost:8080/graph/source/key-sectors-en"), report);
        assertTrue(report.contains("Resources per class:"), report);
    }

    @Test
    void aBadOptionGetsOneLineOnStandardErrorAndExitStatusOne() throws Exception {
        Path log = logs.resolve("bad.log");
        assertEquals(1, ClusterKgJar.run(log, 60, "build", "--out", out.toString(), "--data", out.resolve("missing").toString()));
        String message = Files.readString(log).strip();
        assertTrue(message.startsWith("clusterkg: "), message);
        assertTrue(message.contains("sources.ttl"), message);
        assertEquals(1, message.lines().filter(l -> l.startsWith("clusterkg:")).count());
    }

    @Test
    void aBuildKilledHalfWayLeavesThePreviousBuildCurrentAndQueryable() throws Exception {
        assertEquals(0, ClusterKgJar.run(logs.resolve("first.log"), 120, "build", "--out", out.toString()));
        Path before = new BuildDirectory(out).current().orElseThrow();
        for (long delayMillis : new long[] {300, 900, 1500}) {
            Process second = ClusterKgJar.start(logs.resolve("killed-" + delayMillis + ".log"), "build", "--out", out.toString());
            Thread.sleep(delayMillis);
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);

            Path current = new BuildDirectory(out).current().orElseThrow();
            if (!current.equals(before)) {
                // the build finished before the kill: it is complete, and the new reference
                assertTrue(Files.exists(current.resolve("BUILD-COMPLETE")));
                before = current;
            }
            assertEquals(6, networks(current));
        }
        assertEquals(0, ClusterKgJar.run(logs.resolve("last.log"), 120, "build", "--out", out.toString()));
        assertEquals(6, networks(new BuildDirectory(out).current().orElseThrow()));
    }
}
