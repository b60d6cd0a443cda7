package be.wallonia.clusterkg.store;

import be.wallonia.clusterkg.pipeline.BuiltGraph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dumps, re-read with RDF4J Rio (a parser independent of Jena), hold exactly what the TDB2 database holds. */
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
        ValueFactory vf = SimpleValueFactory.getInstance();
        Model model = new LinkedHashModel();
        Dataset ds = Database.open(build);
        try {
            Txn.executeRead(ds, () -> ds.asDatasetGraph().find().forEachRemaining(q -> model.add(
                    (Resource) value(vf, q.getSubject()), vf.createIRI(q.getPredicate().getURI()),
                    value(vf, q.getObject()),
                    Quad.isDefaultGraph(q.getGraph()) ? null : vf.createIRI(q.getGraph().getURI()))));
        } finally {
            Database.release(ds);
        }
        return model;
    }

    private static Value value(ValueFactory vf, Node n) {
        if (n.isURI()) return vf.createIRI(n.getURI());
        if (n.isBlank()) return vf.createBNode(n.getBlankNodeLabel());
        if (!n.getLiteralLanguage().isEmpty()) return vf.createLiteral(n.getLiteralLexicalForm(), n.getLiteralLanguage());
        return vf.createLiteral(n.getLiteralLexicalForm(), vf.createIRI(n.getLiteralDatatypeURI()));
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

    @Test
    void theDatabaseHoldsEveryTripleTheBuildReported() {
        assertEquals(graph.report().totalTriples(), database.size());
    }

    @Test
    void theChecksumFileNamesEachDumpWithItsSha256() throws IOException {
        Path dumps = graph.current().resolve("dumps");
        String sums = Files.readString(dumps.resolve(Dumps.CHECKSUMS));
        for (Dumps.Dump dump : Dumps.ALL) {
            assertTrue(sums.contains(Dumps.sha256(dumps.resolve(dump.fileName())) + "  " + dump.fileName()), sums);
        }
    }
}
