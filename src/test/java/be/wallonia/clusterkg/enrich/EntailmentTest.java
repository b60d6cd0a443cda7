package be.wallonia.clusterkg.enrich;

import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;

import static be.wallonia.clusterkg.enrich.Triples.aboutInstances;
import static be.wallonia.clusterkg.enrich.Triples.nonEmpty;
import static be.wallonia.clusterkg.enrich.Triples.turtle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each family of entailment rules, on tiny hand-written data read against the real ontology (with the aligned
 * vocabularies, as the build reads it): what is inferred, and which rule it is attributed to.
 */
class EntailmentTest {
    private static final Entailment ENTAILMENT = Entailment.standard();
    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/clusterkg.ttl")
            .add(InferredGraphs.alignedVocabularies());

    private static SortedMap<String, Model> infer(String data) {
        return ENTAILMENT.infer(ONTOLOGY, turtle(data));
    }

    private static SortedMap<String, Model> infer(String extraAxioms, String data) {
        Model ontology = ModelFactory.createDefaultModel().add(ONTOLOGY).add(turtle(extraAxioms));
        return ENTAILMENT.infer(ontology, turtle(data));
    }

    @Test
    void theRulesAreNamedAfterTheOwl2RlRulesInFileOrder() {
        assertEquals(List.of("cax-sco", "scm-sco", "prp-spo1", "scm-spo", "prp-dom", "prp-rng", "prp-inv1", "prp-inv2",
                        "prp-symp", "prp-trp", "cax-eqc1", "cax-eqc2", "prp-eqp1", "prp-eqp2"),
                ENTAILMENT.rules().stream().map(EntailmentRule::id).toList());
    }

    @Test
    void eachRuleCitesTheRdfsAndOwl2RlRulesItImplements() {
        EntailmentRule rule = ENTAILMENT.rule("cax-sco").orElseThrow();
        assertEquals("RDFS rdfs9; OWL 2 RL cax-sco", rule.cites());
        assertEquals("an instance of a class is an instance of each of its superclasses", rule.label());
        assertEquals("[cax-sco: (?c1 rdfs:subClassOf ?c2), notBNode(?c2), (?x rdf:type ?c1) -> (?x rdf:type ?c2)]", rule.text());
    }

    @Test
    void aBusinessClusterIsAFormalOrganizationAnOrganizationAndASchemaOrganization() {
        assertEquals(Map.of("cax-sco", Set.of(
                        "id:cluster/tweed a wco:CompanyNetwork",
                        "id:cluster/tweed a org:FormalOrganization",
                        "id:cluster/tweed a org:Organization",
                        "id:cluster/tweed a schema:Organization")),
                aboutInstances(infer("<id/cluster/tweed> a wco:BusinessCluster .")));
    }

    @Test
    void aThemeIsASkosConceptThroughNetworkFocus() {
        assertEquals(Map.of("cax-sco", Set.of(
                        "id:theme/x a wco:NetworkFocus",
                        "id:theme/x a skos:Concept")),
                aboutInstances(infer("<id/theme/x> a wco:Theme .")));
    }

    @Test
    void hasThemeImpliesHasFocus() {
        Map<String, Set<String>> about = aboutInstances(infer("""
                <id/cluster/tweed> a wco:BusinessCluster ; wco:hasTheme <id/theme/x> .
                <id/theme/x> a wco:Theme ."""));
        assertEquals(Set.of("id:cluster/tweed wco:hasFocus id:theme/x"), about.get("prp-spo1"));
    }

    @Test
    void succeedsGivesSucceededByThroughTheInverse() {
        Map<String, Set<String>> about = aboutInstances(infer("""
                <id/pole/skywin> a wco:CompetitivenessCluster ; wco:succeeds <id/cluster/ewa> .
                <id/cluster/ewa> a wco:BusinessCluster ."""));
        assertEquals(Set.of("id:cluster/ewa wco:succeededBy id:pole/skywin"), about.get("prp-inv1"));
        assertFalse(about.containsKey("prp-inv2"), about.toString());
    }

