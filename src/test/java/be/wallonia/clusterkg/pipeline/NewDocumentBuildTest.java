package be.wallonia.clusterkg.pipeline;

import be.wallonia.clusterkg.imports.ImportFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A new document of a known shape needs only the file and its manifest entry: a French page listing clusters with
 * their domains, added to a copy of data/, is built into its own graph and its networks answer in SPARQL.
 */
class NewDocumentBuildTest {
    @TempDir static Path dir;
    static BuiltGraph graph;

    @BeforeAll
    static void build() throws IOException {
        Path data = ImportFixtures.copyOfData(dir);
        Files.writeString(data.resolve("sources").resolve("009_clusters-bois.txt"), """
                ## Les clusters wallons du bois et de l'énergie

                BOISNET\tFilière bois et sciage
                TWEED\tÉnergie durable
                """);
        Files.writeString(data.resolve("sources.ttl"), Files.readString(data.resolve("sources.ttl")) + """

                <id/source/clusters-bois-fr> a wco:SourceDocument ;
                    wco:slug "clusters-bois-fr" ;
                    wco:fileName "009_clusters-bois.txt" ;
                    wco:extractor "network-table" ;
                    dcterms:title "Les clusters du bois (page de test)"@fr ;
                    dcterms:language "fr" ;
                    dcterms:format "text/markdown" .
                """);
        graph = BuiltGraph.buildInto(dir.resolve("out"), data, BuiltGraph.BASE);
    }

    @Test
    void theNewPagesNetworksAreBusinessClustersInItsGraphWithTheirDomains() {
        assertEquals(List.of("boisnet Filière bois et sciage", "tweed Énergie durable"), graph.select("""
                SELECT ?network ?domain WHERE { GRAPH source:clusters-bois-fr {
                    ?network a wco:BusinessCluster ; wco:activityDomain ?d . ?d skos:prefLabel ?domain } }
                ORDER BY ?network""", s -> s.getResource("network").getURI().replaceFirst("^.*/", "") + " "
                + s.getLiteral("domain").getLexicalForm()));
    }

    @Test
    void aNetworkTheCuratedIdentitiesKnowKeepsItsIri() {
        assertEquals(List.of("http://localhost:8080/id/cluster/tweed"), graph.select("""
                SELECT ?network WHERE { GRAPH source:clusters-bois-fr { ?network a wco:BusinessCluster }
                    GRAPH graph:curated { ?network wco:slug ?slug } }""", s -> s.getResource("network").getURI()));
    }
}
