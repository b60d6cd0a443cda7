package be.wallonia.clusterkg.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the built graph holds, asked in SPARQL of the TDB2 database, as a researcher would. */
class GraphContentTest {
    @TempDir static Path out;
    static BuiltGraph graph;

    @BeforeAll
    static void build() {
        graph = BuiltGraph.buildInto(out);
    }

    private static Set<String> slugs(String query) {
        return new TreeSet<>(graph.select(query, s -> s.getResource("n").getURI().replace(BuiltGraph.BASE + "id/", "")));
    }

    @Test
    void everyNetworkOfTheFiveDocumentsIsInSomeSourceGraph() {
        Set<String> found = slugs("SELECT DISTINCT ?n { GRAPH ?g { ?n a ?kind } FILTER(STRSTARTS(STR(?g), STR(source:)))"
                + " VALUES ?kind { wco:BusinessCluster wco:CompetitivenessCluster wco:CompanyNetwork } }");
        assertEquals(new TreeSet<>(List.of(
                "cluster/aresa", "cluster/auto-mobilite", "cluster/cap-2020", "cluster/dechets-solides",
                "cluster/eco-construction", "cluster/infopole", "cluster/mitech", "cluster/nutrition",
                "cluster/photonique", "cluster/plastiwin", "cluster/tweed", "cluster/twist", "cluster/wallonie-espace",
                "pole/biowin", "pole/greenwin", "pole/logistics-in-wallonia", "pole/mecatech", "pole/skywin",
                "pole/wagralim")), found);
    }

    @Test
    void networksNamedInAnEnglishAndAFrenchSourceHaveLabelsInBothLanguages() {
        Set<String> both = slugs("SELECT DISTINCT ?n { GRAPH ?e { ?n a ?kind ; rdfs:label ?en } GRAPH ?f { ?n rdfs:label ?fr }"
                + " FILTER(STRSTARTS(STR(?e), STR(source:)) && STRSTARTS(STR(?f), STR(source:)))"
                + " FILTER(LANG(?en) = 'en' && LANG(?fr) = 'fr')"
                + " VALUES ?kind { wco:BusinessCluster wco:CompetitivenessCluster wco:CompanyNetwork } }");
        assertEquals(new TreeSet<>(List.of("cluster/cap-2020", "cluster/dechets-solides", "cluster/eco-construction",
                "cluster/infopole", "cluster/photonique", "cluster/plastiwin", "cluster/tweed", "cluster/twist",
                "pole/logistics-in-wallonia")), both);
    }

    @Test
    void everyNetworkHasCuratedPreferredLabelsInEnglishAndFrench() {
        Set<String> missing = slugs("SELECT ?n { GRAPH source:clusters-2008-fr { ?n a wco:BusinessCluster }"
                + " FILTER NOT EXISTS { GRAPH graph:curated { ?n skos:prefLabel ?en, ?fr"
                + " FILTER(LANG(?en) = 'en' && LANG(?fr) = 'fr') } } }");
        assertEquals(Set.of(), missing);
    }

    @Test
    void logisticsInWalloniaIsAClusterInThe2008ListAndAPoleInTheKeySectorsPage() {
        List<String> kinds = graph.select("SELECT ?g ?kind { GRAPH ?g { pole:logistics-in-wallonia a ?kind } "
                + "FILTER(!STRSTARTS(STR(?g), \"http://localhost:8080/graph/inferred/\")) } ORDER BY ?g",
                s -> s.getResource("g").getURI().replace(BuiltGraph.BASE, "") + " " + s.getResource("kind").getLocalName());
        assertEquals(List.of("graph/curated CompetitivenessCluster",
                "graph/source/clusters-2008-fr BusinessCluster",
                "graph/source/key-sectors-en CompetitivenessCluster"), kinds);
    }

    @Test
    void theCountsOfRecognisedClustersDisagreeAndBothAreKept() {
        List<String> counts = graph.select("SELECT ?g ?n { GRAPH ?g { programme:walloon-clusters wco:recognisedNetworkCount ?n } } ORDER BY ?g",
                s -> s.getResource("g").getURI().replace(BuiltGraph.BASE + "graph/source/", "") + "=" + s.getLiteral("n").getInt());
        assertEquals(List.of("clusters-2008-fr=14", "clusters-en=6", "clusters-fr=6"), counts);
    }

    @Test
    void bioWinHasItsEightThemesInTheKeySectorsGraph() {
        List<String> themes = graph.select("SELECT ?label { GRAPH source:key-sectors-en { pole:biowin wco:hasTheme ?t ."
                + " ?t skos:prefLabel ?label ; wco:rank ?r } } ORDER BY ?r", s -> s.getLiteral("label").getString());
        assertEquals(List.of("Biomarkers + in vitro & in vivo diagnostic", "Innovative tools and instrumentation",
                "Drug delivery systems", "Novel therapies", "Information technologies applied to human health",
                "Innovative processes and organisational innovations", "Medical devices", "Drug discovery"), themes);
    }

