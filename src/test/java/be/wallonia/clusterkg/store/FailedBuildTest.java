package be.wallonia.clusterkg.store;

import be.wallonia.clusterkg.extract.ExtractionException;
import be.wallonia.clusterkg.pipeline.BuiltGraph;
import be.wallonia.clusterkg.pipeline.GraphBuild;
import be.wallonia.clusterkg.source.SourceException;
import be.wallonia.clusterkg.validate.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build that fails leaves the previous build current, complete and queryable. */
class FailedBuildTest {
    @TempDir Path out;
    @TempDir Path data;

    private int networkCount(BuiltGraph graph) {
        return graph.select("SELECT (COUNT(DISTINCT ?n) AS ?c) { GRAPH ?g { ?n a wco:CompetitivenessCluster } }",
                s -> s.getLiteral("c").getInt()).get(0);
    }

    /**
     * Builds the real graph, then builds again from a copy of data/ with one file written as given, expects
     * that build to fail with the given exception, and checks the first build is still current and whole.
     */
    private <E extends Throwable> E secondBuildFails(Class<E> expected, String file, String content) throws IOException {
        return secondBuildFails(expected, file, content, false);
    }

    private <E extends Throwable> E secondBuildFails(Class<E> expected, String file, String content, boolean strict)
            throws IOException {
        BuiltGraph first = BuiltGraph.buildInto(out);
        Path before = first.current().toRealPath();
        BuiltGraph.copyTree(Path.of("data"), data);
        Files.writeString(data.resolve(file), content);

        E e = assertThrows(expected, () -> GraphBuild.create().iris(BuiltGraph.IRIS).dataDir(data).out(out).strict(strict)
                .build().run());

        assertEquals(before, first.current().toRealPath());
        assertEquals(6, networkCount(first));
        return e;
    }

    @Test
    void aDocumentWhoseShapeIsNotRecognisedFailsAStrictBuildAndLeavesThePreviousBuildCurrent() throws IOException {
        ExtractionException e = secondBuildFails(ExtractionException.class, "sources/003_f17fd7da474da1c9.txt",
                "Une page\n\nsans tableau ni réseau.\n", true);
        assertTrue(e.getMessage().contains("003_f17fd7da474da1c9.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("tab-separated"), e.getMessage());
    }

    @Test
    void aBrokenCuratedFileStopsTheBuildWithItsLineAndLeavesThePreviousBuild() throws IOException {
        SourceException e = secondBuildFails(SourceException.class, "curated/broken.ttl",
                "@prefix ex: <http://example.org/> .\n\nex:a ex:b .\n");
        assertTrue(e.file().endsWith("broken.ttl"), e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void aGraphThatViolatesAShapeIsRefusedAndThePreviousBuildStays() throws IOException {
        ValidationException e = secondBuildFails(ValidationException.class, "curated/two-kinds.ttl", """
                @prefix wco: <https://w3id.org/wallonia-clusters/ontology#> .
                <id/cluster/tweed> a wco:CompetitivenessCluster .
                """);
        assertTrue(e.getMessage().contains("exactly one kind"), e.getMessage());
        assertTrue(e.getMessage().contains("http://localhost:8080/id/cluster/tweed"), e.getMessage());
        assertTrue(e.getMessage().contains("http://localhost:8080/graph/curated"), e.getMessage());
    }

    @Test
    void aDumpThatNoLongerMatchesTheDatabaseFailsTheDumpCheck() throws IOException {
        BuiltGraph graph = BuiltGraph.buildInto(out);
        Path build = graph.current().toRealPath();
        Path trig = build.resolve(Dumps.DIRECTORY).resolve("clusterkg.trig.gz");
        try (var w = new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(Files.newOutputStream(trig)),
                java.nio.charset.StandardCharsets.UTF_8)) {
            w.write("<http://localhost:8080/graph/curated> { <http://ex.org/a> <http://ex.org/b> <http://ex.org/c> . }\n");
        }

        DumpCheck.DumpException e = assertThrows(DumpCheck.DumpException.class, () -> DumpCheck.check(build, BuiltGraph.BASE));

        assertTrue(e.getMessage().contains("clusterkg.trig.gz"), e.getMessage());
        assertTrue(e.getMessage().contains("graph http://localhost:8080/graph/curated has 1 quads, the database "), e.getMessage());
    }

    @Test
    void aDumpWithOneQuadChangedFailsTheDumpCheckThoughItHasAsManyQuads() throws IOException {
        BuiltGraph graph = BuiltGraph.buildInto(out);
        Path build = graph.current().toRealPath();
        Path nquads = build.resolve(Dumps.DIRECTORY).resolve("clusterkg.nq.gz");
        List<String> lines;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(nquads))) {
            lines = new ArrayList<>(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList());
        }
        int i = 0;
        while (!lines.get(i).contains("\"BioWin\"@en")) i++;
        lines.set(i, lines.get(i).replace("\"BioWin\"@en", "\"BioLose\"@en"));
        try (var w = new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(Files.newOutputStream(nquads)),
                java.nio.charset.StandardCharsets.UTF_8)) {
            w.write(String.join("\n", lines) + "\n");
        }

        DumpCheck.DumpException e = assertThrows(DumpCheck.DumpException.class, () -> DumpCheck.check(build, BuiltGraph.BASE));

        assertTrue(e.getMessage().contains("clusterkg.nq.gz: read with RDF4J Rio, graph "), e.getMessage());
        assertTrue(e.getMessage().contains("does not hold the database's quads (same count, other quads)"), e.getMessage());
    }

    @Test
    void aBuildLeftUnfinishedIsNeverCurrentAndTheNextBuildRemovesIt() throws IOException {
        BuiltGraph first = BuiltGraph.buildInto(out);
        Path unfinished;
        try (BuildDirectory.Writer killedBeforeTheEnd = new BuildDirectory(out).writer(Duration.ZERO)) {
            unfinished = killedBeforeTheEnd.startNew();
        }
        Files.createDirectories(unfinished.resolve(Database.DIRECTORY));
        Files.writeString(unfinished.resolve(Database.DIRECTORY).resolve("half-written"), "x");

        assertEquals(first.current().toRealPath(), new BuildDirectory(out).current().orElseThrow());
        BuiltGraph second = BuiltGraph.buildInto(out);

        assertFalse(Files.exists(unfinished));
        assertEquals(6, networkCount(second));
    }

    @Test
    void aSuccessfulBuildKeepsOnlyThePreviousCompleteBuildBesideIt() throws IOException {
        BuiltGraph.buildInto(out);
        BuiltGraph.buildInto(out);
        BuiltGraph third = BuiltGraph.buildInto(out);
        try (Stream<Path> builds = Files.list(out.resolve("builds"))) {
            List<Path> all = builds.toList();
            assertEquals(2, all.size(), all.toString());
            assertTrue(all.contains(third.current().toRealPath()));
        }
    }
}
