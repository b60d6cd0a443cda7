package be.wallonia.clusterkg.review;

import be.wallonia.clusterkg.assemble.DatasetAssembler;
import be.wallonia.clusterkg.enrich.Derivations;
import be.wallonia.clusterkg.vocab.Iris;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review export over the real assembled dataset and its derived graphs. */
class ClaimsReviewTest {
    static Iris iris;
    static ClaimsReview review;
    static Dataset dataset;

    @BeforeAll
    static void review() {
        DatasetAssembler assembler = DatasetAssembler.create().build();
        iris = assembler.iris();
        dataset = assembler.assemble().dataset();
        Derivations.standard().derive(dataset, iris, Instant.parse("2026-01-01T00:00:00Z")).forEach(dataset::addNamedModel);
        review = ClaimsReview.of(dataset, iris);
    }

    private static List<ClaimsReview.Claim> about(String claim) {
        return review.claims().stream().filter(c -> c.claim().equals(iris.base() + claim)).toList();
    }

    @Test
    void aHorizontalComplementarityHasARowPerSharedSectorWithItsRule() {
        List<ClaimsReview.Claim> rows = about("id/complementarity/horizontal-plastiwin-mecatech");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(List.of("derived", "horizontal-by-sector"), List.of(rows.get(0).kind(), rows.get(0).rule()));
        assertTrue(rows.get(0).basis().startsWith("both parties cover NACE 25 Manufacture of fabricated metal products"), rows.get(0).basis());
        assertTrue(rows.get(0).basis().endsWith("(weight 1.0 of the relation's strength 1.0)"), rows.get(0).basis());
    }

    @Test
    void aSharedSectorRowCitesThePassagesThatPutEachPartyThere() {
        String passages = about("id/complementarity/horizontal-plastiwin-mecatech").get(0).passages();
        assertTrue(passages.contains("key-sectors-en line 57: "), passages);
        assertTrue(passages.contains("key-sectors-en line 61: "), passages);
    }

    @Test
    void aVerticalComplementarityCitesItsSupplyLinkWithItsPassage() {
        List<ClaimsReview.Claim> rows = about("id/complementarity/vertical-plastiwin-skywin");
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).basis().startsWith("supply link 22.2 to 30.3: Skywin's 'More composites' axis"), rows.get(0).basis());
        // the link's source and passage, and those of the alignments that put Plastiwin in 22.2 and Skywin in 30.3
        assertEquals(java.util.Set.of("key-sectors-en", "clusters-en", "clusters-2008-fr"),
                java.util.Set.of(rows.get(0).sources().replace(iris.base() + "id/source/", "").split(" ")));
        assertTrue(rows.get(0).passages().contains("key-sectors-en line 15: "), rows.get(0).passages());
    }

    @Test
    void aCuratedAlignmentShowsItsJustificationSourceAndPassages() {
        ClaimsReview.Claim row = about("id/alignment/network-plastiwin").get(0);
        assertEquals(List.of("curated", "network-plastiwin", ""), List.of(row.kind(), row.statement(), row.rule()));
        assertTrue(row.basis().startsWith("Plastiwin 'gathers entities of the plastics industry'"), row.basis());
        assertEquals(4, row.passages().split(" \\| ").length, row.passages());
        assertEquals("editors' judgement", row.standing());
    }

    @Test
    void aCuratedClaimItsSourceStatesIsReviewedAsStatedByItsSourceWithoutAJustification() {
        ClaimsReview.Claim row = about("id/programme/contrat-d-avenir-pour-la-wallonie").get(0);
        assertEquals(List.of("curated", "stated by its source", ""), List.of(row.kind(), row.standing(), row.basis()));
        assertTrue(row.sources().contains(iris.base() + "id/source/clusters-en"), row.sources());
    }

    @Test
    void everyCuratedClaimIsReviewed() {
        long curated = dataset.getNamedModel(iris.curatedGraph()).listSubjectsWithProperty(
                dataset.getDefaultModel().createProperty(be.wallonia.clusterkg.vocab.WCO.NS + "claimBasis")).toList().size();
        assertTrue(curated > 100, curated + " curated claims");
        assertEquals(curated, review.claims().stream().filter(c -> c.kind().equals("curated")).map(ClaimsReview.Claim::claim)
                .distinct().count());
    }

    @Test
    void everyDerivedComplementarityIsReviewed() {
        long derived = dataset.asDatasetGraph().stream(null, null, org.apache.jena.vocabulary.RDF.type.asNode(),
                org.apache.jena.graph.NodeFactory.createURI(be.wallonia.clusterkg.vocab.WCO.NS + "DerivedComplementarity"))
                .map(q -> q.getSubject()).distinct().count();
        assertTrue(derived > 20, derived + " derived relations");
        assertEquals(derived, review.claims().stream().filter(c -> c.kind().equals("derived")).map(ClaimsReview.Claim::claim)
                .distinct().count());
    }

    @Test
    void theCsvHasAHeaderAndAnEmptyDecisionForTheReviewer() throws IOException {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(review.csv())).getRecords();
        assertEquals(review.claims().size(), rows.size());
        assertEquals(ClaimsReview.COLUMNS, rows.get(0).getParser().getHeaderNames());
        assertTrue(rows.stream().allMatch(r -> r.get("decision").isEmpty()));
    }

    @Test
    void theMarkdownTableKeepsAPipeInsideItsCell() {
        String table = new ClaimsReview(List.of(new ClaimsReview.Claim("c", "curated", "editors' judgement", "a | b", "",
                "why", "", ""))).markdown();
        assertEquals("| claim | kind | standing | statement | rule | basis | sources | passages | decision |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
                + "| c | curated | editors' judgement | a \\| b |  | why |  |  |  |\n", table);
    }
}
