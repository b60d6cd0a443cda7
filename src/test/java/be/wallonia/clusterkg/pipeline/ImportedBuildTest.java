package be.wallonia.clusterkg.pipeline;

import be.wallonia.clusterkg.imports.ImportFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build of a copy of data/ with three imported files: the synthetic sample member list (CSV), a second member
 * list (xlsx) naming some of the same organisations, and a file of Turtle.
 */
class ImportedBuildTest {
    static final String ORG_PREFIXES = BuiltGraph.PREFIXES + """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX organisation: <http://localhost:8080/id/organisation/>
            """;

    @TempDir static Path dir;
    static BuiltGraph graph;

    @BeforeAll
    static void build() throws IOException {
        Path data = ImportFixtures.copyOfData(dir);
        ImportFixtures.addSample(data);
        Path sheet = ImportFixtures.xlsx(dir.resolve("members-second.xlsx"),
                List.of("Nom", "Type", "Réseaux", "Membre depuis", "Numéro BCE"),
                List.of(List.of("Exemple Plasturgie", "PME", "TWEED", LocalDate.of(2020, 1, 1), new BigDecimal("412345614")),
                        List.of("Institut Fictif de Formation", "centre de formation", "plastiwin"),
                        List.of("Nouvelle Fiction SA", "SME", "plastiwin", LocalDate.of(2021, 6, 1), "1023456797")));
        ImportFixtures.addImport(data, sheet, ImportFixtures.entry("members-second", "members-second.xlsx", "member-list",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        Path turtle = dir.resolve("extra.ttl");
        Files.writeString(turtle, "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                + "<id/cluster/tweed> rdfs:seeAlso <https://www.tweed.example/> .\n");
        ImportFixtures.addImport(data, turtle, ImportFixtures.entry("extra", "extra.ttl", "rdf", "text/turtle"));
        graph = BuiltGraph.buildInto(dir.resolve("out"), data, BuiltGraph.BASE);
    }

    private List<String> column(String query) {
        return graph.select(ORG_PREFIXES.substring(BuiltGraph.PREFIXES.length()) + query, s -> {
            var n = s.get(s.varNames().next());
            return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
        });
    }

    @Test
    void theSampleMembersAreOrganisationsOfTheirKindInTheGraphOfTheirFile() {
        assertEquals(List.of("Agence Publique Fictive public-authority", "Centre Imaginaire de Recherche research-centre",
                "Démo Polymères SA large-enterprise", "Exemple Plasturgie SA sme", "Fictive Moules SPRL sme",
                "Institut Fictif de Formation training-centre", "Université Exemplaire academic-institution"), column("""
                SELECT (CONCAT(?name, " ", REPLACE(STR(?kind), "^.*/", "")) AS ?x) WHERE {
                    GRAPH source:members-sample { ?o a org:Organization , ?c ; rdfs:label ?name }
                    GRAPH graph:curated { ?kind wco:actorClass ?c } } ORDER BY ?x"""));
        assertEquals(List.of("0412345614"), column("""
                SELECT ?n WHERE { GRAPH source:members-sample { organisation:be-0412345614 a wco:SME ; wco:companyNumber ?n ;
                    wco:mainActivity <http://localhost:8080/id/sector/nace-2221> } }"""));
    }

    @Test
    void eachNetworkOfARowIsAMembershipWithItsStartDate() {
        assertEquals(List.of("http://localhost:8080/id/cluster/plastiwin 2018-09-15", "http://localhost:8080/id/pole/mecatech 2018-09-15"), column("""
                SELECT (CONCAT(STR(?net), " ", STR(?since)) AS ?x) WHERE { GRAPH source:members-sample {
                    ?m a org:Membership ; org:member organisation:be-0423456765 ; org:organization ?net ; wco:memberSince ?since } }
                ORDER BY ?x"""));
    }

    @Test
    void theSameOrganisationInTwoFilesIsOneResourceAndTheBuildReportsTheMatch() {
        assertEquals(List.of("source/members-sample", "source/members-second"), column("""
                SELECT (REPLACE(STR(?g), "^.*graph/", "") AS ?x) WHERE { GRAPH ?g { organisation:be-0412345614 rdfs:label ?l } } ORDER BY ?x"""));
        assertEquals(List.of("http://localhost:8080/id/cluster/plastiwin", "http://localhost:8080/id/cluster/tweed"), column("""
                SELECT DISTINCT ?net WHERE { GRAPH ?g { ?m org:member organisation:be-0412345614 ; org:organization ?net } } ORDER BY ?net"""));
        List<String> matches = graph.report().organisationMatches();
        assertEquals(List.of(
                "http://localhost:8080/id/organisation/be-0412345614 (Exemple Plasturgie SA): members-sample.csv row 2, members-second.xlsx row 2 — same company number 0412.345.614",
                "http://localhost:8080/id/organisation/institut-fictif-de-formation (Institut Fictif de Formation): members-sample.csv row 6, members-second.xlsx row 3 — same name and website"),
                matches);
        assertTrue(graph.report().toText().contains("Organisations of the member lists found to be one:\n  " + matches.get(0)));
    }

    @Test
    void theComputedStatisticsCountTheDistinctMembersOfBothListsWithTheSmeShare() {
        assertEquals(List.of("6 sme 3 50.0"), column("""
                SELECT (CONCAT(STR(?n), " ", REPLACE(STR(?kind), "^.*/", ""), " ", STR(?count), " ", STR(?pct)) AS ?x) WHERE {
                    GRAPH <http://localhost:8080/graph/derived/member-statistics> { ?s wco:statisticsOf cluster:plastiwin ; wco:memberCount ?n ;
                        wco:hasShare ?share . ?share wco:memberKind ?kind ; wco:shareCount ?count ; wco:shareValue ?pct
                        FILTER(?kind = <http://localhost:8080/id/actor-kind/sme>) } }"""));
    }

    @Test
    void theComputedStatisticsSayHowTheyWereComputedAndFromWhatBesideTheStatedOnes() {
        assertEquals(List.of("http://localhost:8080/graph/source/members-sample http://localhost:8080/id/rule/member-statistics"), column("""
                SELECT (CONCAT(STR(?from), " ", STR(?rule)) AS ?x) WHERE { GRAPH <http://localhost:8080/graph/derived/member-statistics> {
                    ?s wco:statisticsOf pole:logistics-in-wallonia ; dcterms:source ?from ; wco:synthetic true ;
                       prov:wasGeneratedBy [ prov:wasAssociatedWith ?rule ] . ?rule a wco:DerivationRule ; rdfs:comment ?text } }"""));
        assertEquals(List.of("http://localhost:8080/graph/curated", "http://localhost:8080/graph/derived/member-statistics"), column("""
                SELECT ?g WHERE { GRAPH ?g { ?s a wco:MembershipStatistics ; wco:statisticsOf pole:logistics-in-wallonia } } ORDER BY ?g"""));
    }

    @Test
    void theSampleIsMarkedSyntheticInTheManifestAndOnItsGraph() {
        assertEquals(List.of("http://localhost:8080/graph/meta", "http://localhost:8080/graph/source/members-sample"), column("""
                SELECT ?g WHERE { GRAPH ?g { ?s wco:synthetic true FILTER(?s IN (<http://localhost:8080/id/source/members-sample>, source:members-sample)) } } ORDER BY ?g"""));
    }

    @Test
    void anRdfFileIsLoadedIntoItsOwnGraphDescribedWithProv() {
        assertTrue(graph.ask("""
                PREFIX prov: <http://www.w3.org/ns/prov#>
                ASK { GRAPH source:extra { cluster:tweed rdfs:seeAlso <https://www.tweed.example/> .
                    source:extra prov:wasDerivedFrom <http://localhost:8080/id/source/extra> ; prov:wasGeneratedBy [ prov:wasAssociatedWith <http://localhost:8080/id/extractor/rdf> ] } }"""));
    }
}
