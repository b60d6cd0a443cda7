package be.wallonia.clusterkg.bench;

import be.wallonia.clusterkg.cookbook.Cookbook;
import be.wallonia.clusterkg.cookbook.CookbookQuery;
import be.wallonia.clusterkg.pipeline.BuiltGraph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Stock Fuseki's configuration, assembled as stock Fuseki assembles it, answers text searches as our server does. */
class StockFusekiTest {
    @TempDir static Path out;
    @TempDir static Path stock;
    static BuiltGraph graph;
    /** Assembled once: jena-text joins the index to the database's transactions at each assembly. */
    static Dataset stockDataset;

    static final String ELIDED_AND_CAPITALISED = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?s ?label { (?s ?score ?label) text:query (rdfs:label "L’Énergie") } ORDER BY ?s ?label""";

    @BeforeAll static void prepare() throws Exception {
        graph = BuiltGraph.buildInto(out);
        Path config = StockFuseki.prepare(graph.current().toRealPath(), stock);
        Model description = RDFDataMgr.loadModel(config.toString());
        stockDataset = DatasetFactory.assemble(description.getResource(config.toUri() + "#indexed"));
    }

    @AfterAll static void close() {
        if (stockDataset != null) stockDataset.close();
    }

    @Test void theCookbooksFullTextSearchFindsTheSameRowsOnStockFuseki() {
        CookbookQuery search = Cookbook.fromClasspath().stream().filter(q -> q.text().contains("text:query")).findFirst().orElseThrow();
        List<String> ours = ours(search.text());
        assertFalse(ours.isEmpty(), "the cookbook's text search finds something in the real graph");
        assertEquals(ours, stock(search.text()));
    }

    @Test void aSearchWithAnElisionAndCapitalsIsAnalysedAlikeOnStockFuseki() {
        List<String> ours = ours(ELIDED_AND_CAPITALISED);
        assertFalse(ours.isEmpty(), "the search finds the domains about energy");
        assertEquals(ours, stock(ELIDED_AND_CAPITALISED));
    }

    private static List<String> ours(String query) {
        return graph.read(ds -> rows(ds, query, true));
    }

    private static List<String> stock(String query) {
        return Txn.calculateRead(stockDataset, () -> rows(stockDataset, query, false));
    }

    /** The rows as text, in the query's order; the union default graph asked for here as our server sets it. */
    private static List<String> rows(Dataset ds, String query, boolean unionDefaultGraph) {
        var exec = QueryExecution.dataset(ds).query(query);
        if (unionDefaultGraph) exec.set(TDB2.symUnionDefaultGraph, true);
        try (QueryExecution qe = exec.build()) {
            RowSet rows = RowSet.adapt(qe.execSelect());
            return rows.stream().map(Object::toString).toList();
        }
    }
}
