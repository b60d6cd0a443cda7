package be.wallonia.clusterkg.enrich;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.assemble.DatasetAssembler;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The derivation rules over the real assembled dataset, asked in SPARQL, and the rule runner on small inputs. */
class DerivationsTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String PREFIXES = """
            PREFIX wco: <https://w3id.org/wallonia-clusters/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX cluster: <http://localhost:8080/id/cluster/>
            PREFIX pole: <http://localhost:8080/id/pole/>
            PREFIX complementarity: <http://localhost:8080/id/complementarity/>
            PREFIX derived: <http://localhost:8080/graph/derived/>
            """;
    static Iris iris;
    static Dataset dataset;
    static SortedMap<String, Model> derived;

    @BeforeAll
    static void derive() {
        DatasetAssembler assembler = DatasetAssembler.create().build();
        iris = assembler.iris();
        dataset = assembler.assemble().dataset();
        derived = Derivations.standard().derive(dataset, iris, NOW);
        derived.forEach(dataset::addNamedModel);
    }

    private static List<String> select(String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(r -> {
                List<String> cells = new ArrayList<>();
                r.varNames().forEachRemaining(v -> cells.add(r.get(v).toString().replace(iris.base(), "")));
                rows.add(String.join(" ", cells));
            });
        }
        return rows;
    }

    private static boolean ask(String query) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(PREFIXES + query).build()) {
            return qe.execAsk();
        }
    }

    @Test
    void eachRuleWritesItsOwnDerivedGraph() {
        assertEquals(List.of("basis-weight", "horizontal-by-sector", "network-sectors", "strength", "vertical-by-supply"),
                derived.keySet().stream().map(g -> g.substring(iris.derivedGraphPrefix().length())).toList());
    }

    @Test
    void aNetworkTakesTheSectorsOfItsOwnAlignmentAndOfItsDomains() {
        assertEquals(List.of("id/sector/nace-2016", "id/sector/nace-222", "id/sector/nace-2573"), select("""
                SELECT ?s WHERE { GRAPH derived:network-sectors { cluster:plastiwin wco:sector ?s } } ORDER BY ?s"""));
    }

    @Test
    void aNetworkWhoseDomainsTheSourcesLeaveUnclearHasNoSector() {
        assertTrue(!ask("ASK { GRAPH ?g { cluster:nutrition wco:sector ?s } }"));
    }

    @Test
    void twoNetworksCoveringTheSameDivisionAreHorizontallyComplementary() {
        assertEquals(List.of("id/sector/nace-25 id/rule/horizontal-by-sector"), select("""
                SELECT ?shared ?rule WHERE { GRAPH derived:horizontal-by-sector {
                  complementarity:horizontal-plastiwin-mecatech a wco:HorizontalComplementarity , wco:DerivedComplementarity ;
                      wco:party cluster:plastiwin , pole:mecatech ; wco:basis [ wco:sharedSector ?shared ] ; wco:derivedBy ?rule } }"""));
    }

    @Test
    void aSharedSectorIsTheMostSpecificSectorBothNetworksCover() {
        // CAP 2020 and Eco-Construction both name architects (71.11): not also its group 71.1 or its division 71
        assertEquals(List.of("id/sector/nace-41", "id/sector/nace-43", "id/sector/nace-7111"), select("""
                SELECT ?shared WHERE { GRAPH derived:horizontal-by-sector {
                  complementarity:horizontal-cap-2020-eco-construction wco:basis [ wco:sharedSector ?shared ] } } ORDER BY ?shared"""));
    }

    @Test
    void aBasisNamesTheAlignmentsThatPutEachPartyInItsSector() {
        assertEquals(List.of("id/alignment/domain-mechanical-engineering", "id/alignment/network-mecatech",
                "id/alignment/network-plastiwin"), select("""
                SELECT ?alignment WHERE { GRAPH derived:horizontal-by-sector {
                  complementarity:horizontal-plastiwin-mecatech wco:basis ?basis .
                  ?basis a wco:SharedSectorBasis ; wco:viaAlignment ?alignment } } ORDER BY ?alignment"""));
    }

    @Test
    void aBasisWeighsItsSpecificityDividedByTheRelationsThatRestOnIt() {
        // a class that only CAP 2020 and Eco-Construction share: 3 / 1; the link 23 → 41 under three relations: 1 / 3
        assertEquals(List.of("3.0"), select("""
                SELECT (STR(?w) AS ?weight) WHERE { GRAPH derived:basis-weight { <http://localhost:8080/id/complementarity/horizontal-cap-2020-eco-construction#nace-7111> wco:weight ?w } }"""));
        assertEquals(List.of("3"), select("""
                SELECT (STR(COUNT(DISTINCT ?r)) AS ?n) WHERE { GRAPH derived:vertical-by-supply {
                  ?r wco:basis/wco:viaSupplyLink <http://localhost:8080/id/supply/nace-23-to-nace-41> } }"""));
        assertEquals(List.of("0.33"), select("""
                SELECT (STR(?w) AS ?weight) WHERE { GRAPH derived:basis-weight { <http://localhost:8080/id/complementarity/vertical-cap-2020-eco-construction#nace-23-to-nace-41> wco:weight ?w } }"""));
    }

    @Test
    void aRelationsStrengthIsTheSumOfItsBasesWeights() {
        // 71.11 (3) + 41 (1) + 43 (1)
        assertEquals(List.of("5.0"), select("""
                SELECT (STR(?s) AS ?strength) WHERE { GRAPH derived:strength {
                  complementarity:horizontal-cap-2020-eco-construction wco:strength ?s } }"""));
    }

    @Test
    void everyDerivedRelationHasAStrength() {
        assertEquals(List.of(), select("""
                SELECT ?c WHERE { GRAPH ?d { ?c a wco:DerivedComplementarity } FILTER NOT EXISTS { GRAPH ?s { ?c wco:strength ?x } } }"""));
    }

    @Test
    void twoNetworksThatShareOnlyAGenericDivisionAreNotComplementary() {
        // ARESA (clinical research, 72.1) and Photonique (optical instruments 26.7, its centres' research 72.1)
        assertEquals(List.of("id/sector/nace-721"), select("""
                SELECT ?s WHERE { GRAPH derived:network-sectors { cluster:aresa wco:sector ?s } } ORDER BY ?s"""));
        assertTrue(ask("ASK { GRAPH derived:network-sectors { cluster:photonique wco:sector <http://localhost:8080/id/sector/nace-721> } }"));
        assertEquals(List.of(), select("""
                SELECT ?r WHERE { GRAPH ?g { ?r wco:party cluster:aresa , cluster:photonique } }"""));
    }

    @Test
    void aNetworkAMergerEndedHasNoDerivedComplementarity() {
        assertTrue(ask("ASK { GRAPH ?g { ?change wco:predecessor cluster:wallonie-espace } }"));
        assertEquals(List.of(), select("""
                SELECT ?r WHERE { GRAPH ?c { ?change wco:predecessor ?ended } GRAPH ?g { ?r wco:party ?ended } }"""));
        assertEquals(List.of(), select("""
                SELECT ?other WHERE { GRAPH ?g { cluster:wallonie-espace wco:complementaryTo|^wco:complementaryTo ?other } }"""));
    }

    @Test
    void twoNetworksThatOnlyStandUnderOnePageHeadingAreNotComplementary() {
        // the key sectors page puts Infopole and Plastiwin under "Transversal Technologies", and says nothing more of them together
        assertTrue(ask("ASK { GRAPH ?g { cluster:infopole wco:thematicGroup ?group . cluster:plastiwin wco:thematicGroup ?group } }"));
        assertEquals(List.of(), select("""
                SELECT ?r WHERE { GRAPH ?g { ?r wco:party cluster:infopole , cluster:plastiwin } }"""));
        assertEquals(List.of(), select("""
                SELECT ?r WHERE { GRAPH ?g { ?r wco:party cluster:twist , pole:mecatech } }"""));
    }

    @Test
    void aNetworkWhoseSectorSuppliesAnothersIsItsUpstreamParty() {
        assertEquals(List.of("id/cluster/plastiwin id/pole/skywin id/supply/nace-222-to-nace-303 https://w3id.org/wallonia-clusters/ontology#Market"),
                select("""
                SELECT ?up ?down ?link ?nature WHERE { GRAPH derived:vertical-by-supply {
                  complementarity:vertical-plastiwin-skywin a wco:VerticalComplementarity ;
                      wco:upstreamParty ?up ; wco:downstreamParty ?down ; wco:basis [ wco:viaSupplyLink ?link ] ;
                      wco:exchangeNature ?nature } }"""));
    }

    @Test
    void aSupplyLinkAppliesToTheSectorsItNamesNotToBroaderOrNarrowerOnes() {
        // the link 20 → 41 (GreenWin's durable materials in buildings) names chemistry as a whole: Plastiwin is in 20.16 only
        assertTrue(ask("ASK { GRAPH derived:vertical-by-supply { ?r wco:upstreamParty pole:greenwin ; wco:downstreamParty cluster:cap-2020 } }"));
        assertTrue(ask("ASK { GRAPH derived:network-sectors { cluster:plastiwin wco:sector <http://localhost:8080/id/sector/nace-2016> } }"));
        assertEquals(List.of(), select("""
                SELECT ?r WHERE { GRAPH ?g { ?r wco:party cluster:plastiwin , cluster:cap-2020 } }"""));
        // the link 20.16 → 22.2 (Plastiwin's own value chain) says nothing of all chemistry, GreenWin's 20
        assertEquals(List.of(), select("""
                SELECT ?r WHERE { GRAPH ?g { ?r wco:upstreamParty pole:greenwin ; wco:downstreamParty cluster:plastiwin } }"""));
    }

    @Test
    void aRelationAReviewerRefusedIsNotDerived() {
        DatasetAssembler assembler = DatasetAssembler.create().build();
        Dataset refused = assembler.assemble().dataset();
        String relation = iris.base() + "id/complementarity/vertical-mitech-plastiwin";
        Model curated = refused.getNamedModel(iris.curatedGraph());
        curated.createResource(iris.base() + "id/refusal/r")
                .addProperty(curated.createProperty(be.wallonia.clusterkg.vocab.WCO.NS + "refusedClaim"), curated.createResource(relation));
        SortedMap<String, Model> graphs = Derivations.standard().derive(refused, iris, NOW);
        String vertical = iris.derivedGraph("vertical-by-supply");
        assertTrue(derived.get(vertical).containsResource(curated.createResource(relation)), "derived without the refusal");
        assertTrue(!graphs.get(vertical).containsResource(curated.createResource(relation)));
    }

    @Test
    void everyDerivedRelationHasTwoDistinctPartiesAndItsRule() {
        assertEquals(List.of(), select("""
                SELECT ?c WHERE { ?c a wco:DerivedComplementarity .
                  FILTER(NOT EXISTS { ?c wco:derivedBy ?rule }
                      || EXISTS { SELECT ?c WHERE { ?c wco:party ?p } GROUP BY ?c HAVING (COUNT(DISTINCT ?p) != 2) }) }"""));
    }

    @Test
    void noSourceOrCuratedGraphStatesADerivedRelation() {
        assertTrue(!ask("""
                ASK { GRAPH ?g { ?c a wco:DerivedComplementarity } FILTER(!STRSTARTS(STR(?g), STR(derived:))) }"""));
    }

    @Test
    void aDerivedGraphNamesTheRuleThatMadeItWithTheRuleText() {
        List<String> rows = select("""
                SELECT ?rule WHERE { GRAPH derived:vertical-by-supply {
                  derived:vertical-by-supply prov:wasGeneratedBy [ prov:wasAssociatedWith ?rule ] .
                  ?rule a wco:DerivationRule , prov:Plan ; rdfs:comment ?text . FILTER(CONTAINS(?text, "CONSTRUCT")) } }""");
        assertEquals(List.of("id/rule/vertical-by-supply"), rows);
    }

    @Test
    void aLaterRuleSeesWhatAnEarlierRuleDerived() {
        Dataset small = DatasetFactory.create();
        Model curated = ModelFactory.createDefaultModel();
        RDFParser.fromString("<http://localhost:8080/id/x/a> <http://example.org/p> <http://localhost:8080/id/x/b> .", Lang.TURTLE).parse(curated);
        small.addNamedModel(iris.curatedGraph(), curated);
        Derivations rules = Derivations.of(List.of(
                new Derivations.Rule("first", "q from p", "CONSTRUCT { ?a <http://example.org/q> ?b } WHERE { ?a <http://example.org/p> ?b }"),
                new Derivations.Rule("second", "r from q", "CONSTRUCT { ?b <http://example.org/r> ?a } WHERE { ?a <http://example.org/q> ?b }")));
        SortedMap<String, Model> graphs = rules.derive(small, iris, NOW);
        assertTrue(graphs.get(iris.derivedGraph("second")).contains(
                graphs.get(iris.derivedGraph("second")).createResource("http://localhost:8080/id/x/b"),
                graphs.get(iris.derivedGraph("second")).createProperty("http://example.org/r")));
    }

    @Test
    void aRuleThatDerivesNothingNewGetsNoGraph() {
        Derivations rules = Derivations.of(List.of(new Derivations.Rule("restates", "the same", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")));
        assertEquals(List.of(), List.copyOf(rules.derive(dataset, iris, NOW).keySet()));
    }
}
