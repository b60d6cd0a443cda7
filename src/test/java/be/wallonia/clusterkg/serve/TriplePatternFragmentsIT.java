package be.wallonia.clusterkg.serve;

import be.wallonia.clusterkg.pipeline.BuiltGraph;
import be.wallonia.clusterkg.vocab.Hydra;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The graph as Triple Pattern Fragments at /fragments: counts, pages, look-ups, the metadata graph, errors, caching. */
class TriplePatternFragmentsIT {
    @TempDir static Path out;
    static GraphServer server;
    /** Where the server answers; the IRIs in its pages are under the graph's base, {@link BuiltGraph#BASE}. */
    static String url;
    static final String BASE = BuiltGraph.BASE;
    static final String LABELS = "fragments?predicate=" + Http.encode(RDFS.label.getURI());

    @BeforeAll
    static void start() {
        BuiltGraph graph = BuiltGraph.buildInto(out);
        server = GraphServer.create().build(graph.current()).port(0).iris(BuiltGraph.IRIS).build().start();
        url = server.localUrl();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static DatasetGraph trig(String pathAndQuery) throws Exception {
        HttpResponse<String> r = Http.get(url + pathAndQuery, "Accept", "application/trig");
        assertEquals(200, r.statusCode(), r.body());
        return RDFParser.create().fromString(r.body()).lang(Lang.TRIG).toDatasetGraph();
    }

    private static Node metadataGraph(String pathAndQuery) {
        String fragment = BASE + pathAndQuery.replaceAll("[?&]page=\\d+", "");
        return NodeFactory.createURI(fragment + "#metadata");
    }

    /** The one object of a subject and predicate in the metadata graph of a page. */
    private static Node metadata(DatasetGraph page, Node graph, String subject, Node predicate) {
        List<Triple> found = page.getGraph(graph).find(NodeFactory.createURI(subject), predicate, Node.ANY).toList();
        assertEquals(1, found.size(), subject + " " + predicate + ": " + found);
        return found.get(0).getObject();
    }

    @Test
    void theCountOfAPatternIsTheCountSparqlGives() throws Exception {
        HttpResponse<String> sparql = Http.get(Http.query(url, "SELECT (COUNT(*) AS ?n) { ?s <" + RDFS.label.getURI()
                + "> ?o }"), "Accept", "text/csv");
        long expected = Long.parseLong(sparql.body().split("\r\n")[1]);
        Node total = metadata(trig(LABELS), metadataGraph(LABELS), BASE + LABELS, VOID.triples.asNode());
        assertEquals(expected, Long.parseLong(total.getLiteralLexicalForm()));
    }

    @Test
    void aPrefixedNameOfTheDatasetCountsAsItsIri() throws Exception {
        String prefixed = "fragments?predicate=rdfs:label";
        Node total = metadata(trig(prefixed), metadataGraph(prefixed), BASE + prefixed, Hydra.totalItems.asNode());
        Node full = metadata(trig(LABELS), metadataGraph(LABELS), BASE + LABELS, Hydra.totalItems.asNode());
        assertEquals(full, total);
    }

    @Test
    void aBlankNodesSkolemIriIsSentToTheFragmentOfItsStatements() throws Exception {
        String reified = "fragments?predicate=" + Http.encode(org.apache.jena.vocabulary.RDF.subject.getURI());
        Node skolem = trig(reified).getDefaultGraph().find().next().getSubject();
        HttpResponse<String> r = Http.get(url + skolem.getURI().substring(BASE.length()), "Accept", "application/trig");
        assertEquals(303, r.statusCode());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertEquals(BASE + "fragments?subject=" + Http.encode(skolem.getURI()), location);
        assertTrue(trig(location.substring(BASE.length())).getDefaultGraph()
                .contains(skolem, org.apache.jena.vocabulary.RDF.subject.asNode(), Node.ANY));
    }

    @Test
    void aSkolemIriThatNamesNoBlankNodeIsNotFound() throws Exception {
        assertEquals(404, Http.get(url + ".well-known/genid/nope", "Accept", "text/turtle").statusCode());
    }

    @Test
    void aPageHoldsAHundredTriples() throws Exception {
        assertEquals(100, trig(LABELS).getDefaultGraph().size());
    }

    @Test
    void theFirstPageLinksToTheSecond() throws Exception {
        Node next = metadata(trig(LABELS), metadataGraph(LABELS), BASE + LABELS, Hydra.next.asNode());
        assertEquals(BASE + LABELS + "&page=2", next.getURI());
    }

    @Test
    void aLaterPageLinksBackToTheFirstAndThePrevious() throws Exception {
        String third = LABELS + "&page=3";
        DatasetGraph page = trig(third);
        assertEquals(List.of(BASE + LABELS, BASE + LABELS + "&page=2"),
                List.of(metadata(page, metadataGraph(third), BASE + third, Hydra.first.asNode()).getURI(),
                        metadata(page, metadataGraph(third), BASE + third, Hydra.previous.asNode()).getURI()));
    }

    @Test
    void theFragmentIsASubsetOfTheDatasetWithTheSearchForm() throws Exception {
        DatasetGraph page = trig(LABELS);
        Node dataset = NodeFactory.createURI(BASE + "fragments#dataset");
        Graph metadata = page.getGraph(metadataGraph(LABELS));
        assertTrue(metadata.contains(dataset, VOID.subset.asNode(), NodeFactory.createURI(BASE + LABELS)), "void:subset");
        Node form = metadata(page, metadataGraph(LABELS), dataset.getURI(), Hydra.search.asNode());
        assertEquals(BASE + "fragments{?subject,predicate,object}",
                metadata.find(form, Hydra.template.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void aLiteralObjectFindsWhatItNames() throws Exception {
        String tweed = "fragments?predicate=" + Http.encode(RDFS.label.getURI()) + "&object=" + Http.encode("\"TWEED\"@en");
        assertEquals(List.of(Triple.create(NodeFactory.createURI(BASE + "id/cluster/tweed"), RDFS.label.asNode(),
                NodeFactory.createLiteralLang("TWEED", "en"))), trig(tweed).getDefaultGraph().find().toList());
    }

    @Test
    void theDefaultGraphOfTrigHoldsOnlyTheMatchingTriples() throws Exception {
        List<Triple> data = trig(LABELS).getDefaultGraph().find().toList();
        assertEquals(List.of(), data.stream().filter(t -> !t.getPredicate().equals(RDFS.label.asNode())).toList());
    }

    @Test
    void aMalformedIriIsA400NamingTheParameter() throws Exception {
        HttpResponse<String> r = Http.get(url + "fragments?subject=" + Http.encode("http://example.org/a b"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().startsWith("subject: not an IRI: http://example.org/a b"), r.body());
    }

    @Test
    void aPageSaysItVariesByAcceptAndNamesItsBuild() throws Exception {
        HttpResponse<String> r = Http.get(url + LABELS, "Accept", "text/turtle");
        assertEquals("Origin, Accept", r.headers().firstValue("Vary").orElse(""));
        assertTrue(r.headers().firstValue("ETag").orElse("").startsWith("\"" + server.buildId() + "-"), r.headers().map().toString());
    }

    @Test
    void aPageTheClientHasIsA304() throws Exception {
        String etag = Http.get(url + LABELS, "Accept", "text/turtle").headers().firstValue("ETag").orElseThrow();
        assertEquals(304, Http.get(url + LABELS, "Accept", "text/turtle", "If-None-Match", etag).statusCode());
    }

    @Test
    void aClientAcceptingNoRdfIsA406NamingTheFormats() throws Exception {
        HttpResponse<String> r = Http.get(url + LABELS, "Accept", "text/html");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().startsWith("Not acceptable: /fragments is offered as application/trig, application/n-quads"),
                r.body());
    }

    @Test
    void theHomePageLinksTheFragments() throws Exception {
        String home = Http.get(url, "Accept", "text/html").body();
        assertTrue(home.contains("<a href=\"/fragments\"><strong>Triple Pattern Fragments</strong></a>"), home);
    }
}
