package be.wallonia.clusterkg.serve;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.imports.ImportFixtures;
import be.wallonia.clusterkg.pipeline.BuiltGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample member list dropped into a copy of data/ and built: its members on the network's page and in SPARQL. */
class MembersPageIT {
    @TempDir static Path dir;
    static GraphServer server;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String base = "http://localhost:" + port + "/";
        Path data = ImportFixtures.copyOfData(dir);
        ImportFixtures.addSample(data);
        BuiltGraph graph = BuiltGraph.buildInto(dir.resolve("out"), data, base);
        server = GraphServer.create().build(graph.current()).port(port).iris(new Iris(base)).build().start();
        url = server.localUrl();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void theNetworkPageListsItsMembersWithKindSinceAndLink() throws Exception {
        HttpResponse<String> r = Http.get(url + "doc/cluster/plastiwin", "Accept", "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<h2 id=\"members\">Members (5)</h2>"), html);
        assertTrue(html.contains("<tr><td><a href=\"/doc/organisation/be-0412345614\">Exemple Plasturgie SA</a></td>"
                + "<td>Small and medium-sized enterprise</td><td>2015-03-01</td></tr>"), html);
        assertTrue(html.contains("Members of Plastiwin, computed from the member lists"), "the computed statistics are linked");
    }

    @Test
    void theFrenchPageNamesTheKindsInFrench() throws Exception {
        String html = Http.get(url + "doc/cluster/plastiwin?lang=fr", "Accept", "text/html").body();
        assertTrue(html.contains("<h2 id=\"members\">Membres (5)</h2>"), html);
        assertTrue(html.contains("<td>Petite et moyenne entreprise</td>"), html);
    }

    @Test
    void theMembersAnswerInSparql() throws Exception {
        String query = """
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?name WHERE { ?m org:organization <%sid/cluster/plastiwin> ; org:member ?o . ?o rdfs:label ?name } ORDER BY ?name
                """.formatted(url);
        HttpResponse<String> r = Http.get(url + "sparql?query=" + Http.encode(query), "Accept", "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals("name\r\nCentre Imaginaire de Recherche\r\nDémo Polymères SA\r\nExemple Plasturgie SA\r\nFictive Moules SPRL\r\n"
                + "Institut Fictif de Formation\r\n", r.body());
    }
}
