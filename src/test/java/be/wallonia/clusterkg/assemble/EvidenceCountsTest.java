package be.wallonia.clusterkg.assemble;

import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a source graph quotes of its document, counted as cookbook query 18 reads it. */
class EvidenceCountsTest {
    private static Model graph(String turtle) {
        return RDFParser.fromString("""
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                @prefix wco: <https://w3id.org/wallonia-clusters/ontology#> .
                @prefix : <http://ex/> .
                """ + turtle, Lang.TURTLE).toModel();
    }

    @Test void aTripleEvidencedByTwoLinesCountsOnceAndBothLinesCount() {
        Model g = graph("""
                [] a rdf:Statement ; rdf:subject :tweed ; rdf:predicate :label ; rdf:object "TWEED" ; wco:evidence :line1 .
                [] a rdf:Statement ; rdf:subject :tweed ; rdf:predicate :label ; rdf:object "TWEED" ; wco:evidence :line2 .
                """);
        assertEquals(new EvidenceCounts(1, 2), EvidenceCounts.of(g));
    }

    @Test void aStatementWithoutEvidenceIsNotCounted() {
        Model g = graph("""
                [] a rdf:Statement ; rdf:subject :tweed ; rdf:predicate :label ; rdf:object "TWEED" .
                [] a rdf:Statement ; rdf:subject :val ; rdf:predicate :label ; rdf:object "Val+" ; wco:evidence :line1 .
                """);
        assertEquals(new EvidenceCounts(1, 1), EvidenceCounts.of(g));
    }

    @Test void theCountsAreStatedOnTheGraphsDescription() {
        Model g = graph("[] a rdf:Statement ; rdf:subject :a ; rdf:predicate :p ; rdf:object :b ; wco:evidence :line1 .");
        EvidenceCounts.of(g).describe(g, "http://ex/graph");
        assertEquals(1, g.getResource("http://ex/graph").getProperty(WCO.evidencedStatements).getInt());
        assertEquals(1, g.getResource("http://ex/graph").getProperty(WCO.quotedPassages).getInt());
    }
}
