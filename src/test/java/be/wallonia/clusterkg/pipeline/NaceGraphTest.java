package be.wallonia.clusterkg.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NACE Rev. 2 in the built graph: its own named graph, described, and navigable in SPARQL. */
class NaceGraphTest {
    @TempDir static Path out;
    static BuiltGraph graph;

    @BeforeAll
    static void build() {
        graph = BuiltGraph.buildInto(out);
    }

    @Test
    void theNaceGraphHoldsTheNineHundredAndNinetySixConcepts() {
        List<Integer> count = graph.select("SELECT (COUNT(DISTINCT ?c) AS ?n) { GRAPH graph:nace { ?c a wco:Sector , skos:Concept ;"
                + " skos:inScheme <http://localhost:8080/id/scheme/nace-rev2> } }", s -> s.getLiteral("n").getInt());
        assertEquals(List.of(996), count);
    }

    @Test
    void class2221IsReachedFromSectionCThroughBroader() {
        assertTrue(graph.ask("ASK { GRAPH graph:nace { <http://localhost:8080/id/sector/nace-2221> skos:broader+ <http://localhost:8080/id/sector/nace-c> ;"
                + " skos:notation \"22.21\" } }"));
    }

    @Test
    void theNaceGraphSaysWhatItWasDerivedFromAndWhen() {
        List<String> prov = graph.select("PREFIX prov: <http://www.w3.org/ns/prov#> SELECT ?from ?source ?rights"
                + " { GRAPH graph:nace { graph:nace prov:wasDerivedFrom ?from ; dcterms:source ?source ; dcterms:rights ?rights ;"
                + " prov:generatedAtTime ?t } }",
                s -> s.getResource("from").getURI() + " " + s.getResource("source").getURI() + " " + s.getLiteral("rights").getString());
        assertEquals(List.of("https://github.com/euBusinessGraph/eubg-data/blob/master/data/NACE/nace-201706.csv"
                + " https://ec.europa.eu/eurostat/ramon/ Source: Eurostat"), prov);
    }
}
