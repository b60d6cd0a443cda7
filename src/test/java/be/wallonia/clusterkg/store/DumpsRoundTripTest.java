package be.wallonia.clusterkg.store;

import be.wallonia.clusterkg.pipeline.BuiltGraph;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dumps, re-read with RDF4J Rio (a parser independent of Jena) and with Jena, hold exactly what the TDB2 database holds. */
class DumpsRoundTripTest {
    @TempDir static Path out;
    static BuiltGraph graph;
    static Model database;

    @BeforeAll
    static void build() {
        graph = BuiltGraph.buildInto(out);
        database = databaseAsRdf4j(graph.current());
    }

    private static Model databaseAsRdf4j(Path build) {
        Dataset ds = Database.open(build);
        try {
            return Txn.calculateRead(ds, () -> toRdf4j(ds.asDatasetGraph()));
        } finally {
            Database.release(ds);
        }
    }

    @Test
    void theBuildsOwnDumpCheckPassesOnTheRealGraph() {
        DumpCheck.check(graph.current(), BuiltGraph.BASE);
    }

    private static Model readWithRio(String fileName, RDFFormat format) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(graph.current().resolve("dumps").resolve(fileName)))) {
            return Rio.parse(in, BuiltGraph.BASE, format);
        }
    }

    @Test
    void theTriGDumpReadByRioIsIsomorphicToTheDatabase() throws IOException {
        Model trig = readWithRio("clusterkg.trig.gz", RDFFormat.TRIG);
        assertEquals(database.size(), trig.size());
        assertTrue(Models.isomorphic(database, trig));
    }

    @Test
    void theNQuadsDumpReadByRioIsIsomorphicToTheDatabase() throws IOException {
        Model nquads = readWithRio("clusterkg.nq.gz", RDFFormat.NQUADS);
        assertEquals(database.size(), nquads.size());
        assertTrue(Models.isomorphic(database, nquads));
    }

    private static Model readWithJena(Dumps.Dump dump) throws IOException {
        org.apache.jena.sparql.core.DatasetGraph read = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(graph.current().resolve("dumps").resolve(dump.fileName())))) {
            org.apache.jena.riot.RDFParser.source(in).lang(dump.lang()).base(BuiltGraph.BASE).parse(read);
        }
        return toRdf4j(read);
    }

    @Test
    void eachDumpReadByJenaIsIsomorphicToTheDatabase() throws IOException {
        for (Dumps.Dump dump : Dumps.ALL) {
            Model read = readWithJena(dump);
            assertEquals(database.size(), read.size(), dump.fileName());
            assertTrue(Models.isomorphic(database, read), dump.fileName());
        }
    }

    @Test
    void theDatabaseHoldsEveryTripleTheBuildReported() {
        assertEquals(graph.report().totalTriples(), database.size());
    }

    @Test
    void theChecksumFileNamesEachDumpWithItsSha256() throws IOException {
        Path dumps = graph.current().resolve("dumps");
        String sums = Files.readString(dumps.resolve(Dumps.CHECKSUMS));
        for (Dumps.Dump dump : Dumps.ALL) {
            assertTrue(sums.contains(sha256(dumps.resolve(dump.fileName())) + "  " + dump.fileName()), sums);
        }
    }

    /** The dataset as RDF4J statements, term by term, with no parser in between. */
    private static Model toRdf4j(org.apache.jena.sparql.core.DatasetGraph dataset) {
        org.eclipse.rdf4j.model.ValueFactory vf = org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance();
        Model model = new org.eclipse.rdf4j.model.impl.LinkedHashModel();
        dataset.find().forEachRemaining(q -> model.add((org.eclipse.rdf4j.model.Resource) value(vf, q.getSubject()),
                vf.createIRI(q.getPredicate().getURI()), value(vf, q.getObject()),
                org.apache.jena.sparql.core.Quad.isDefaultGraph(q.getGraph()) ? null : vf.createIRI(q.getGraph().getURI())));
        return model;
    }

    private static org.eclipse.rdf4j.model.Value value(org.eclipse.rdf4j.model.ValueFactory vf, org.apache.jena.graph.Node n) {
        if (n.isURI()) return vf.createIRI(n.getURI());
        if (n.isBlank()) return vf.createBNode(n.getBlankNodeLabel());
        if (!n.getLiteralLanguage().isEmpty()) return vf.createLiteral(n.getLiteralLexicalForm(), n.getLiteralLanguage());
        return vf.createLiteral(n.getLiteralLexicalForm(), vf.createIRI(n.getLiteralDatatypeURI()));
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
