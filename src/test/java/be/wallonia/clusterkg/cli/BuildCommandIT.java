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

    @Test
    void validateOnTheBuiltGraphReportsNoViolationWhateverTheBaseItWasBuiltUnder() throws Exception {
        assertEquals(0, ClusterKgJar.run(logs.resolve("build.log"), 120, "build", "--out", out.toString(),
                "--base", "http://localhost:8093/"));
        Path log = logs.resolve("validate.log");
        assertEquals(0, ClusterKgJar.run(log, 120, "validate", "--out", out.toString()));
        assertTrue(Files.readString(log).contains(": 0 violations, 2 warnings"), Files.readString(log));
    }

    @Test
    void validateInTurtleWritesAShaclValidationReport() throws Exception {
        assertEquals(0, ClusterKgJar.run(logs.resolve("build.log"), 120, "build", "--out", out.toString()));
        Path log = logs.resolve("validate.ttl");
        assertEquals(0, ClusterKgJar.run(log, 120, "validate", "--format", "turtle", "--out", out.toString()));
        org.apache.jena.rdf.model.Model report = org.apache.jena.riot.RDFDataMgr.loadModel(log.toString(), org.apache.jena.riot.Lang.TURTLE);
        assertTrue(report.contains(null, report.createProperty("http://www.w3.org/ns/shacl#conforms"), report.createTypedLiteral(true)));
    }
}
