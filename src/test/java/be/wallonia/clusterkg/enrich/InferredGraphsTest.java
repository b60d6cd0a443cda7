package be.wallonia.clusterkg.enrich;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.assemble.DatasetAssembler;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inferred graphs of the real assembled dataset (data/ and ontology/), asked in SPARQL as a researcher would. */
class InferredGraphsTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String PREFIXES = """
            PREFIX wco: <https://w3id.org/wallonia-clusters/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX pole: <http://localhost:8080/id/pole/>
            PREFIX graph: <http://localhost:8080/graph/>
            PREFIX inferred: <http://localhost:8080/graph/inferred/>
            """;
    static Iris iris;
    static Dataset dataset;
    static Model assembled;
    static InferredGraphs.Enrichment enrichment;

    @BeforeAll
    static void enrich() {
        DatasetAssembler assembler = DatasetAssembler.create().build();
        iris = assembler.iris();
        dataset = assembler.assemble().dataset();
        assembled = ModelFactory.createDefaultModel();
        dataset.listModelNames().forEachRemaining(g -> assembled.add(dataset.getNamedModel(g)));
        long start = System.nanoTime();
        enrichment = InferredGraphs.standard().addTo(dataset, iris, NOW);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("enrich: inferred triples per rule " + enrichment.counts() + " in " + millis + " ms");
    }

    private static <T> List<T> select(String query, Function<QuerySolution, T> row) {
        List<T> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(s -> rows.add(row.apply(s)));
        }
        return rows;
    }

    private static String local(String iri) { return iri.replace(Triples.BASE, ""); }

    @Test
    void bioWinIsInferredAnOrgOrganizationByTheSubclassRule() {
        assertEquals(List.of("graph/inferred/cax-sco"), select("SELECT ?g { GRAPH ?g { pole:biowin a org:Organization } }",
                s -> local(s.getResource("g").getURI())));
    }

    @Test
    void everyActivityDomainIsInferredASkosConcept() {
        List<String> domains = select("SELECT DISTINCT ?d { GRAPH ?g { ?d a wco:ActivityDomain } }", s -> s.getResource("d").getURI());
        assertEquals(37, domains.size());
        assertEquals(List.of(), select("SELECT DISTINCT ?d { GRAPH ?g { ?d a wco:ActivityDomain }"
                + " FILTER NOT EXISTS { GRAPH inferred:cax-sco { ?d a skos:Concept } } }", s -> s.getResource("d").getURI()));
    }

    @Test
    void theInferredGraphsAreNamedAfterTheRuleThatProducedThem() {
        assertEquals(List.of("graph/inferred/cax-sco", "graph/inferred/prp-inv1", "graph/inferred/prp-rng",
                        "graph/inferred/prp-spo1", "graph/inferred/scm-sco", "graph/inferred/scm-spo"),
                select("SELECT DISTINCT ?g { GRAPH ?g { } FILTER(STRSTARTS(STR(?g), STR(inferred:))) } ORDER BY ?g",
                        s -> local(s.getResource("g").getURI())));
    }

    @Test
    void eachInferredGraphSaysWhenAndByWhichRuleItWasGenerated() {
        List<String> rows = select("""
                SELECT ?g ?rule ?time ?label ?text { GRAPH ?g { ?g a prov:Entity ; prov:generatedAtTime ?time ;
                    prov:wasGeneratedBy [ a prov:Activity ; prov:wasAssociatedWith ?rule ] .
                  ?rule a prov:Plan , wco:DerivationRule ; rdfs:label ?label ; rdfs:comment ?text } }
                ORDER BY ?g""", s -> local(s.getResource("g").getURI()) + " " + local(s.getResource("rule").getURI()) + " "
                + s.getLiteral("time").getLexicalForm() + " " + s.getLiteral("label").getLanguage() + " "
                + s.getLiteral("text").getString().substring(0, s.getLiteral("text").getString().indexOf(':') + 1));
        assertEquals(List.of(
                "graph/inferred/cax-sco id/rule/cax-sco 2026-01-01T00:00:00Z en [cax-sco:",
                "graph/inferred/prp-inv1 id/rule/prp-inv1 2026-01-01T00:00:00Z en [prp-inv1:",
                "graph/inferred/prp-rng id/rule/prp-rng 2026-01-01T00:00:00Z en [prp-rng:",
                "graph/inferred/prp-spo1 id/rule/prp-spo1 2026-01-01T00:00:00Z en [prp-spo1:",
                "graph/inferred/scm-sco id/rule/scm-sco 2026-01-01T00:00:00Z en [scm-sco:",
                "graph/inferred/scm-spo id/rule/scm-spo 2026-01-01T00:00:00Z en [scm-spo:"), rows);
    }

    @Test
    void eachInferredGraphNamesTheGraphsAndVocabulariesItWasInferredFrom() {
        assertEquals(List.of("graph/curated", "graph/meta", "graph/nace", "graph/ontology", "graph/source/cluster-definition-en",
                        "graph/source/clusters-2008-fr", "graph/source/clusters-en", "graph/source/clusters-fr",
                        "graph/source/key-sectors-en", "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#", "https://schema.org/"),
                select("SELECT ?used { GRAPH inferred:prp-rng { inferred:prp-rng prov:wasGeneratedBy [ prov:used ?used ] } } ORDER BY ?used",
                        s -> local(s.getResource("used").getURI())));
    }

    @Test
    void noInferredTripleIsAssertedInTheAssembledDataset() {
        List<String> restated = new ArrayList<>();
        enrichment.byRule().forEach((rule, m) -> m.listStatements().forEachRemaining(st -> {
            if (assembled.contains(st)) restated.add(rule + " " + st);
        }));
        assertEquals(List.of(), restated);
    }

    @Test
    void eachInferredTripleIsInExactlyOneInferredGraph() {
        assertEquals(List.of(), select("""
                SELECT ?s ?p ?o (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), STR(inferred:))) }
                GROUP BY ?s ?p ?o HAVING (COUNT(DISTINCT ?g) > 1)""", s -> s.toString()));
    }

    @Test
    void theInferredTriplesAreExactlyWhatJenasForwardEngineDeducesAboutNamedResources() {
        GenericRuleReasoner reasoner = new GenericRuleReasoner(Entailment.standard().rules().stream().map(EntailmentRule::rule).toList());
        reasoner.setMode(GenericRuleReasoner.FORWARD);
        Model input = ModelFactory.createDefaultModel().add(assembled).add(InferredGraphs.alignedVocabularies());
        InfGraph inf = reasoner.bind(input.getGraph());
        inf.prepare();
        Set<Triple> deduced = new HashSet<>(inf.getDeductionsGraph().find()
                .filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank()).toList());
        Set<Triple> inferred = new HashSet<>();
        enrichment.byRule().values().forEach(m -> m.getGraph().find().forEachRemaining(inferred::add));
        assertEquals(deduced.size(), inferred.size());
        assertEquals(deduced, inferred);
    }

    @Test
    void aDatasetAlreadyEnrichedIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> InferredGraphs.standard().enrich(dataset, iris, NOW));
        assertTrue(e.getMessage().contains("already holds an inferred graph"), e.getMessage());
    }
}
