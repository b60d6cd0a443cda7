package be.wallonia.clusterkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A build's database written by bulk loads: each load's graphs and their text, readable between loads and after. */
class DatabaseLoaderTest {
    private static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX text: <http://jena.apache.org/text#>
            """;
    @TempDir Path build;

    private static Graph turtle(String text) {
        return RDFParser.fromString(PREFIXES.replace("PREFIX", "@prefix").replace(">", ">.") + text, Lang.TURTLE).toGraph();
    }

    private static final Graph FIRST = turtle("<http://ex/tweed> rdfs:label \"TWEED\"@fr, \"Énergie durable\"@fr .");
    private static final Graph SECOND = turtle("<http://ex/val> rdfs:label \"Val+\"@fr . <http://ex/val> <http://ex/p> 3 .");

    @Test void whatALoadWroteIsReadableBeforeTheNextLoad() {
        try (DatabaseLoader db = DatabaseLoader.open(build)) {
            db.load(sink -> sink.add("http://ex/graph/first", FIRST));
            long size = db.read(ds -> ds.getNamedModel("http://ex/graph/first").size());
            assertEquals(2L, size);
        }
    }

    @Test void everyLoadsGraphsAreInTheDatabase() {
        try (DatabaseLoader db = DatabaseLoader.open(build)) {
            db.load(sink -> sink.add("http://ex/graph/first", FIRST));
            db.load(sink -> sink.add("http://ex/graph/second", SECOND));
            db.finish(PrefixMapping.Factory.create().setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#"));
        }
        Dataset tdb = Database.open(build);
        try {
            Txn.executeRead(tdb, () -> {
                assertEquals(2L, tdb.getNamedModel("http://ex/graph/first").size());
                assertEquals(2L, tdb.getNamedModel("http://ex/graph/second").size());
                assertEquals("http://www.w3.org/2000/01/rdf-schema#", tdb.getPrefixMapping().getNsPrefixURI("rdfs"));
            });
        } finally {
            Database.release(tdb);
        }
    }

    @Test void labelsOfEveryLoadAreFoundByTheTextIndexFoldingAccents() {
        try (DatabaseLoader db = DatabaseLoader.open(build)) {
            db.load(sink -> sink.add("http://ex/graph/first", FIRST));
            db.load(sink -> sink.add("http://ex/graph/second", SECOND));
        }
        assertEquals(List.of("http://ex/tweed"), search("energie"));
        assertEquals(List.of("http://ex/val"), search("val"));
    }

    private List<String> search(String words) {
        Dataset tdb = Database.open(build);
        Dataset indexed = TextIndexes.over(tdb, build);
        try {
            return Txn.calculateRead(indexed, () -> {
                List<String> found = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(indexed)
                        .query(PREFIXES + "SELECT ?s { ?s text:query (rdfs:label \"" + words + "\") } ORDER BY ?s")
                        .set(TDB2.symUnionDefaultGraph, true).build()) {
                    qe.execSelect().forEachRemaining(r -> found.add(r.getResource("s").getURI()));
                }
                return found;
            });
        } finally {
            indexed.close();
            Database.release(tdb);
        }
    }
}