    @Test
    void theMemberStatisticsOf2008CarryTheirDateAndShares() {
        List<String> rows = graph.select("SELECT ?count ?date ?kind ?value { GRAPH source:clusters-2008-fr {"
                + " ?s a wco:MembershipStatistics ; wco:memberCount ?count ; wco:memberCountIsLowerBound true ;"
                + " wco:referenceDate ?date ; wco:hasShare [ wco:memberKind ?kind ; wco:shareValue ?value ] } } ORDER BY ?value",
                s -> s.getLiteral("count").getInt() + " " + s.getLiteral("date").getLexicalForm() + " "
                        + s.getResource("kind").getURI().replace(BuiltGraph.BASE + "id/", "") + " " + s.getLiteral("value").getDouble());
        assertEquals(List.of("1000 2008-06-30 actor-kind/sme 64.0", "1000 2008-06-30 actor-kind/company 75.0"), rows);
    }

    @Test
    void theSameDomainReadInTheEnglishAndFrenchPagesIsOneConceptWithBothLabels() {
        List<String> labels = graph.select("SELECT ?l { GRAPH ?g { cluster:eco-construction wco:activityDomain ?d . ?d skos:prefLabel ?l }"
                + " FILTER(?g IN (source:clusters-en, source:clusters-fr)) } ORDER BY STR(?l)",
                s -> s.getLiteral("l").getString() + "@" + s.getLiteral("l").getLanguage());
        assertEquals(List.of("habitat durable@fr", "sustainable homes@en"), labels);
    }

    @Test
    void everyFactOfASourceGraphHasItsEvidenceQuotedFromItsOwnDocument() throws Exception {
        List<String> unevidenced = graph.select("""
                SELECT ?g ?s ?p ?o {
                  GRAPH ?g { ?s ?p ?o
                    FILTER(?p NOT IN (rdf:subject, rdf:predicate, rdf:object, wco:evidence, wco:quote, wco:lineNumber, wco:inDocument))
                    FILTER NOT EXISTS { ?s a rdf:Statement } FILTER NOT EXISTS { ?s a wco:Passage }
                    FILTER NOT EXISTS { [] rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; wco:evidence [] } }
                  FILTER(STRSTARTS(STR(?g), STR(source:)) && ?s != ?g)
                  FILTER NOT EXISTS { GRAPH ?g { ?g ?anyP ?s } }
                  FILTER(!STRSTARTS(STR(?s), "http://localhost:8080/id/source/") || ?p != <http://purl.org/dc/terms/source>)
                }""", s -> s.toString());
        assertEquals(List.of(), unevidenced.stream().filter(r -> !r.contains("/id/extractor/")).toList());

        List<String[]> passages = graph.select("SELECT ?file ?line ?quote { GRAPH ?g { ?p a wco:Passage ; wco:quote ?quote ;"
                + " wco:lineNumber ?line ; wco:inDocument ?doc } GRAPH graph:meta { ?doc wco:fileName ?file } }",
                s -> new String[] {s.getLiteral("file").getString(), s.getLiteral("line").getLexicalForm(), s.getLiteral("quote").getString()});
        assertTrue(passages.size() > 50, "passages: " + passages.size());
        for (String[] p : passages) {
            List<String> lines = Files.readAllLines(Path.of("data/sources").resolve(p[0]));
            assertEquals(lines.get(Integer.parseInt(p[1]) - 1).stripTrailing(), p[2], p[0] + ":" + p[1]);
        }
    }

    @Test
    void noPageNoiseBecomesData() {
        assertEquals(List.of(), graph.select("SELECT ?s ?o { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), STR(source:)))"
                + " FILTER(isLiteral(?o) && ?p != wco:quote"
                + " && REGEX(STR(?o), 'print this page|bookmark this page|imprimer cette page|\\\\.jpe?g|logo', 'i')) }",
                s -> s.toString()));
    }

    @Test
    void eachSourceGraphSaysWhichDocumentAndExtractorItCameFrom() {
        List<String> rows = graph.select("SELECT ?g ?ex { GRAPH ?g { ?g <http://www.w3.org/ns/prov#wasDerivedFrom> ?doc ;"
                + " <http://www.w3.org/ns/prov#wasGeneratedBy> [ <http://www.w3.org/ns/prov#wasAssociatedWith> ?ex ] }"
                + " FILTER(STRSTARTS(STR(?g), STR(source:))) } ORDER BY ?g",
                s -> s.getResource("g").getURI().replace(BuiltGraph.BASE + "graph/source/", "") + " "
                        + s.getResource("ex").getURI().replace(BuiltGraph.BASE + "id/extractor/", ""));
        assertEquals(List.of("cluster-definition-en headed-sections", "clusters-2008-fr network-table",
                "clusters-en headed-sections", "clusters-fr headed-sections", "key-sectors-en network-descriptions"), rows);
    }

    @Test
    void noResourceHasTwoPreferredLabelsInOneLanguageAcrossAllGraphs() {
        assertEquals(List.of(), graph.select("SELECT ?s ?a ?b { GRAPH ?g { ?s skos:prefLabel ?a } GRAPH ?h { ?s skos:prefLabel ?b }"
                + " FILTER(LANG(?a) = LANG(?b) && STR(?a) < STR(?b)) }", s -> s.toString()));
    }

    @Test
    void everyConceptSchemeAConceptIsInIsDeclared() {
        assertEquals(List.of(), graph.select("SELECT DISTINCT ?scheme { GRAPH ?g { ?c skos:inScheme ?scheme }"
                + " FILTER NOT EXISTS { GRAPH ?h { ?scheme a skos:ConceptScheme } } }", s -> s.toString()));
    }
}
