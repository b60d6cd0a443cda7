package be.wallonia.clusterkg.serve;

import be.wallonia.clusterkg.vocab.Iris;
import be.wallonia.clusterkg.vocab.PROV;

import be.wallonia.clusterkg.pipeline.BuiltGraph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documents about the dataset as a whole — the ontology, the VoID description, the dumps, the sitemap and
 * robots.txt — of the real server over the real build, started on a free port, over HTTP.
 */
class DatasetDocumentsIT {
    @TempDir static Path out;
    static GraphServer server;
    static String url;

    static final String BASE = BuiltGraph.BASE;
    static final String WCO = "https://w3id.org/wallonia-clusters/ontology#";
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    static final Resource DATASET = ModelFactory.createDefaultModel().createResource(BASE + "void#dataset");

    @BeforeAll
    static void start() {
        BuiltGraph graph = BuiltGraph.buildInto(out);
        server = GraphServer.create().build(graph.current()).port(0).iris(new Iris(BASE)).build().start();
        url = server.localUrl();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).base(BASE).parse(m);
        return m;
    }

    private static Model voidDescription() throws Exception {
        HttpResponse<String> r = Http.get(url + "void", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        return parse(r.body(), Lang.TURTLE);
    }

    private static String header(HttpResponse<?> r, String name) {
        return String.join(", ", r.headers().allValues(name));
    }

    private static String ontologyPage(String query, String... headers) throws Exception {
        HttpResponse<String> r = Http.get(url + "ontology" + query, headers);
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/html"), header(r, "Content-Type"));
        return r.body();
    }

    /** The HTML of one term's section on the ontology page. */
    private static String termSection(String page, String localName) {
        int start = page.indexOf("<section class=\"term\" id=\"" + localName + "\"");
        assertTrue(start >= 0, "no section for " + localName);
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static String heading(String page, String localName) {
        Matcher m = Pattern.compile("<h3 id=\"" + localName + "-label\"[^>]*>([^<]*)</h3>").matcher(page);
        assertTrue(m.find(), "no heading for " + localName);
        return m.group(1);
    }

    private static List<List<String>> select(String query) {
        List<List<String>> rows = new ArrayList<>();
        try (RDFConnection conn = RDFConnection.queryConnect(url + "sparql"); QueryExecution qe = conn.query(query)) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(s -> {
                List<String> row = new ArrayList<>();
                rs.getResultVars().forEach(v -> {
                    RDFNode n = s.get(v);
                    row.add(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
                rows.add(row);
            });
        }
        return rows;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    // --- The ontology -------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle, TURTLE", "application/rdf+xml, RDFXML", "application/ld+json, JSONLD",
            "application/n-triples, NTRIPLES"})
    void theOntologyInEachRdfFormatReadsWithJenaAsDeclaringBusinessClusterAClass(String mediaType, String langName)
            throws Exception {
        HttpResponse<String> r = Http.get(url + "ontology", "Accept", mediaType);
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith(mediaType), header(r, "Content-Type"));
        Lang lang = switch (langName) {
            case "TURTLE" -> Lang.TURTLE;
            case "RDFXML" -> Lang.RDFXML;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.NTRIPLES;
        };
        Model m = parse(r.body(), lang);
        assertTrue(m.contains(m.createResource(WCO + "BusinessCluster"), RDF.type, OWL2.Class));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle, TURTLE", "application/rdf+xml, RDFXML", "application/ld+json, JSONLD",
            "application/n-triples, NTRIPLES"})
    void theOntologyInEachRdfFormatReadsWithRdf4jAsDeclaringBusinessClusterAClass(String mediaType, String formatName)
            throws Exception {
        HttpResponse<String> r = Http.get(url + "ontology", "Accept", mediaType);
        assertEquals(200, r.statusCode());
        RDFFormat format = switch (formatName) {
            case "TURTLE" -> RDFFormat.TURTLE;
            case "RDFXML" -> RDFFormat.RDFXML;
            case "JSONLD" -> RDFFormat.JSONLD;
            default -> RDFFormat.NTRIPLES;
        };
        org.eclipse.rdf4j.model.Model m = Rio.parse(new StringReader(r.body()), BASE + "ontology", format);
        ValueFactory vf = SimpleValueFactory.getInstance();
        assertTrue(m.contains(vf.createIRI(WCO + "BusinessCluster"), org.eclipse.rdf4j.model.vocabulary.RDF.TYPE,
                org.eclipse.rdf4j.model.vocabulary.OWL.CLASS));
    }

    @Test
    void qValuesChooseTheFormatTheClientPrefers() throws Exception {
        HttpResponse<String> r = Http.get(url + "ontology", "Accept", "text/turtle;q=0.5, application/rdf+xml;q=0.9");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("application/rdf+xml"), header(r, "Content-Type"));
    }

    @Test
    void withoutAnAcceptHeaderTheOntologyIsTurtle() throws Exception {
        HttpResponse<String> r = Http.get(url + "ontology");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/turtle"), header(r, "Content-Type"));
    }

    @Test
    void aBrowserGetsTheOntologysHtmlDocumentation() throws Exception {
        HttpResponse<String> r = Http.get(url + "ontology", "Accept", BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/html"), header(r, "Content-Type"));
    }

    @ParameterizedTest(name = "format={0}")
    @CsvSource({"ttl, text/turtle", "rdf, application/rdf+xml", "jsonld, application/ld+json",
            "nt, application/n-triples", "html, text/html"})
    void theFormatParameterChoosesTheVariantWhateverTheAcceptHeader(String format, String mediaType) throws Exception {
        HttpResponse<String> r = Http.get(url + "ontology?format=" + format, "Accept", "image/png");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith(mediaType), header(r, "Content-Type"));
    }

    @ParameterizedTest(name = "/ontology.{0}")
    @CsvSource({"ttl, text/turtle", "rdf, application/rdf+xml", "jsonld, application/ld+json",
            "nt, application/n-triples", "html, text/html"})
    void eachVariantAnswersAtItsOwnAddress(String extension, String mediaType) throws Exception {
        HttpResponse<String> r = Http.get(url + "ontology." + extension, "Accept", "*/*");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith(mediaType), header(r, "Content-Type"));
    }

    @Test
    void anUnsupportedTypeGets406ListingWhatIsOffered() throws Exception {
        HttpResponse<String> r = Http.get(url + "ontology", "Accept", "image/png");
        assertEquals(406, r.statusCode());
        for (String offered : List.of("text/turtle", "application/rdf+xml", "application/ld+json",
                "application/n-triples", "text/html")) {
            assertTrue(r.body().contains(offered), r.body());
        }
    }

    @Test
    void anUnknownFormatParameterGets406() throws Exception {
        HttpResponse<String> r = Http.get(url + "ontology?format=png");
        assertEquals(406, r.statusCode());
    }

    @Test
    void theHtmlDocumentationHasAnAnchorNamedForEveryClass() throws Exception {
        Model ontology = parse(Http.get(url + "ontology.ttl").body(), Lang.TURTLE);
        List<String> classes = new ArrayList<>();
        ontology.listResourcesWithProperty(RDF.type, OWL2.Class).forEachRemaining(c -> {
            if (c.isURIResource() && c.getURI().startsWith(WCO)) classes.add(c.getURI().substring(WCO.length()));
        });
        assertTrue(classes.size() > 40, classes.toString());
        String page = ontologyPage("", "Accept", "text/html");
        for (String c : classes) assertTrue(page.contains("id=\"" + c + "\""), "no anchor for " + c);
    }

    @Test
    void theLangParameterShowsTheFrenchLabels() throws Exception {
        String page = ontologyPage("?lang=fr", "Accept", "text/html");
        assertTrue(page.contains("<html lang=\"fr\">"), page.substring(0, 200));
        assertEquals("pôle de compétitivité", heading(page, "CompetitivenessCluster"));
    }

    @Test
    void acceptLanguageFrenchShowsTheFrenchLabels() throws Exception {
        HttpResponse<String> r = Http.get(url + "ontology", "Accept", "text/html", "Accept-Language", "fr-BE,fr;q=0.9,en;q=0.5");
        assertEquals("fr", header(r, "Content-Language"));
        assertEquals("pôle de compétitivité", heading(r.body(), "CompetitivenessCluster"));
    }

    @Test
    void englishIsTheLanguageWhenNeitherOfferedOneIsAsked() throws Exception {
        String page = ontologyPage("", "Accept", "text/html", "Accept-Language", "de");
        assertTrue(page.contains("<html lang=\"en\">"), page.substring(0, 200));
        assertEquals("competitiveness cluster", heading(page, "CompetitivenessCluster"));
    }

    @Test
    void theLangParameterWinsOverAcceptLanguage() throws Exception {
        String page = ontologyPage("?lang=en", "Accept", "text/html", "Accept-Language", "fr");
        assertEquals("competitiveness cluster", heading(page, "CompetitivenessCluster"));
    }

    @Test
    void eachTermShowsItsLabelAndDefinitionInTheOtherLanguageToo() throws Exception {
        String section = termSection(ontologyPage("?lang=en", "Accept", "text/html"), "CompetitivenessCluster");
        assertTrue(section.contains("A Walloon competitiveness cluster (pôle de compétitivité) recognised"), section);
        assertTrue(section.contains("<dd lang=\"fr\"><strong>pôle de compétitivité</strong> — Pôle de compétitivité wallon"), section);
    }

    @Test
    void ontologyTermsAreLinkedWithinThePageAndOtherTermsByTheirFullIri() throws Exception {
        String page = ontologyPage("", "Accept", "text/html");
        assertTrue(termSection(page, "succeeds").contains("<a href=\"#CompanyNetwork\"><code>wco:CompanyNetwork</code></a>"));
        assertTrue(termSection(page, "CompanyNetwork").contains(
                "<a href=\"http://www.w3.org/ns/org#FormalOrganization\"><code>http://www.w3.org/ns/org#FormalOrganization</code></a>"));
    }

    @Test
    void theClassHierarchyIsShownBothWays() throws Exception {
        String page = ontologyPage("", "Accept", "text/html");
        assertTrue(termSection(page, "BusinessCluster").matches("(?s).*Subclass of</dt><dd><a href=\"#CompanyNetwork\">.*"));
        assertTrue(termSection(page, "CompanyNetwork").matches("(?s).*Superclass of</dt><dd>[^\\n]*href=\"#BusinessCluster\".*"));
    }

    @Test
    void thePropertyHierarchyIsShownBothWays() throws Exception {
        String page = ontologyPage("", "Accept", "text/html");
        assertTrue(termSection(page, "hasTheme").matches("(?s).*Subproperty of</dt><dd><a href=\"#hasFocus\">.*"));
        assertTrue(termSection(page, "hasFocus").matches("(?s).*Superproperty of</dt><dd>[^\\n]*href=\"#hasTheme\".*"));
    }

    @Test
    void aUnionRangeListsItsMembers() throws Exception {
        String section = termSection(ontologyPage("", "Accept", "text/html"), "statisticsOf");
        assertTrue(section.contains("<dt>Range</dt><dd>union of (<a href=\"#CompanyNetwork\"><code>wco:CompanyNetwork</code></a>, "
                + "<a href=\"#PolicyInstrument\"><code>wco:PolicyInstrument</code></a>)</dd>"), section);
    }

    @Test
    void inversesAndCharacteristicsAreShown() throws Exception {
        String page = ontologyPage("", "Accept", "text/html");
        String succeeds = termSection(page, "succeeds");
        assertTrue(succeeds.contains("<dt>Inverse of</dt><dd><a href=\"#succeededBy\">"), succeeds);
        assertTrue(succeeds.contains("<dt>Characteristics</dt><dd>transitive</dd>"), succeeds);
        assertTrue(termSection(page, "complementaryTo").contains("<dt>Characteristics</dt><dd>symmetric</dd>"));
    }

    @Test
    void theHeaderShowsTheVersionIriLicenceAndCreators() throws Exception {
        String page = ontologyPage("", "Accept", "text/html");
        String header = page.substring(page.indexOf("<header>", page.indexOf("<main")), page.indexOf("</header>", page.indexOf("<main")));
        assertTrue(header.contains("<h1 lang=\"en\">Wallonia clusters ontology</h1>"), header);
        assertTrue(header.contains("<code>https://w3id.org/wallonia-clusters/ontology/0.1.0</code>"), header);
        assertTrue(header.contains("<a href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license\">CC BY 4.0</a>"), header);
        assertTrue(header.contains("Wallonia clusters knowledge graph team"), header);
    }

    // --- Negotiation headers ---------------------------------------------------------------------------------------

    @Test
    void anRdfVariantVariesOnAcceptOnly() throws Exception {
        HttpResponse<String> r = Http.get(url + "ontology", "Accept", "text/turtle");
        assertTrue(header(r, "Vary").contains("Accept"), header(r, "Vary"));
        assertFalse(header(r, "Vary").contains("Accept-Language"), header(r, "Vary"));
    }

    @Test
    void theHtmlVariantVariesOnAcceptAndAcceptLanguage() throws Exception {
        HttpResponse<String> r = Http.get(url + "ontology", "Accept", "text/html");
        Set<String> vary = new HashSet<>(List.of(header(r, "Vary").split("\\s*,\\s*")));
        assertTrue(vary.containsAll(Set.of("Accept", "Accept-Language")), vary.toString());
    }

    @Test
    void theLinkHeaderNamesEveryOtherVariantAndTheCanonicalDocument() throws Exception {
        String link = header(Http.get(url + "ontology", "Accept", "text/turtle"), "Link");
        for (String alternate : List.of("</ontology.rdf>; rel=\"alternate\"; type=\"application/rdf+xml\"",
                "</ontology.jsonld>; rel=\"alternate\"; type=\"application/ld+json\"",
                "</ontology.nt>; rel=\"alternate\"; type=\"application/n-triples\"",
                "</ontology.html>; rel=\"alternate\"; type=\"text/html\"",
                "<" + BASE + "ontology>; rel=\"canonical\"")) {
            assertTrue(link.contains(alternate), link);
        }
        assertFalse(link.contains("</ontology.ttl>"), link);
    }

    @Test
    void contentLocationNamesTheVariantsOwnAddressWhichServesTheSameBytes() throws Exception {
        HttpResponse<String> negotiated = Http.get(url + "ontology", "Accept", "application/rdf+xml");
        String location = header(negotiated, "Content-Location");
        assertEquals("/ontology.rdf", location);
        assertEquals(negotiated.body(), Http.get(url + location.substring(1)).body());
    }

    @Test
    void eachVariantHasItsOwnEtag() throws Exception {
        Set<String> etags = new HashSet<>();
        etags.add(header(Http.get(url + "ontology", "Accept", "text/turtle"), "ETag"));
        etags.add(header(Http.get(url + "ontology", "Accept", "application/rdf+xml"), "ETag"));
        etags.add(header(Http.get(url + "ontology?lang=en", "Accept", "text/html"), "ETag"));
        etags.add(header(Http.get(url + "ontology?lang=fr", "Accept", "text/html"), "ETag"));
        assertEquals(4, etags.size(), etags.toString());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"ontology, text/turtle", "ontology, text/html", "void, text/turtle", "void, text/html",
            ".well-known/void, text/turtle", "dumps/, text/html", "dumps/clusterkg.trig.gz, */*",
            "dumps/clusterkg.nq.gz, */*", "dumps/SHA256SUMS, */*", "sitemap.xml, */*", "robots.txt, */*"})
    void aClientHoldingTheCurrentEtagGets304(String path, String accept) throws Exception {
        HttpResponse<String> first = Http.get(url + path, "Accept", accept);
        assertEquals(200, first.statusCode());
        String etag = header(first, "ETag");
        assertTrue(etag.matches("\"[^\"]+\""), etag);
        HttpResponse<String> again = Http.get(url + path, "Accept", accept, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, header(again, "ETag"));
    }

    // --- VoID ------------------------------------------------------------------------------------------------------

    @Test
    void theVoidDescriptionNamesTheSparqlEndpoint() throws Exception {
        Model v = voidDescription();
        assertTrue(v.contains(DATASET, RDF.type, VOID.Dataset));
        assertTrue(v.contains(DATASET, VOID.sparqlEndpoint, v.createResource(BASE + "sparql")));
    }

    @Test
    void theVoidDescriptionNamesBothDumps() throws Exception {
        Model v = voidDescription();
        Set<String> dumps = new TreeSet<>();
        v.listObjectsOfProperty(DATASET, VOID.dataDump).forEachRemaining(d -> dumps.add(d.toString()));
        assertEquals(Set.of(BASE + "dumps/clusterkg.nq.gz", BASE + "dumps/clusterkg.trig.gz"), dumps);
    }

    @Test
    void thereIsOneSubsetPerNamedGraph() throws Exception {
        Model v = voidDescription();
        Set<String> subsets = new TreeSet<>();
        v.listObjectsOfProperty(DATASET, VOID.subset).forEachRemaining(s -> subsets.add(s.toString()));
        Set<String> graphs = new TreeSet<>();
        select("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }").forEach(row -> graphs.add(row.get(0)));
        assertTrue(graphs.size() > 5, graphs.toString());
        assertEquals(graphs, subsets);
    }

    @Test
    void eachSubsetCountsTheTriplesOfItsGraph() throws Exception {
        Model v = voidDescription();
        Map<String, Long> counted = new TreeMap<>();
        v.listObjectsOfProperty(DATASET, VOID.subset).forEachRemaining(s ->
                counted.put(s.toString(), s.asResource().getRequiredProperty(VOID.triples).getLong()));
        Map<String, Long> actual = new TreeMap<>();
        select("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
                .forEach(row -> actual.put(row.get(0), Long.parseLong(row.get(1))));
        assertEquals(actual, counted);
    }

    @Test
    void theSubsetsTriplesSumToTheDatasetsTriples() throws Exception {
        Model v = voidDescription();
        long[] sum = {0};
        v.listObjectsOfProperty(DATASET, VOID.subset).forEachRemaining(s ->
                sum[0] += s.asResource().getRequiredProperty(VOID.triples).getLong());
        long total = v.getRequiredProperty(DATASET, VOID.triples).getLong();
        assertTrue(total > 1000, Long.toString(total));
        assertEquals(total, sum[0]);
    }

    @Test
    void aSourceGraphsSubsetNamesItsSourceDocument() throws Exception {
        Model v = voidDescription();
        Resource subset = v.createResource(BASE + "graph/source/clusters-en");
        assertTrue(v.contains(subset, DCTerms.source, v.createResource(BASE + "id/source/clusters-en")));
        assertTrue(v.contains(subset, DCTerms.title), "no title");
    }

    @Test
    void theDatasetsSourcesAreTheSourceDocumentsOfTheManifest() throws Exception {
        Model v = voidDescription();
        Set<String> sources = new TreeSet<>();
        v.listObjectsOfProperty(DATASET, PROV.wasDerivedFrom).forEachRemaining(s -> sources.add(s.toString()));
        Set<String> manifest = new TreeSet<>();
        select("SELECT ?s { GRAPH <" + BASE + "graph/meta> { ?s a <" + WCO + "SourceDocument> } }")
                .forEach(row -> manifest.add(row.get(0)));
        assertEquals(5, manifest.size(), manifest.toString());
        assertEquals(manifest, sources);
    }

    @Test
    void theOntologySubsetCarriesTheOntologysOwnLicence() throws Exception {
        Model ontology = parse(Http.get(url + "ontology.ttl").body(), Lang.TURTLE);
        RDFNode licence = ontology.getRequiredProperty(ontology.createResource("https://w3id.org/wallonia-clusters/ontology"),
                DCTerms.license).getObject();
        Model v = voidDescription();
        assertTrue(v.contains(v.createResource(BASE + "graph/ontology"), DCTerms.license, licence));
    }

    @Test
    void theDatasetStatesItsRightsInEnglishAndFrench() throws Exception {
        Model v = voidDescription();
        assertTrue(v.contains(DATASET, DCTerms.rights, v.createLiteral("Source documents © their publishers; curated facts CC BY 4.0.", "en")));
        assertTrue(v.listObjectsOfProperty(DATASET, DCTerms.rights).toList().stream()
                .anyMatch(n -> n.asLiteral().getLanguage().equals("fr")));
    }

    @Test
    void theExampleResourcesAreThreeNetworksOfTheDataset() throws Exception {
        Model v = voidDescription();
        List<RDFNode> examples = v.listObjectsOfProperty(DATASET, VOID.exampleResource).toList();
        assertEquals(3, examples.size(), examples.toString());
        for (RDFNode example : examples) {
            assertEquals(1, select("SELECT ?k { GRAPH <" + BASE + "graph/curated> { <" + example + "> a ?k "
                    + "FILTER(?k IN (<" + WCO + "BusinessCluster>, <" + WCO + "CompetitivenessCluster>)) } }").size(), example.toString());
        }
    }

    @Test
    void theWellKnownAddressServesTheSameDescription() throws Exception {
        HttpResponse<String> v = Http.get(url + "void", "Accept", "text/turtle");
        HttpResponse<String> wellKnown = Http.get(url + ".well-known/void", "Accept", "text/turtle");
        assertEquals(200, wellKnown.statusCode());
        assertEquals(v.body(), wellKnown.body());
        assertEquals(header(v, "ETag"), header(wellKnown, "ETag"));
    }

    @Test
    void withoutAnAcceptHeaderTheVoidDescriptionIsTurtle() throws Exception {
        HttpResponse<String> r = Http.get(url + "void");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/turtle"), header(r, "Content-Type"));
    }

    @Test
    void aBrowserGetsAnHtmlSummaryOfTheVoidDescription() throws Exception {
        HttpResponse<String> r = Http.get(url + "void", "Accept", BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/html"), header(r, "Content-Type"));
        long triples = voidDescription().getRequiredProperty(DATASET, VOID.triples).getLong();
        assertTrue(r.body().contains("<dt>Triples</dt><dd>" + triples + ","), r.body());
    }

    @Test
    void theVoidDescriptionReadsWithRdf4jInJsonLd() throws Exception {
        HttpResponse<String> r = Http.get(url + "void", "Accept", "application/ld+json");
        org.eclipse.rdf4j.model.Model m = Rio.parse(new StringReader(r.body()), BASE + "void", RDFFormat.JSONLD);
        ValueFactory vf = SimpleValueFactory.getInstance();
        assertTrue(m.contains(vf.createIRI(DATASET.getURI()), vf.createIRI(VOID.sparqlEndpoint.getURI()), vf.createIRI(BASE + "sparql")));
    }

    @Test
    void theVoidDescriptionVariesOnAcceptAndLinksItsOtherFormats() throws Exception {
        HttpResponse<String> r = Http.get(url + ".well-known/void", "Accept", "text/turtle");
        assertTrue(header(r, "Vary").contains("Accept"), header(r, "Vary"));
        assertEquals("/void.ttl", header(r, "Content-Location"));
        assertTrue(header(r, "Link").contains("</void.html>; rel=\"alternate\"; type=\"text/html\""), header(r, "Link"));
        assertTrue(header(r, "Link").contains("<" + BASE + "void>; rel=\"canonical\""), header(r, "Link"));
    }

    // --- Dumps -----------------------------------------------------------------------------------------------------

    /** The SHA-256 the listing page shows for each file. */
    private static Map<String, String> listedChecksums() throws Exception {
        HttpResponse<String> r = Http.get(url + "dumps/");
        assertEquals(200, r.statusCode());
        Matcher m = Pattern.compile("(?s)<code>(clusterkg\\.[a-z.]+)</code></a></td>.*?<code class=\"checksum\">([0-9a-f]{64})</code>")
                .matcher(r.body());
        Map<String, String> sums = new HashMap<>();
        while (m.find()) sums.put(m.group(1), m.group(2));
        return sums;
    }

    @ParameterizedTest
    @ValueSource(strings = {"clusterkg.trig.gz", "clusterkg.nq.gz"})
    void aDumpDownloadsAsTheGzipFileItIs(String name) throws Exception {
        HttpResponse<byte[]> r = Http.bytes(url + "dumps/" + name);
        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", header(r, "Content-Type"));
        assertEquals("attachment; filename=\"" + name + "\"", header(r, "Content-Disposition"));
        assertEquals("", header(r, "Content-Encoding"));
        assertEquals(0x1f, r.body()[0] & 0xff);
        assertEquals(0x8b, r.body()[1] & 0xff);
    }

    @ParameterizedTest
    @ValueSource(strings = {"clusterkg.trig.gz", "clusterkg.nq.gz"})
    void aDownloadedDumpHasTheSha256TheListingShows(String name) throws Exception {
        HttpResponse<byte[]> r = Http.bytes(url + "dumps/" + name);
        assertEquals(listedChecksums().get(name), sha256(r.body()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"clusterkg.trig.gz", "clusterkg.nq.gz"})
    void aDownloadedDumpHasTheSha256OfSha256Sums(String name) throws Exception {
        HttpResponse<String> sums = Http.get(url + "dumps/SHA256SUMS");
        assertEquals(200, sums.statusCode());
        assertTrue(header(sums, "Content-Type").startsWith("text/plain"), header(sums, "Content-Type"));
        String line = sums.body().lines().filter(l -> l.endsWith("  " + name)).findFirst().orElseThrow();
        assertEquals(line.substring(0, 64), sha256(Http.bytes(url + "dumps/" + name).body()));
    }

    @Test
    void theListingGivesEachDumpsSizeFormatAndHowToLoadIt() throws Exception {
        String page = Http.get(url + "dumps/").body();
        int size = Http.bytes(url + "dumps/clusterkg.nq.gz").body().length;
        assertTrue(page.contains("<data value=\"" + size + "\">"), page);
        assertTrue(page.contains("<code>application/n-quads</code>"), page);
        assertTrue(page.contains("RDFDataMgr.loadDataset(\"clusterkg.nq.gz\")"), page);
        assertTrue(page.contains("RDFFormat.NQUADS"), page);
    }

    @Test
    void theNQuadsDumpLoadsWithRdf4jAndHoldsTheTriplesTheVoidDescriptionCounts() throws Exception {
        byte[] gz = Http.bytes(url + "dumps/clusterkg.nq.gz").body();
        org.eclipse.rdf4j.model.Model m = Rio.parse(new GZIPInputStream(new ByteArrayInputStream(gz)), RDFFormat.NQUADS);
        assertEquals(voidDescription().getRequiredProperty(DATASET, VOID.triples).getLong(), m.size());
    }

    @Test
    void dumpsWithoutTheSlashIsRedirectedToTheListing() throws Exception {
        HttpResponse<String> r = Http.get(url + "dumps");
        assertEquals(301, r.statusCode());
        assertEquals("/dumps/", header(r, "Location"));
    }

    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"dumps/build.properties", "dumps/BUILD-COMPLETE", "dumps/tdb2", "dumps/clusterkg.trig",
            "dumps/SHA256SUMS/", "dumps/etc/passwd", "dumps/../build.properties", "dumps/x/../../build.properties"})
    void aPathUnderDumpsThatNamesNoDumpIs404(String path) throws Exception {
        HttpResponse<String> r = Http.get(url + path);
        assertEquals(404, r.statusCode(), r.body());
        assertFalse(r.body().contains("inputs.sha256"), r.body());
    }

    /**
     * Encoded dot segments, encoded slashes and backslashes, empty segments: Jetty refuses these ambiguous paths
     * (400) before any servlet sees them; what matters is that none is answered with a file.
     */
    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"dumps/%2e%2e/build.properties", "dumps/%2E%2E/%2E%2E/pom.xml", "dumps/..%2fbuild.properties",
            "dumps/%2Fetc%2Fpasswd", "dumps//etc/passwd", "dumps/%5c..%5cbuild.properties", "dumps/C:%5cWindows%5cwin.ini",
            "dumps/clusterkg.trig.gz%00"})
    void anEncodedTraversalServesNothing(String path) throws Exception {
        HttpResponse<String> r = Http.get(url + path);
        assertTrue(r.statusCode() == 400 || r.statusCode() == 404, r.statusCode() + " " + r.body());
        assertFalse(r.body().contains("inputs.sha256"), r.body());
        assertFalse(r.body().contains("<artifactId>"), r.body());
    }

    // --- Sitemap and robots.txt -------------------------------------------------------------------------------------

    private static List<Element> sitemapUrls() throws Exception {
        HttpResponse<byte[]> r = Http.bytes(url + "sitemap.xml");
        assertEquals(200, r.statusCode());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
        assertEquals("urlset", xml.getDocumentElement().getLocalName());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", xml.getDocumentElement().getNamespaceURI());
        NodeList urls = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) out.add((Element) urls.item(i));
        return out;
    }

    private static String child(Element url, String name) {
        return url.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", name).item(0).getTextContent();
    }

    private static Set<String> sitemapLocations() throws Exception {
        Set<String> locs = new TreeSet<>();
        for (Element u : sitemapUrls()) locs.add(child(u, "loc"));
        return locs;
    }

    @Test
    void theSitemapIsWellFormedXmlListingBioWinsDocument() throws Exception {
        assertTrue(sitemapLocations().contains(BASE + "doc/pole/biowin"));
    }

    @Test
    void theSitemapListsTheSitesPages() throws Exception {
        assertTrue(sitemapLocations().containsAll(List.of(BASE, BASE + "ui", BASE + "coverage", BASE + "ontology", BASE + "void", BASE + "dumps/")));
    }

    @Test
    void theSitemapListsTheDocumentOfEveryThingTheDatasetDescribesButPassagesAndExtractors() throws Exception {
        Set<String> expected = new TreeSet<>();
        select("SELECT DISTINCT ?s { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?s), \"" + BASE + "id/\")) }").forEach(row -> {
            String rest = row.get(0).substring((BASE + "id/").length());
            if (!rest.startsWith("passage/") && !rest.startsWith("extractor/")) expected.add(BASE + "doc/" + rest);
        });
        Set<String> documents = new TreeSet<>();
        for (String loc : sitemapLocations()) if (loc.startsWith(BASE + "doc/")) documents.add(loc);
        assertTrue(documents.size() > 100, Integer.toString(documents.size()));
        assertEquals(expected, documents);
    }

    @Test
    void theSitemapListsNoPassageNorExtractor() throws Exception {
        assertTrue(sitemapLocations().stream().noneMatch(l -> l.contains("/passage/") || l.contains("/extractor/")));
        assertFalse(select("SELECT ?s { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?s), \"" + BASE + "id/passage/\")) } LIMIT 1").isEmpty(),
                "the dataset has passages to leave out");
    }

    @Test
    void everyLastmodIsTheDayOfTheBuild() throws Exception {
        HttpResponse<String> r = Http.get(url + "sitemap.xml");
        String day = ZonedDateTime.parse(header(r, "Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME)
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDate().toString();
        Set<String> lastmods = new TreeSet<>();
        for (Element u : sitemapUrls()) lastmods.add(child(u, "lastmod"));
        assertEquals(Set.of(day), lastmods);
    }

    @Test
    void robotsTxtNamesTheSitemapByItsAbsoluteUrl() throws Exception {
        HttpResponse<String> r = Http.get(url + "robots.txt");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/plain"), header(r, "Content-Type"));
        assertTrue(r.body().lines().anyMatch(l -> l.equals("Sitemap: " + BASE + "sitemap.xml")), r.body());
    }

    @Test
    void robotsTxtDisallowsTheQueryServicesTheFragmentsAndTheUiOnly() throws Exception {
        Set<String> disallowed = new TreeSet<>();
        Http.get(url + "robots.txt").body().lines().filter(l -> l.startsWith("Disallow:"))
                .forEach(l -> disallowed.add(l.substring("Disallow:".length()).trim()));
        assertEquals(Set.of("/sparql", "/ds", "/ui", "/fragments"), disallowed);
    }

    @Test
    void theServedDescriptionConformsToDcatAp300AsACatalogueHarvestsIt() throws Exception {
        Model served = ModelFactory.createDefaultModel();
        RDFParser.fromString(Http.get(url + "void", "Accept", "text/turtle").body(), Lang.TURTLE).parse(served);
        List<String> violations = be.wallonia.clusterkg.serve.documents.DcatApDescriptionTest.violations(served.getGraph());
        assertEquals(List.of(), violations);
    }

    @Test
    void theOntologyAndTheDatasetDescriptionAreOfferedInQuadFormatsInTheirDefaultGraph() throws Exception {
        org.apache.jena.query.Dataset ontology = org.apache.jena.query.DatasetFactory.create();
        RDFParser.fromString(Http.get(url + "ontology.trig").body(), Lang.TRIG).parse(ontology);
        assertTrue(ontology.getDefaultModel().contains(ontology.getDefaultModel().createResource(WCO.substring(0, WCO.length() - 1)), RDF.type, OWL2.Ontology));
        assertFalse(ontology.listNames().hasNext(), "no named graph: the ontology has no provenance to keep apart");
        org.apache.jena.query.Dataset description = org.apache.jena.query.DatasetFactory.create();
        RDFParser.fromString(Http.get(url + "void.nq").body(), Lang.NQUADS).parse(description);
        Model v = description.getDefaultModel();
        assertTrue(v.contains(v.createResource(BASE + "void#dataset"), RDF.type, VOID.Dataset));
    }
}
