package be.wallonia.clusterkg.serve.negotiate;

import be.wallonia.clusterkg.format.MediaTypes;
import be.wallonia.clusterkg.vocab.Iris;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What each real client gets, by the exact Accept header it sends (captured from Comunica 5.4, its link traversal
 * 0.5, rdflib 6.1, rapper 2.0.15 and roqet 0.9.33, Jena 5.6's RDFParser, RDF4J's SPARQLRepository, the JDK's
 * URLConnection under RDF4J Rio, curl 7.88, Chromium 156 and Firefox), for each kind of document.
 */
class NegotiatedTest {
    private static final Iris IRIS = new Iris("http://example.org/");
    private static final String COMUNICA = "application/n-quads,application/trig;q=0.95,application/ld+json;q=0.9,"
            + "application/n-triples;q=0.8,text/turtle;q=0.6,application/rdf+xml;q=0.5,text/n3;q=0.35,application/xml;q=0.3,"
            + "image/svg+xml;q=0.3,text/xml;q=0.3,text/html;q=0.2,application/xhtml+xml;q=0.18,application/json;q=0.135,"
            + "text/shaclc;q=0.1,text/shaclc-ext;q=0.05";
    private static final String RDFLIB = "application/rdf+xml,text/rdf+n3;q=0.9,application/xhtml+xml;q=0.5, */*;q=0.1";
    private static final String RAPPER = "application/rdf+xml, text/rdf;q=0.6, application/n-triples, text/plain;q=0.1, "
            + "text/turtle, application/x-turtle, application/turtle, text/n3;q=0.3, text/rdf+n3;q=0.3, application/rdf+n3;q=0.3, "
            + "application/x-trig, application/rss;q=0.8, application/rss+xml;q=0.8, text/rss;q=0.8, application/xml;q=0.3, "
            + "text/xml;q=0.3, application/atom+xml;q=0.3, text/html;q=0.2, application/xhtml+xml;q=0.4, text/html;q=0.6, "
            + "application/xhtml+xml;q=0.8, application/json;q=0.1, text/json;q=0.1, text/x-nquads, */*;q=0.1";
    private static final String JENA = "text/turtle,application/n-triples;q=0.9,application/rdf+xml;q=0.7,application/trig,"
            + "application/n-quads;q=0.9,application/ld+json;q=0.8,*/*;q=0.5";
    private static final String RDF4J_CONSTRUCT = "application/n-triples;q=0.7, text/plain;q=0.7, application/rdf+xml;q=0.4, "
            + "application/xml;q=0.4, text/xml;q=0.4, text/turtle, application/x-turtle, application/owl+xml;q=0.8, "
            + "application/trig;q=0.8, application/x-trig;q=0.8, application/x-trigstar;q=0.8, application/n-quads;q=0.7, "
            + "text/x-nquads;q=0.7, text/nquads;q=0.7, text/owl-functional;q=0.8, text/owl-manchester;q=0.8, "
            + "application/x-ld+ndjson;q=0.8, text/x-turtlestar;q=0.8, application/x-turtlestar;q=0.8, application/ld+json;q=0.8";
    private static final String JDK_URL_CONNECTION = "text/html, image/gif, image/jpeg, */*; q=0.2";
    private static final String CHROMIUM = "text/html,application/xhtml+xml,application/xml;q=0.9,image/jxl,image/avif,"
            + "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
    private static final String FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    /** A resource's document: HTML when the client has no preference. */
    private static final Negotiated ENTITY = Negotiated.of(IRIS, "doc/cluster/tweed", MediaTypes.ALL, Languages.OFFERED).htmlFirst();
    /** The service description, VoID, the ontology: RDF when the client has no preference. */
    private static final Negotiated DESCRIPTION = Negotiated.of(IRIS, "sparql", MediaTypes.ALL, List.of("en"));
    private static final Negotiated COVERAGE = Negotiated.of(IRIS, "coverage",
            List.of(MediaTypes.TEXT, MediaTypes.CSV, MediaTypes.JSON), Languages.OFFERED).htmlFirst();

    private static Optional<String> chosen(Negotiated document, String accept) {
        return MediaTypes.choose(accept, document.mediaTypes());
    }