    @Test
    void complementaryToIsSymmetric() {
        Map<String, Set<String>> about = aboutInstances(infer("""
                <id/cluster/tweed> a wco:BusinessCluster ; wco:complementaryTo <id/cluster/plastiwin> .
                <id/cluster/plastiwin> a wco:BusinessCluster ."""));
        assertEquals(Set.of("id:cluster/plastiwin wco:complementaryTo id:cluster/tweed"), about.get("prp-symp"));
    }

    @Test
    void partOfProgrammeIsTransitiveOverThreeProgrammes() {
        Map<String, Set<String>> about = aboutInstances(infer("""
                <id/programme/a> a wco:Programme ; wco:partOfProgramme <id/programme/b> .
                <id/programme/b> a wco:Programme ; wco:partOfProgramme <id/programme/c> .
                <id/programme/c> a wco:Programme ."""));
        assertEquals(Set.of("id:programme/a wco:partOfProgramme id:programme/c"), about.get("prp-trp"));
    }

    @Test
    void aTransitiveConsequenceIsAttributedToTransitivityNotToTheInverseThatRestatesIt() {
        // a succeeds c follows from a succeeds b, b succeeds c (prp-trp, one step) and also from c succeededBy a
        // (prp-inv1, a rule earlier in the file), but c succeededBy a is itself derived from a succeeds c.
        Map<String, Set<String>> about = aboutInstances(infer("""
                <id/cluster/a> a wco:BusinessCluster ; wco:succeeds <id/cluster/b> .
                <id/cluster/b> a wco:BusinessCluster ; wco:succeeds <id/cluster/c> .
                <id/cluster/c> a wco:BusinessCluster ."""));
        assertEquals(Set.of("id:cluster/a wco:succeeds id:cluster/c"), about.get("prp-trp"));
        assertEquals(Set.of("id:cluster/b wco:succeededBy id:cluster/a", "id:cluster/c wco:succeededBy id:cluster/b",
                "id:cluster/c wco:succeededBy id:cluster/a"), about.get("prp-inv1"));
    }

    @Test
    void anEquivalentClassTypesBothWays() {
        Map<String, Set<String>> about = aboutInstances(infer("wco:CompanyNetwork owl:equivalentClass ex:Network .", """
                <id/cluster/tweed> a wco:CompanyNetwork .
                <id/network/x> a ex:Network ."""));
        assertEquals(Set.of("id:cluster/tweed a ex:Network"), about.get("cax-eqc1"));
        assertEquals(Set.of("id:network/x a wco:CompanyNetwork"), about.get("cax-eqc2"));
    }

    @Test
    void anEquivalentPropertyHoldsBothWays() {
        Map<String, Set<String>> about = aboutInstances(infer("wco:sector owl:equivalentProperty ex:sector .", """
                <id/cluster/tweed> a wco:BusinessCluster ; wco:sector <id/sector/energy> .
                <id/cluster/plastiwin> a wco:BusinessCluster ; ex:sector <id/sector/plastics> ."""));
        assertEquals(Set.of("id:cluster/tweed ex:sector id:sector/energy"), about.get("prp-eqp1"));
        assertEquals(Set.of("id:cluster/plastiwin wco:sector id:sector/plastics"), about.get("prp-eqp2"));
    }

    @Test
    void theDomainOfAPropertyTypesItsSubject() {
        Map<String, Set<String>> about = aboutInstances(infer("<id/cluster/tweed> wco:recognisedUnder <id/programme/p> ."));
        assertEquals(Set.of("id:cluster/tweed a wco:CompanyNetwork"), about.get("prp-dom"));
    }

    @Test
    void theRangeOfAPropertyTypesItsObject() {
        Map<String, Set<String>> about = aboutInstances(infer("<id/cluster/tweed> wco:recognisedUnder <id/programme/p> ."));
        assertEquals(Set.of("id:programme/p a wco:PolicyInstrument"), about.get("prp-rng"));
    }

    @Test
    void aLiteralIsNeverTypedByTheRangeOfADatatypeProperty() {
        Map<String, Set<String>> about = aboutInstances(infer("<id/passage/p> wco:quote \"TWEED: Technologie Wallonne\" ."));
        assertEquals(Set.of("id:passage/p a wco:Passage"), about.get("prp-dom"));
        assertFalse(about.containsKey("prp-rng"), about.toString());
    }

