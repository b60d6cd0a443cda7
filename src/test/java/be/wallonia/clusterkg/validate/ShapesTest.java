package be.wallonia.clusterkg.validate;

import be.wallonia.clusterkg.vocab.Iris;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each family of shapes in ontology/shapes.ttl, fed a deliberately broken graph, reports the fault by name. */
class ShapesTest {
    private static final String GRAPH = "http://localhost:8080/graph/test";
    private static final String PREFIXES = """
            @prefix wco: <https://w3id.org/wallonia-clusters/ontology#> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            """;
    private static final Validator VALIDATOR = Validator.of(Path.of("ontology"), new be.wallonia.clusterkg.vocab.Iris("http://localhost:8080/"));

    private static List<Finding> violations(String turtle) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).base("http://localhost:8080/").parse(model);
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel(GRAPH, model);
        return VALIDATOR.validate(ds).findings().stream().filter(f -> f.severity() == Finding.Severity.VIOLATION).toList();
    }

    private static Finding only(List<Finding> findings) {
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(GRAPH, findings.get(0).graph());
        return findings.get(0);
    }

    @Test
    void aWellFormedNetworkConforms() {
        assertEquals(List.of(), violations("""
                <id/cluster/tweed> a wco:BusinessCluster ; wco:claimBasis wco:StatedBySource ; wco:slug "tweed" ; rdfs:label "TWEED"@en ;
                    skos:prefLabel "TWEED"@en , "TWEED"@fr ; dcterms:source <id/source/x> .
                """));
    }

    private static final String NACE_SCHEME = "<id/scheme/nace-rev2> a skos:ConceptScheme .\n";
    private static final String NACE_22 = """
            <id/sector/nace-22> a wco:Sector ; skos:inScheme <id/scheme/nace-rev2> ; skos:notation "22" ;
                skos:prefLabel "Manufacture of rubber and plastic products"@en ;
                skos:exactMatch <http://data.europa.eu/ux2/nace2/22> .
            """;

    @Test
    void aWellFormedSectorConforms() {
        assertEquals(List.of(), violations(NACE_SCHEME + NACE_22 + """
                <id/sector/nace-222> a wco:Sector ; skos:inScheme <id/scheme/nace-rev2> ; skos:notation "22.2" ;
                    skos:prefLabel "Manufacture of plastics products"@en ; skos:broader <id/sector/nace-22> ;
                    skos:exactMatch <http://data.europa.eu/ux2/nace2/222> .
                """));
    }

    @Test
    void aSectorWithoutANotationIsAViolation() {
        Finding f = only(violations(NACE_SCHEME + """
                <id/sector/nace-22> a wco:Sector ; skos:inScheme <id/scheme/nace-rev2> ;
                    skos:prefLabel "Manufacture of rubber and plastic products"@en .
                """));
        assertTrue(f.message().contains("one notation"), f.message());
    }

    @Test
    void aSectorWithTwoEnglishPreferredLabelsIsAViolation() {
        List<Finding> found = violations(NACE_SCHEME + NACE_22 + "<id/sector/nace-22> skos:prefLabel \"Rubber and plastics\"@en .");
        assertTrue(found.stream().anyMatch(f -> f.message().contains("exactly one English preferred label")), found.toString());
    }

    @Test
    void aSectorWhoseBroaderConceptIsOutsideItsSchemeIsAViolation() {
        Finding f = only(violations(NACE_SCHEME + NACE_22 + """
                <id/sector/nace-222> a wco:Sector ; skos:inScheme <id/scheme/nace-rev2> ; skos:notation "22.2" ;
                    skos:prefLabel "Manufacture of plastics products"@en ; skos:broader <id/domain/plastics> ;
                    skos:exactMatch <http://data.europa.eu/ux2/nace2/222> .
                """));
        assertEquals("http://localhost:8080/id/sector/nace-222", f.focus());
        assertTrue(f.message().contains("is not in the sector's scheme"), f.message());
    }

    @Test
    void aNaceSectorMatchedToAnotherEuConceptThanItsCodeIsAViolation() {
        Finding f = only(violations(NACE_SCHEME + """
                <id/sector/nace-22> a wco:Sector ; skos:inScheme <id/scheme/nace-rev2> ; skos:notation "22" ;
                    skos:prefLabel "Manufacture of rubber and plastic products"@en ;
                    skos:exactMatch <http://data.europa.eu/ux2/nace2/222> .
                """));
        assertTrue(f.message().contains("matches the EU's concept of its code"), f.message());
    }

    @Test
    void aSectorOutsideItsIriPatternIsAViolation() {
        Finding f = only(violations(NACE_SCHEME + NACE_22.replace("<id/sector/nace-22>", "<id/nace/22>")));
        assertTrue(f.message().contains("{base}id/sector/{slug}"), f.message());
    }

    @Test
    void aNetworkWithTwoKindsInOneGraphIsAViolation() {
        Finding f = only(violations("""
                <id/pole/logistics> a wco:BusinessCluster , wco:CompetitivenessCluster ; wco:claimBasis wco:StatedBySource ; rdfs:label "Logistics"@en ;
                    dcterms:source <id/source/x> .
                """));
        assertEquals("http://localhost:8080/id/pole/logistics", f.focus());
        assertTrue(f.message().contains("exactly one kind"), f.message());
    }

    @Test
    void aNetworkIriOutsideThePatternIsAViolation() {
        Finding f = only(violations("""
                <http://localhost:8080/networks/Tweed> a wco:BusinessCluster ; wco:claimBasis wco:StatedBySource ; rdfs:label "TWEED"@en ; dcterms:source <id/source/x> .
                """));
        assertTrue(f.message().contains("id/cluster/{slug}"), f.message());
    }

    @Test
    void aNetworkWithoutAnyLabelIsAViolation() {
        Finding f = only(violations("<id/cluster/tweed> a wco:BusinessCluster ; wco:claimBasis wco:StatedBySource ; dcterms:source <id/source/x> ."));
        assertTrue(f.message().contains("has a label"), f.message());
    }

    @Test
    void aCuratedNetworkWithAnEnglishButNoFrenchPreferredLabelIsAViolation() {
        Finding f = only(violations("""
                <id/cluster/tweed> a wco:BusinessCluster ; wco:claimBasis wco:StatedBySource ; skos:prefLabel "TWEED"@en ; dcterms:source <id/source/x> .
                """));
        assertTrue(f.message().contains("one in English and one in French"), f.message());
    }

    @Test
    void aLabelWithoutLanguageTagIsAViolation() {
        Finding f = only(violations("""
                <id/cluster/tweed> a wco:BusinessCluster ; wco:claimBasis wco:StatedBySource ; rdfs:label "TWEED" ; dcterms:source <id/source/x> .
                """));
        assertEquals("<http://www.w3.org/2000/01/rdf-schema#label>", f.path());
        assertTrue(f.message().contains("language tag"), f.message());
    }

    @Test
    void aSlugThatIsNotTheLastSegmentOfItsIriIsAViolation() {
        Finding f = only(violations("""
                <id/cluster/tweed> a wco:BusinessCluster ; wco:claimBasis wco:StatedBySource ; wco:slug "tweed-cluster" ; rdfs:label "TWEED"@en ;
                    dcterms:source <id/source/x> .
                """));
        assertTrue(f.message().contains("tweed-cluster"), f.message());
    }

    @Test
    void aConceptWithTwoEnglishPreferredLabelsIsAViolation() {
        Finding f = only(violations("""
                <id/domain/energy> a wco:ActivityDomain ; skos:prefLabel "energy"@en , "Energy"@en ;
                    skos:inScheme <id/scheme/activity-domains> .
                """));
        assertTrue(f.message().contains("at most one per language"), f.message());
    }

    @Test
    void aMemberCountThatIsNotAnIntegerIsAViolation() {
        Finding f = only(violations("""
                <id/statistics/s> a wco:MembershipStatistics ; wco:claimBasis wco:StatedBySource ; wco:statisticsOf <id/programme/p> ; wco:memberCount "about 1000" ;
                    wco:referenceDate "2008-06-30"^^xsd:date ; dcterms:source <id/source/x> .
                """));
        assertEquals("<https://w3id.org/wallonia-clusters/ontology#memberCount>", f.path());
    }

    @Test
    void aReferenceDateThatIsNotAnXsdDateIsAViolation() {
        Finding f = only(violations("""
                <id/statistics/s> a wco:MembershipStatistics ; wco:claimBasis wco:StatedBySource ; wco:statisticsOf <id/programme/p> ;
                    wco:referenceDate "30 juin 2008" ; dcterms:source <id/source/x> .
                """));
        assertTrue(f.message().contains("xsd:date"), f.message());
    }

    @Test
    void aShareWithoutItsUnitIsAViolation() {
        Finding f = only(violations("""
                <id/share/s> a wco:MemberShare ; wco:claimBasis wco:EditorsJudgement ; wco:justification "computed"@en ; wco:shareValue 64.0 ; wco:memberKind <id/actor-kind/sme> .
                """));
        assertTrue(f.message().contains("unit"), f.message());
    }

    @Test
    void aShareAboveOneHundredPercentIsAViolation() {
        Finding f = only(violations("""
                <id/share/s> a wco:MemberShare ; wco:claimBasis wco:EditorsJudgement ; wco:justification "computed"@en ; wco:shareValue 164.0 ; wco:memberKind <id/actor-kind/sme> ;
                    wco:shareUnit <http://qudt.org/vocab/unit/PERCENT> .
                """));
        assertTrue(f.message().contains("between 0 and 100"), f.message());
    }

    @Test
    void undatedStatisticsAreAWarningNotAViolation() {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(PREFIXES + """
                <id/statistics/s> a wco:MembershipStatistics ; wco:claimBasis wco:StatedBySource ; wco:statisticsOf <id/programme/p> ; wco:memberCount "213"^^xsd:nonNegativeInteger ;
                    dcterms:source <http://log4green.eu/> .
                """, Lang.TURTLE).base("http://localhost:8080/").parse(model);
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel(GRAPH, model);
        ValidationReport report = VALIDATOR.validate(ds);
        assertEquals(0, report.count(Finding.Severity.VIOLATION), report.toText());
        assertEquals(1, report.count(Finding.Severity.WARNING), report.toText());
        assertTrue(report.conforms());
    }

    @Test
    void aStartYearThatIsNotAGYearIsAViolation() {
        Finding f = only(violations("""
                <id/programme/p> a wco:Programme ; wco:claimBasis wco:StatedBySource ; rdfs:label "Plan"@en ; wco:startYear "2006" ; dcterms:source <id/source/x> .
                """));
        assertTrue(f.message().contains("xsd:gYear"), f.message());
    }

    @Test
    void aComplementarityWithOnePartyIsAViolation() {
        List<Finding> findings = violations("""
                <id/complementarity/c> a wco:HorizontalComplementarity ; wco:party <id/cluster/a> .
                """);
        assertTrue(findings.stream().anyMatch(f -> f.message().contains("exactly two parties")), findings.toString());
    }

    @Test
    void aComplementarityThatIsBothVerticalAndHorizontalIsAViolation() {
        List<Finding> findings = violations("""
                <id/complementarity/c> a wco:HorizontalComplementarity , wco:VerticalComplementarity ;
                    wco:party <id/cluster/a> , <id/cluster/b> .
                """);
        assertTrue(findings.stream().anyMatch(f -> f.message().contains("exactly one kind: vertical or horizontal")),
                findings.toString());
    }

    private static final String SHARED_SECTOR_BASIS = """
            <id/complementarity/c#nace-25> a wco:SharedSectorBasis ; wco:sharedSector <id/sector/nace-25> ;
                wco:viaAlignment <id/alignment/network-a> , <id/alignment/network-b> .
            """;

    @Test
    void aDerivedComplementarityWithoutItsRuleIsAViolation() {
        Finding f = only(violations("""
                <id/complementarity/c> a wco:HorizontalComplementarity , wco:DerivedComplementarity ;
                    wco:party <id/cluster/a> , <id/cluster/b> ; wco:basis <id/complementarity/c#nace-25> .
                """ + SHARED_SECTOR_BASIS));
        assertTrue(f.message().contains("names the rule"), f.message());
    }

    @Test
    void aDerivedComplementarityWithoutItsBasisIsAViolation() {
        Finding f = only(violations("""
                <id/complementarity/c> a wco:HorizontalComplementarity , wco:DerivedComplementarity ;
                    wco:party <id/cluster/a> , <id/cluster/b> ; wco:derivedBy <id/rule/horizontal-by-sector> .
                """));
        assertTrue(f.message().contains("names its bases"), f.message());
    }

    @Test
    void aSharedSectorBasisWithoutTheAlignmentOfEachPartyIsAViolation() {
        Finding f = only(violations("""
                <id/complementarity/c#nace-25> a wco:SharedSectorBasis ; wco:sharedSector <id/sector/nace-25> ;
                    wco:viaAlignment <id/alignment/network-a> .
                """));
        assertTrue(f.message().contains("alignments that put each party in the sector"), f.message());
    }

    @Test
    void aSupplyBasisWithoutItsLinkIsAViolation() {
        Finding f = only(violations("""
                <id/complementarity/v#link> a wco:SupplyBasis ;
                    wco:viaAlignment <id/alignment/network-a> , <id/alignment/network-b> .
                """));
        assertTrue(f.message().contains("names the one supply link"), f.message());
    }

    @Test
    void aWeightThatIsNotAPositiveDecimalIsAViolation() {
        Finding f = only(violations("""
                <id/complementarity/c#nace-25> wco:weight "0"^^xsd:decimal .
                """));
        assertTrue(f.message().contains("positive decimal"), f.message());
    }

    @Test
    void aDerivedComplementarityOnASharedSectorConforms() {
        assertEquals(List.of(), violations("""
                <id/complementarity/c> a wco:HorizontalComplementarity , wco:DerivedComplementarity ;
                    wco:party <id/cluster/a> , <id/cluster/b> ; wco:derivedBy <id/rule/horizontal-by-sector> ;
                    wco:basis <id/complementarity/c#nace-25> .
                """ + SHARED_SECTOR_BASIS));
    }

    @Test
    void aRefusalWithoutItsReasonIsAViolation() {
        Finding f = only(violations("""
                <id/refusal/r> a wco:Refusal ; wco:refusedClaim <id/complementarity/c> ; dcterms:creator "A. Reviewer" .
                """));
        assertTrue(f.message().contains("says why"), f.message());
    }

    @Test
    void aPassageWithoutItsLineIsAViolation() {
        Finding f = only(violations("""
                <id/passage/doc-l3> a wco:Passage ; wco:quote "text" ; wco:inDocument <id/source/doc> .
                """));
        assertTrue(f.message().contains("its line"), f.message());
    }

    @Test
    void aFactInASourceGraphWithoutEvidenceIsAViolation() {
        Finding f = only(violations("""
                <http://localhost:8080/graph/test> prov:wasDerivedFrom <id/source/doc> ; dcterms:language "en" ;
                    prov:generatedAtTime "2026-11-23T10:00:00Z"^^xsd:dateTime ; prov:wasGeneratedBy [ a prov:Activity ] .
                <id/cluster/tweed> a wco:BusinessCluster ; rdfs:label "TWEED"@en .
                [] a rdf:Statement ; rdf:subject <id/cluster/tweed> ; rdf:predicate rdf:type ; rdf:object wco:BusinessCluster ;
                    wco:evidence <id/passage/doc-l3> .
                """));
        assertTrue(f.message().contains("has no evidence"), f.message());
        assertTrue(f.value().contains("http://www.w3.org/2000/01/rdf-schema#label"), f.value());
    }

    @Test
    void aGraphOfAnImportedFileNeedsNeitherEvidenceNorLanguage() {
        assertEquals(List.of(), violations("""
                <http://localhost:8080/graph/test> prov:wasDerivedFrom <id/source/members> ;
                    prov:generatedAtTime "2026-11-23T10:00:00Z"^^xsd:dateTime ; prov:wasGeneratedBy [ a prov:Activity ] .
                <id/source/members> a wco:ImportedFile .
                <id/organisation/be-0412345614> rdfs:label "Exemple Plasturgie SA" .
                """));
    }

    @Test
    void aGraphOfADocumentWithoutItsLanguageIsAViolation() {
        Finding f = only(violations("""
                <http://localhost:8080/graph/test> prov:wasDerivedFrom <http://example.org/table.csv> ;
                    prov:generatedAtTime "2026-11-23T10:00:00Z"^^xsd:dateTime ; prov:wasGeneratedBy [ a prov:Activity ] .
                """));
        assertTrue(f.message().contains("states the document's language"), f.message());
    }

    @Test
    void anImportedFileWithoutALanguageConformsButNotWithoutATitle() {
        Finding f = only(violations("""
                <id/source/members> a wco:SourceDocument , wco:ImportedFile ; wco:fileName "members.csv" ; wco:extractor "member-list" .
                """));
        assertTrue(f.message().contains("has a title"), f.message());
    }

    @Test
    void aReifiedFactThatIsNotInTheGraphIsAViolation() {
        Finding f = only(violations("""
                [] a rdf:Statement ; rdf:subject <id/cluster/tweed> ; rdf:predicate rdfs:label ; rdf:object "TWIST"@en ;
                    wco:evidence <id/passage/doc-l3> .
                """));
        assertTrue(f.message().contains("does not stand in the graph"), f.message());
    }

    @Test
    void aCuratedClaimThatDoesNotSayWhatItRestsOnIsAViolation() {
        Finding f = only(violations("""
                <id/supply/a-to-b> a wco:SupplyLink ; wco:supplierSector <id/sector/nace-20> ;
                    wco:customerSector <id/sector/nace-22> ; wco:justification "why"@en ; wco:evidence <id/passage/x-l3> ;
                    dcterms:source <id/source/x> .
                """));
        assertTrue(f.message().contains("says what it rests on (wco:claimBasis)"), f.message());
    }

    @Test
    void anEditorsJudgementWithoutItsJustificationIsAViolation() {
        Finding f = only(violations("""
                <id/cluster/tweed> a wco:BusinessCluster ; wco:claimBasis wco:EditorsJudgement ; wco:slug "tweed" ;
                    rdfs:label "TWEED"@en ; skos:prefLabel "TWEED"@en , "TWEED"@fr ; dcterms:source <id/source/x> .
                """));
        assertTrue(f.message().contains("wco:EditorsJudgement with its justification"), f.message());
    }

    @Test
    void aClaimAReviewerRefusedNeedsNoClaimBasisOfItsOwn() {
        assertEquals(List.of(), violations("""
                <id/refusal/r> a wco:Refusal ; wco:refusedClaim <id/complementarity/c> ; wco:justification "why"@en ;
                    dcterms:creator "A. Reviewer" .
                """));
    }

    @Test
    void aCuratedResourceWithoutItsSourceIsAViolation() {
        Finding f = only(violations("""
                <id/legal-act/decree> a wco:LegalAct ; wco:claimBasis wco:EditorsJudgement ; wco:justification "why"@en ; rdfs:label "Decree"@en ; wco:adoptedOn "2007-01-18"^^xsd:date .
                """));
        assertTrue(f.message().contains("names its source"), f.message());
    }

    @Test
    void aSourceDocumentWithoutItsLanguageIsAViolation() {
        Finding f = only(violations("""
                <id/source/doc> a wco:SourceDocument ; wco:fileName "doc.txt" ; wco:extractor "headed-sections" ;
                    dcterms:title "A page"@en .
                """));
        assertTrue(f.message().contains("language"), f.message());
    }

    @Test
    void theValidationReportInTurtleNamesTheGraphOfEachResult() {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(PREFIXES + "<id/cluster/tweed> a wco:BusinessCluster ; wco:claimBasis wco:StatedBySource ; dcterms:source <id/source/x> .", Lang.TURTLE)
                .base("http://localhost:8080/").parse(model);
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel(GRAPH, model);
        Model rdf = VALIDATOR.validate(ds).toRdf();
        assertTrue(rdf.contains(null, org.apache.jena.vocabulary.DCTerms.source, rdf.createResource(GRAPH)));
        assertTrue(rdf.contains(null, rdf.createProperty("http://www.w3.org/ns/shacl#focusNode"),
                rdf.createResource("http://localhost:8080/id/cluster/tweed")));
    }

    private static final String ALIGNMENT = """
            <id/alignment/domain-plastics> a wco:SectorAlignment ; wco:claimBasis wco:StatedBySource ; wco:slug "domain-plastics" ;
                wco:alignmentOf <id/domain/plastics> ; wco:alignedSector <id/sector/nace-222> ; wco:scopeClear true ;
                wco:justification "The plastics cluster: the manufacture of plastics products."@en ;
                wco:evidence <id/passage/clusters-en-l41> ; dcterms:source <id/source/clusters-en> .
            """;

    @Test
    void aWellFormedSectorAlignmentConforms() {
        assertEquals(List.of(), violations(ALIGNMENT));
    }

    @Test
    void anAlignmentSayingTheScopeIsClearWithoutASectorIsAViolation() {
        Finding f = only(violations(ALIGNMENT.replace("wco:alignedSector <id/sector/nace-222> ;", "")));
        assertTrue(f.message().contains("scope clear but no sector"), f.message());
    }

    @Test
    void anAlignmentToAWholeSectionIsAViolation() {
        Finding f = only(violations(ALIGNMENT.replace("<id/sector/nace-222>", "<id/sector/nace-c>")));
        assertTrue(f.message().contains("never a whole section"), f.message());
    }

    @Test
    void anAlignmentWithoutItsPassageIsAViolation() {
        Finding f = only(violations(ALIGNMENT.replace("wco:evidence <id/passage/clusters-en-l41> ;", "")));
        assertTrue(f.message().contains("cites the source passages"), f.message());
    }

    @Test
    void aSupplyLinkWithoutItsCustomerSectorIsAViolation() {
        Finding f = only(violations("""
                <id/supply/nace-2016-to-nace-222> a wco:SupplyLink ; wco:claimBasis wco:StatedBySource ; wco:slug "nace-2016-to-nace-222" ;
                    wco:supplierSector <id/sector/nace-2016> ;
                    wco:justification "Raw materials for the plastics processors."@en ;
                    wco:evidence <id/passage/key-sectors-en-l63> ; dcterms:source <id/source/key-sectors-en> .
                """));
        assertTrue(f.message().contains("one customer sector"), f.message());
    }
}