    @ParameterizedTest(name = "{0} gets {1} for a resource")
    @CsvSource(delimiter = '|', value = {
            "COMUNICA|application/n-quads", "RDFLIB|application/rdf+xml", "RAPPER|text/turtle", "JENA|text/turtle",
            "RDF4J_CONSTRUCT|text/turtle", "JDK_URL_CONNECTION|text/html", "CURL|text/html", "CHROMIUM|text/html",
            "FIREFOX|text/html"})
    void eachClientGetsTheFormItPrefersForAResourceDocument(String client, String expected) {
        assertEquals(Optional.of(expected), chosen(ENTITY, header(client)));
    }

    @ParameterizedTest(name = "{0} gets {1} for the service description")
    @CsvSource(delimiter = '|', value = {
            "COMUNICA|application/n-quads", "RDFLIB|application/rdf+xml", "RAPPER|text/turtle", "JENA|text/turtle",
            "RDF4J_CONSTRUCT|text/turtle", "CURL|text/turtle", "CHROMIUM|text/html", "FIREFOX|text/html"})
    void eachClientGetsTheFormItPrefersForADescriptionOfTheService(String client, String expected) {
        assertEquals(Optional.of(expected), chosen(DESCRIPTION, header(client)));
    }

    @Test
    void aQuadFormatIsOfferedForEveryDocument() {
        assertEquals(Optional.of("application/trig"), chosen(DESCRIPTION, "application/trig"));
        assertEquals(Optional.of("application/n-quads"), chosen(ENTITY, "application/n-quads"));
    }

    @Test
    void aWildcardOfATypeGivesTheFirstOfferedOfThatType() {
        assertEquals(Optional.of("application/ld+json"), chosen(ENTITY, "application/*"));
        assertEquals(Optional.of("text/html"), chosen(ENTITY, "text/*"));
        assertEquals(Optional.of("text/turtle"), chosen(DESCRIPTION, "text/*"));
    }

    @Test
    void aLowerQualityLosesToAHigherOneWhateverTheOrder() {
        assertEquals(Optional.of("application/rdf+xml"), chosen(ENTITY, "text/turtle;q=0.4, application/rdf+xml;q=0.8, text/html;q=0.1"));
    }

    @Test
    void aTypeRefusedWithQualityZeroIsNotChosen() {
        assertEquals(Optional.of("application/ld+json"), chosen(DESCRIPTION, "text/turtle;q=0, */*;q=0.5"));
    }

    @Test
    void nothingIsChosenWhenNothingOfferedIsAcceptable() {
        assertEquals(Optional.empty(), chosen(ENTITY, "image/png"));
        assertEquals(Optional.empty(), chosen(COVERAGE, "application/rdf+xml"));
    }

    @Test
    void theCoverageReportGivesItsTableToATableClientAndItsPageToABrowser() {
        assertEquals(Optional.of("text/csv"), chosen(COVERAGE, "text/csv"));
        assertEquals(Optional.of("text/html"), chosen(COVERAGE, CHROMIUM));
        assertEquals(Optional.of("application/json"), chosen(COVERAGE, "application/json"));
    }

    @Test
    void everyDocumentAnswersAtAnAddressPerForm() {
        assertEquals(List.of("/doc/cluster/tweed", "/doc/cluster/tweed.ttl", "/doc/cluster/tweed.jsonld", "/doc/cluster/tweed.rdf",
                "/doc/cluster/tweed.nt", "/doc/cluster/tweed.trig", "/doc/cluster/tweed.nq", "/doc/cluster/tweed.html"), ENTITY.paths());
    }

    private static String header(String client) {
        return switch (client) {
            case "COMUNICA" -> COMUNICA;
            case "RDFLIB" -> RDFLIB;
            case "RAPPER" -> RAPPER;
            case "JENA" -> JENA;
            case "RDF4J_CONSTRUCT" -> RDF4J_CONSTRUCT;
            case "JDK_URL_CONNECTION" -> JDK_URL_CONNECTION;
            case "CURL" -> "*/*";
            case "CHROMIUM" -> CHROMIUM;
            case "FIREFOX" -> FIREFOX;
            default -> throw new IllegalArgumentException(client);
        };
    }
}