    @Test
    void anAnonymousClassRangeTypesNothing() {
        // wco:statisticsOf has the range [ owl:unionOf ( wco:CompanyNetwork wco:PolicyInstrument ) ]
        Map<String, Set<String>> about = aboutInstances(infer("<id/statistics/s> wco:statisticsOf <id/cluster/tweed> ."));
        assertEquals(Set.of("id:statistics/s a wco:MembershipStatistics"), about.get("prp-dom"));
        assertFalse(about.containsKey("prp-rng"), about.toString());
    }

    @Test
    void nothingAlreadyAssertedIsReEmitted() {
        assertEquals(Map.of("cax-sco", Set.of("id:cluster/tweed a org:Organization", "id:cluster/tweed a schema:Organization")),
                aboutInstances(infer("<id/cluster/tweed> a wco:BusinessCluster , wco:CompanyNetwork , org:FormalOrganization .")));
    }

    @Test
    void eachInferredTripleIsAttributedToExactlyOneRule() {
        SortedMap<String, Model> byRule = infer("""
                <id/cluster/a> a wco:BusinessCluster ; wco:succeeds <id/cluster/b> ; wco:hasTheme <id/theme/x> ;
                    wco:complementaryTo <id/cluster/b> ; wco:recognisedUnder <id/programme/p> .
                <id/cluster/b> wco:succeeds <id/cluster/c> .
                <id/programme/p> wco:partOfProgramme <id/programme/q> . <id/programme/q> wco:partOfProgramme <id/programme/r> .""");
        Set<Triple> union = new HashSet<>();
        long total = 0;
        for (Model m : byRule.values()) {
            total += m.size();
            m.getGraph().find().forEachRemaining(union::add);
        }
        assertEquals(total, union.size());
        assertEquals(Set.of("cax-sco", "prp-dom", "prp-inv1", "prp-rng", "prp-spo1", "prp-symp", "prp-trp", "scm-spo", "scm-sco"),
                nonEmpty(byRule).keySet());
    }

    @Test
    void theOntologyAloneEntailsTheTypesOfItsIndividualsAndTheSchemaClosure() {
        Map<String, Set<String>> all = nonEmpty(ENTAILMENT.infer(ONTOLOGY, ModelFactory.createDefaultModel()));
        assertEquals(Set.of("cax-sco", "scm-sco", "scm-spo"), all.keySet());
        assertEquals(Set.of("wco:Market a skos:Concept", "wco:NonMarket a skos:Concept"), all.get("cax-sco"));
        assertEquals(Set.of("wco:inDocument rdfs:subPropertyOf prov:wasDerivedFrom"), all.get("scm-spo"));
        assertEquals(Set.of("wco:BusinessCluster rdfs:subClassOf org:FormalOrganization",
                        "wco:BusinessCluster rdfs:subClassOf org:Organization",
                        "wco:BusinessCluster rdfs:subClassOf schema:Organization"),
                all.get("scm-sco").stream().filter(t -> t.startsWith("wco:BusinessCluster ")).collect(Collectors.toSet()));
    }

    @Test
    void aConclusionAboutAClassOfTheOntologyIsDropped() {
        // prp-dom would type the class wco:Theme itself: it is a subject of wco:rank here, with an invented domain
        Map<String, Set<String>> all = nonEmpty(infer("wco:rank rdfs:domain ex:Ranked .", "wco:Theme wco:rank 1 . <id/theme/x> wco:rank 2 ."));
        assertEquals(Set.of("id:theme/x a ex:Ranked"), all.get("prp-dom"));
    }

    @Test
    void aRuleWithoutANameIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Entailment.parse("""
                # label: reversed
                # implements: nothing
                [(?a ?p ?b) -> (?b ?p ?a)]
                """));
        assertTrue(e.getMessage().contains("must be named"), e.getMessage());
    }

    @Test
    void aRuleWithoutALabelIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Entailment.parse("""
                # implements: nothing
                [reversed: (?a ?p ?b) -> (?b ?p ?a)]
                """));
        assertTrue(e.getMessage().contains("'# label:'"), e.getMessage());
    }
}
