package be.wallonia.clusterkg.serve;

import be.wallonia.clusterkg.pipeline.BuiltGraph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SPARQL 1.1 endpoint of the real server, started on a free port, over HTTP. */
class SparqlEndpointIT {
    @TempDir static Path out;
    static GraphServer server;
    static String url;

    static final String PREFIXES = """
            PREFIX wco: <https://w3id.org/wallonia-clusters/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX text: <http://jena.apache.org/text#>
            """;
    static final String POLES = PREFIXES + """
            SELECT ?pole { GRAPH ?g { ?pole a wco:CompetitivenessCluster } FILTER(STRENDS(STR(?g), "/graph/curated")) }
            ORDER BY ?pole""";

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

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "application/sparql-results+json, JSON",
            "application/sparql-results+xml, XML",
            "text/csv, CSV",
            "text/tab-separated-values, TSV"})
    void selectResultsComeInEveryFormatByContentNegotiation(String mediaType, String langName) throws Exception {
        HttpResponse<String> r = Http.get(Http.query(url, POLES), "Accept", mediaType);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType), r.headers().toString());
        var lang = switch (langName) {
            case "JSON" -> ResultSetLang.RS_JSON;
            case "XML" -> ResultSetLang.RS_XML;
            case "CSV" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
        assertEquals(6, ResultSetFactory.makeRewindable(rs).size());
    }

    @ParameterizedTest(name = "format={0}")
    @CsvSource({"json, application/sparql-results+json", "xml, application/sparql-results+xml", "csv, text/csv",
            "tsv, text/tab-separated-values"})
    void selectResultsComeInEveryFormatByTheFormatParameter(String format, String mediaType) throws Exception {
        HttpResponse<String> r = Http.get(Http.query(url, POLES) + "&format=" + format);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType), r.headers().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle, TURTLE", "application/n-triples, NTRIPLES", "application/ld+json, JSONLD",
            "application/rdf+xml, RDFXML"})
    void constructResultsComeInEveryRdfFormat(String mediaType, String langName) throws Exception {
        String construct = PREFIXES + "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a wco:CompetitivenessCluster ; rdfs:label ?l }";
        HttpResponse<String> r = Http.get(Http.query(url, construct), "Accept", mediaType);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType), r.headers().toString());
        Lang lang = switch (langName) {
            case "TURTLE" -> Lang.TURTLE;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.RDFXML;
        };
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).parse(m);
        assertTrue(m.contains(m.createResource(BuiltGraph.BASE + "id/pole/biowin"), org.apache.jena.vocabulary.RDFS.label,
                m.createLiteral("BioWin", "en")), r.body());
    }

    @Test
    void askIsAnsweredTrueOrFalse() throws Exception {
        HttpResponse<String> r = Http.get(Http.query(url, PREFIXES + "ASK { ?n rdfs:label \"TWEED\"@en }"),
                "Accept", "application/sparql-results+json");
        assertTrue(r.body().contains("\"boolean\" : true"), r.body());
    }

    @Test
    void aPostedQueryInAFormIsAnswered() throws Exception {
        HttpResponse<String> r = Http.send("POST", url + "sparql", "application/x-www-form-urlencoded",
                "query=" + Http.encode(POLES), "Accept", "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(7, r.body().strip().lines().count(), r.body());
    }

    @Test
    void aQueryPostedDirectlyIsAnswered() throws Exception {
        HttpResponse<String> r = Http.send("POST", url + "sparql", "application/sparql-query", POLES, "Accept", "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(7, r.body().strip().lines().count(), r.body());
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheNamedGraphs() throws Exception {
        HttpResponse<String> r = Http.get(Http.query(url, PREFIXES + "SELECT (COUNT(DISTINCT ?g) AS ?n) { ?pole a wco:CompetitivenessCluster . GRAPH ?g { ?pole a wco:CompetitivenessCluster } }"),
                "Accept", "text/csv");
        assertEquals("n\r\n2", r.body().strip());
    }

    @Test
    void defaultGraphUriRestrictsTheQueryToOneSourceGraph() throws Exception {
        String q = PREFIXES + "SELECT DISTINCT (LANG(?l) AS ?lang) { ?n a wco:BusinessCluster ; rdfs:label ?l }";
        HttpResponse<String> r = Http.get(Http.query(url, q) + "&default-graph-uri="
                + Http.encode(BuiltGraph.BASE + "graph/source/clusters-fr"), "Accept", "text/csv");
        assertEquals("lang\r\nfr", r.body().strip());
    }

    @Test
    void namedGraphUriMakesOnlyThatGraphVisibleToGraphPatterns() throws Exception {
        String q = "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }";
        HttpResponse<String> r = Http.get(Http.query(url, q) + "&named-graph-uri="
                + Http.encode(BuiltGraph.BASE + "graph/source/key-sectors-en"), "Accept", "text/csv");
        assertEquals("g\r\n" + BuiltGraph.BASE + "graph/source/key-sectors-en", r.body().strip());
    }

    @Test
    void aGraphQueryReturnsTheSourceOfAFact() throws Exception {
        String q = PREFIXES + "SELECT ?g { GRAPH ?g { ?n rdfs:label \"DÉCHETS SOLIDES\"@fr } }";
        HttpResponse<String> r = Http.get(Http.query(url, q), "Accept", "text/csv");
        assertEquals("g\r\n" + BuiltGraph.BASE + "graph/source/clusters-2008-fr", r.body().strip());
    }

    @Test
    void aTextQueryInFrenchWithoutAccentsFindsTheAccentedLabelAndTheEnglishOneOfItsStemFirst() throws Exception {
        String q = PREFIXES + "SELECT ?s ?label { (?s ?score ?label) text:query (rdfs:label \"energie\") } ORDER BY DESC(?score) ?s LIMIT 2";
        HttpResponse<String> r = Http.get(Http.query(url, q), "Accept", "text/csv");
        assertEquals(List.of(BuiltGraph.BASE + "id/domain/energie-durable,Energie durable",
                BuiltGraph.BASE + "id/domain/sustainable-energy,sustainable energy"),
                r.body().strip().lines().skip(1).sorted().toList());
        String accented = PREFIXES + "SELECT ?label { (?s ?score ?label) text:query (skos:prefLabel \"énergie\" 'lang:fr') } ORDER BY DESC(?score) ?label";
        HttpResponse<String> fr = Http.get(Http.query(url, accented), "Accept", "text/csv");
        assertTrue(fr.body().contains("Construction durable et basse énergie"), fr.body());
    }

    @Test
    void aTextQueryInEnglishIsRankedByScore() throws Exception {
        String q = PREFIXES + "SELECT ?s ?score { (?s ?score) text:query (skos:prefLabel \"drug\" 'lang:en') } ORDER BY DESC(?score) ?s";
        HttpResponse<String> r = Http.get(Http.query(url, q), "Accept", "text/csv");
        List<String> rows = r.body().strip().lines().skip(1).toList();
        assertTrue(rows.size() >= 2, r.body());
        assertTrue(rows.get(0).contains("/id/theme/biowin-drug-"), r.body());
        assertTrue(rows.stream().filter(row -> row.contains("/id/theme/biowin-drug-")).count() == 2, r.body());
        List<Double> scores = rows.stream().map(row -> Double.parseDouble(row.split(",")[1])).toList();
        for (int i = 1; i < scores.size(); i++) assertTrue(scores.get(i - 1) >= scores.get(i), r.body());
    }

    @Test
    void aMalformedQueryGets400WithWhatIsWrongAndWhere() throws Exception {
        HttpResponse<String> r = Http.get(Http.query(url, "SELECT * WHERE { ?s ?p }"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Parse error"), r.body());
        assertTrue(r.body().contains("line 1, column 24"), r.body());
    }

    @Test
    void anUpdateSentToTheQueryServiceIsRefusedWith403() throws Exception {
        HttpResponse<String> r = Http.send("POST", url + "sparql", "application/x-www-form-urlencoded",
                "update=" + Http.encode("CLEAR ALL"));
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("read-only"), r.body());
        HttpResponse<String> direct = Http.send("POST", url + "ds", "application/sparql-update", "CLEAR ALL");
        assertEquals(403, direct.statusCode());
        assertEquals("n\r\n6", Http.get(Http.query(url, PREFIXES + "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a wco:CompetitivenessCluster }"),
                "Accept", "text/csv").body().strip());
    }

    @Test
    void theGraphStoreProtocolIsReadOnly() throws Exception {
        String graph = Http.encode(BuiltGraph.BASE + "graph/source/clusters-en");
        HttpResponse<String> read = Http.get(url + "ds?graph=" + graph, "Accept", "text/turtle");
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("INFOPOLE Cluster TIC"), read.body().substring(0, 200));
        HttpResponse<String> put = Http.send("PUT", url + "ds?graph=" + graph, "text/turtle", "<a> <b> <c> .");
        assertEquals(403, put.statusCode());
        HttpResponse<String> delete = Http.send("DELETE", url + "ds?graph=" + graph, null, null);
        assertEquals(403, delete.statusCode());
    }

    @Test
    void aRequestBodyOverTheLimitGets413() throws Exception {
        String status = Http.statusLineForAnnouncedBody(url + "sparql", GraphServer.DEFAULT_MAX_BODY_BYTES + 1);
        assertEquals("HTTP/1.1 413 Payload Too Large", status);
    }

    @Test
    void aGetWithNoQueryReturnsTheServiceDescription() throws Exception {
        HttpResponse<String> r = Http.get(url + "sparql", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model sd = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(sd);
        var service = sd.createResource(BuiltGraph.BASE + "sparql#service");
        assertTrue(sd.contains(service, org.apache.jena.vocabulary.RDF.type,
                sd.createResource("http://www.w3.org/ns/sparql-service-description#Service")));
        assertTrue(sd.contains(service, sd.createProperty("http://www.w3.org/ns/sparql-service-description#endpoint"),
                sd.createResource(BuiltGraph.BASE + "sparql")));
        assertTrue(r.body().contains("graph/source/key-sectors-en"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "application/n-quads,application/trig;q=0.95,application/ld+json;q=0.9,application/n-triples;q=0.8,text/turtle;q=0.6,"
                    + "text/html;q=0.2|application/n-quads|NQUADS",
            "application/trig|application/trig|TRIG",
            "application/ld+json|application/ld+json|JSONLD"})
    void theServiceDescriptionIsOfferedInQuadFormatsWithTheServiceInTheDefaultGraph(String accept, String mediaType, String lang)
            throws Exception {
        HttpResponse<String> r = Http.get(url + "sparql", "Accept", accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType), r.headers().toString());
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"), r.headers().toString());
        org.apache.jena.query.Dataset sd = org.apache.jena.query.DatasetFactory.create();
        RDFParser.fromString(r.body(), org.apache.jena.riot.RDFLanguages.nameToLang(lang)).parse(sd);
        Model content = sd.getDefaultModel();
        assertTrue(content.contains(content.createResource(BuiltGraph.BASE + "sparql#service"),
                content.createProperty("http://www.w3.org/ns/sparql-service-description#endpoint"),
                content.createResource(BuiltGraph.BASE + "sparql")));
    }

    @Test
    void aBareGetOfTheDatasetInNQuadsIsTheWholeDatasetNotTheDescription() throws Exception {
        HttpResponse<String> r = Http.get(url + "ds", "Accept", "application/n-quads");
        assertEquals(200, r.statusCode());
        org.apache.jena.query.Dataset ds = org.apache.jena.query.DatasetFactory.create();
        RDFParser.fromString(r.body(), Lang.NQUADS).parse(ds);
        String quads = Http.get(Http.query(url, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), "Accept", "text/csv")
                .body().lines().skip(1).findFirst().orElseThrow();
        assertEquals(Long.parseLong(quads), ds.asDatasetGraph().stream().count());
    }

    @Test
    void theDatasetsQueryEndpointDescribesItselfToo() throws Exception {
        HttpResponse<String> r = Http.get(url + "ds/sparql", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("sparql-service-description#Service") || r.body().contains("sd:Service"), r.body());
    }

    @Test
    void anEndpointAskedForNothingItCanWriteAnswers406ListingItsFormats() throws Exception {
        HttpResponse<String> r = Http.get(url + "sparql", "Accept", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle") && r.body().contains("application/n-quads"), r.body());
    }

    @Test
    void aBrowserAskingTheEndpointIsSentToTheQueryUi() throws Exception {
        HttpResponse<String> r = Http.get(url + "sparql", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(303, r.statusCode());
        assertEquals("/ui", r.headers().firstValue("Location").orElse(""));
    }

    @Test
    void aCorsPreflightIsAnsweredForAnyOrigin() throws Exception {
        HttpResponse<String> r = Http.send("OPTIONS", url + "sparql", null, null,
                "Origin", "https://example.org", "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "Content-Type");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"), r.headers().toString());
        assertTrue(List.of("*", "https://example.org").contains(r.headers().firstValue("Access-Control-Allow-Origin").orElse("")),
                r.headers().toString());
    }

    @Test
    void aCrossOriginReadExposesTheHeadersBrowserClientsNeed() throws Exception {
        HttpResponse<String> r = Http.get(Http.query(url, POLES), "Origin", "https://example.org");
        String exposed = r.headers().firstValue("Access-Control-Expose-Headers").orElse("");
        for (String header : List.of("ETag", "Link", "Location", "Vary")) {
            assertTrue(exposed.contains(header), exposed);
        }
    }

    @Test
    void theHomePageListsThePolesAndLinksTheEndpoint() throws Exception {
        HttpResponse<String> r = Http.get(url, "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains(">BioWin</a>"), r.body());
        assertTrue(r.body().contains("href=\"/sparql\""), r.body());
        assertTrue(r.body().contains("href=\"/ui\""), r.body());
    }

    @Test
    void theQueryUiOffersEveryCookbookQueryAndLoadsYasguiFromTheServer() throws Exception {
        HttpResponse<String> r = Http.get(url + "ui");
        assertEquals(200, r.statusCode());
        for (var q : be.wallonia.clusterkg.cookbook.Cookbook.fromClasspath()) {
            assertTrue(r.body().contains("<option value=\"" + q.name() + "\""), q.name());
        }
        assertTrue(r.body().contains("src=\"/static/yasgui/yasgui.min.js\""), r.body());
        assertTrue(r.body().contains("PREFIX wco: <https://w3id.org/wallonia-clusters/ontology#>"), r.body());
        HttpResponse<String> js = Http.get(url + "static/yasgui/yasgui.min.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    }

    @Test
    void aStaticPathOutsideTheAssetsIsNotFound() throws Exception {
        for (String path : List.of("static/../../etc/passwd", "static/%2e%2e/%2e%2e/etc/passwd", "static/yasgui/../../../pom.xml",
                "static/be/wallonia/clusterkg/cli/ClusterKg.class")) {
            HttpResponse<String> r = Http.get(url + path);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " -> " + r.statusCode());
            assertTrue(!r.body().contains("root:") && !r.body().contains("<project"), path);
        }
    }

    @Test
    void anInferredTypeIsFoundWithoutAReasonerAndItsGraphNamesTheRule() throws Exception {
        String q = "SELECT ?g { GRAPH ?g { ?pole a <http://www.w3.org/ns/org#Organization> } FILTER(STRENDS(STR(?pole), \"/id/pole/biowin\")) }";
        HttpResponse<String> r = Http.get(Http.query(url, q), "Accept", "text/csv");
        assertEquals("g\r\n" + BuiltGraph.BASE + "graph/inferred/cax-sco", r.body().strip());
        String concepts = PREFIXES + "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a wco:ActivityDomain . FILTER NOT EXISTS { ?d a skos:Concept } }";
        assertEquals("n\r\n0", Http.get(Http.query(url, concepts), "Accept", "text/csv").body().strip());
    }

    @Test
    void aFederatedQueryIsRefusedSoThatTheServerFetchesNoUrlAStrangerNames() throws Exception {
        HttpResponse<String> r = Http.get(url + "sparql?query=" + java.net.URLEncoder.encode(
                "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("SERVICE execution disabled"), r.body());
    }
}
