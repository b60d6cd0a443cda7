package be.wallonia.clusterkg.serve;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.pipeline.BuiltGraph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
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

import java.util.List;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dereferencing the graph's IRIs over HTTP: the whole content-negotiation matrix of /id/ and /doc/. */
class LinkedDataIT {
    @TempDir static Path out;
    static GraphServer server;
    static String url;
    static String base;
    static final String WCO = "https://w3id.org/wallonia-clusters/ontology#";

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://localhost:" + port + "/";
        BuiltGraph graph = BuiltGraph.buildInto(out, base);
        server = GraphServer.create().build(graph.current()).port(port).iris(new Iris(base)).build().start();
        url = server.localUrl();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @ParameterizedTest(name = "Accept {0} → {1}")
    @CsvSource({
            "text/turtle, /doc/cluster/tweed.ttl",
            "application/ld+json, /doc/cluster/tweed.jsonld",
            "application/rdf+xml, /doc/cluster/tweed.rdf",
            "application/n-triples, /doc/cluster/tweed.nt",
            "application/trig, /doc/cluster/tweed.trig",
            "application/n-quads, /doc/cluster/tweed.nq",
            "text/html, /doc/cluster/tweed",
            "'application/n-quads,application/trig;q=0.95,application/ld+json;q=0.9,text/turtle;q=0.6,text/html;q=0.2', /doc/cluster/tweed.nq",
            "'text/turtle;q=0.4, application/rdf+xml;q=0.9', /doc/cluster/tweed.rdf",
            "*/*, /doc/cluster/tweed"})
    void theThingAnswers303ToTheDocumentInTheNegotiatedType(String accept, String location) throws Exception {
        HttpResponse<String> r = Http.get(url + "id/cluster/tweed", "Accept", accept);
        assertEquals(303, r.statusCode());
        assertEquals(location, r.headers().firstValue("Location").orElse(""));
        // the CORS filter's Origin is kept: the one Vary of the server adds to it, never replaces it
        assertEquals("Origin, Accept", r.headers().firstValue("Vary").orElse(""));
    }

    @Test
    void theThingWithoutAcceptIsSentToTheHtmlDocument() throws Exception {
        HttpResponse<String> r = Http.get(url + "id/pole/biowin");
        assertEquals(303, r.statusCode());
        assertEquals("/doc/pole/biowin", r.headers().firstValue("Location").orElse(""));
    }

    @ParameterizedTest(name = "Accept {0}")
    @CsvSource({"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", "application/trig",
            "application/n-quads", "text/html"})
    void theDocumentAnswersEachTypeByAccept(String mediaType) throws Exception {
        HttpResponse<String> r = Http.get(url + "doc/cluster/tweed", "Accept", mediaType);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType), r.headers().toString());
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
        assertTrue(r.headers().firstValue("Content-Location").orElse("").startsWith("/doc/cluster/tweed."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ttl, text/turtle", "jsonld, application/ld+json", "rdf, application/rdf+xml", "nt, application/n-triples",
            "trig, application/trig", "nq, application/n-quads", "html, text/html"})
    void theDocumentAnswersEachTypeByExtensionAndByFormatParameter(String extension, String mediaType) throws Exception {
        HttpResponse<String> byExtension = Http.get(url + "doc/cluster/tweed." + extension, "Accept", "image/png");
        assertEquals(200, byExtension.statusCode());
        assertTrue(byExtension.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
        HttpResponse<String> byParameter = Http.get(url + "doc/cluster/tweed?format=" + extension);
        assertTrue(byParameter.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
    }

    @Test
    void qValuesChooseTheFormat() throws Exception {
        HttpResponse<String> r = Http.get(url + "doc/cluster/tweed", "Accept",
                "text/html;q=0.2, application/ld+json;q=0.8, text/turtle;q=0.5");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
    }

    @Test
    void theDocumentLinksEveryOtherFormatAndItsCanonicalUrl() throws Exception {
        HttpResponse<String> r = Http.get(url + "doc/cluster/tweed", "Accept", "text/turtle");
        String link = r.headers().firstValue("Link").orElse("");
        assertTrue(link.contains("doc/cluster/tweed>; rel=\"canonical\""), link);
        for (String type : new String[] {"text/html", "application/ld+json", "application/rdf+xml", "application/n-triples",
                "application/trig", "application/n-quads"}) {
            assertTrue(link.contains("rel=\"alternate\"; type=\"" + type + "\""), type + " in " + link);
        }
        assertTrue(!link.contains("type=\"text/turtle\""), link);
    }

    @Test
    void anUnsupportedTypeGets406ListingWhatIsOffered() throws Exception {
        HttpResponse<String> r = Http.get(url + "doc/cluster/tweed", "Accept", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle") && r.body().contains("text/html"), r.body());
        assertEquals(406, Http.get(url + "id/cluster/tweed", "Accept", "image/png").statusCode());
    }

    @Test
    void anIriThatIsNotInTheGraphGets404() throws Exception {
        assertEquals(404, Http.get(url + "id/cluster/no-such-cluster", "Accept", "text/turtle").statusCode());
        assertEquals(404, Http.get(url + "doc/cluster/no-such-cluster", "Accept", "text/html").statusCode());
        int traversal = Http.get(url + "doc/../../etc/passwd").statusCode();
        assertTrue(traversal == 404 || traversal == 400, "traversal: " + traversal);
    }

    @Test
    void aBrowserAskingForAnUnknownIriGetsAnHtmlPageThat404s() throws Exception {
        HttpResponse<String> r = Http.get(url + "doc/cluster/no-such-cluster", "Accept", "text/html");
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("<h1>"), r.body());
    }

    @Test
    void aConditionalRequestWithTheEtagGets304() throws Exception {
        HttpResponse<String> first = Http.get(url + "doc/cluster/tweed", "Accept", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Last-Modified").isPresent());
        HttpResponse<String> again = Http.get(url + "doc/cluster/tweed", "Accept", "text/turtle", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> other = Http.get(url + "doc/cluster/tweed", "Accept", "application/rdf+xml", "If-None-Match", etag);
        assertEquals(200, other.statusCode());
    }

    @Test
    void theTurtleOfAClusterParsedByJenaHasItsLabelKindAndDataset() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(Http.get(url + "doc/cluster/tweed.ttl").body(), Lang.TURTLE).parse(m);
        var tweed = m.createResource(base + "id/cluster/tweed");
        assertTrue(m.contains(tweed, RDFS.label, m.createLiteral("TWEED", "en")));
        assertTrue(m.contains(tweed, RDF.type, m.createResource(WCO + "BusinessCluster")));
        assertTrue(m.contains(m.createResource(base + "doc/cluster/tweed"), m.createProperty("http://rdfs.org/ns/void#inDataset"),
                m.createResource(base + "void#dataset")));
    }

    @Test
    void theTriGOfAClusterParsedByRdf4jKeepsTheGraphOfEachStatement() throws Exception {
        var model = Rio.parse(new StringReader(Http.get(url + "doc/cluster/tweed.trig").body()), base, RDFFormat.TRIG);
        ValueFactory vf = SimpleValueFactory.getInstance();
        var tweed = vf.createIRI(base + "id/cluster/tweed");
        assertTrue(model.contains(tweed, vf.createIRI(RDFS.label.getURI()), vf.createLiteral("TWEED", "en"),
                vf.createIRI(base + "graph/source/key-sectors-en")));
        assertTrue(model.contains(tweed, vf.createIRI(RDF.type.getURI()), vf.createIRI(WCO + "BusinessCluster"),
                vf.createIRI(base + "graph/source/clusters-2008-fr")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"trig, TRIG", "nq, NQUADS", "jsonld, JSONLD"})
    void aQuadDocumentSaysInItsDefaultGraphWhatItsNamedGraphsSayWithTheirSources(String extension, String lang) throws Exception {
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(Http.get(url + "doc/cluster/tweed." + extension).body(), org.apache.jena.riot.RDFLanguages.nameToLang(lang)).parse(ds);
        Model content = ds.getDefaultModel();
        var tweed = content.createResource(base + "id/cluster/tweed");
        var label = content.createLiteral("TWEED", "fr");
        assertTrue(content.contains(tweed, RDFS.label, label), "the default graph holds the description");
        assertTrue(content.contains(content.createResource(base + "doc/cluster/tweed"),
                org.apache.jena.sparql.vocabulary.FOAF.primaryTopic, tweed), "and what the document is about");
        assertTrue(ds.getNamedModel(base + "graph/source/clusters-2008-fr").contains(tweed, RDFS.label, label),
                "the named graph of the source keeps who said it");
        Model provenance = ModelFactory.createDefaultModel();
        ds.listModelNames().forEachRemaining(g -> provenance.add(ds.getNamedModel(g)));
        Model described = content.difference(provenance);
        assertEquals(4, described.size(), "only the four statements about the document itself are in no source's graph: " + described);
    }

    @Test
    void aNamedGraphAnswersAtItsIriWithTheStatementsOfItsSource() throws Exception {
        String graph = base + "graph/source/clusters-2008-fr";
        HttpResponse<String> r = Http.get(url + "graph/source/clusters-2008-fr", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model statements = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(statements);
        String count = Http.get(Http.query(url, "SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }"), "Accept", "text/csv")
                .body().lines().skip(1).findFirst().orElseThrow();
        assertEquals(Long.parseLong(count), statements.size());
        assertTrue(statements.contains(statements.createResource(base + "id/cluster/tweed"), RDF.type,
                statements.createResource(WCO + "BusinessCluster")));
    }

    @Test
    void aNamedGraphInAQuadFormatHoldsItsStatementsInTheDefaultGraphAndUnderItsName() throws Exception {
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(Http.get(url + "graph/source/clusters-2008-fr.nq").body(), Lang.NQUADS).parse(ds);
        Model named = ds.getNamedModel(base + "graph/source/clusters-2008-fr");
        assertTrue(named.size() > 0);
        assertTrue(ds.getDefaultModel().isIsomorphicWith(named));
    }

    @Test
    void aGraphThatDoesNotExistIsNotFound() throws Exception {
        assertEquals(404, Http.get(url + "graph/source/nope", "Accept", "text/turtle").statusCode());
    }

    @Test
    void theDescriptionHasIncomingLinksAndTheLabelsOfLinkedResources() throws Exception {
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(Http.get(url + "doc/domain/energie-durable.trig").body(), Lang.TRIG).parse(ds);
        Model union = ds.getUnionModel();
        var tweed = union.createResource(base + "id/cluster/tweed");
        assertTrue(union.contains(tweed, union.createProperty(WCO + "activityDomain"), union.createResource(base + "id/domain/energie-durable")));
        assertTrue(union.contains(tweed, RDFS.label, union.createLiteral("TWEED", "fr")));
    }

    @Test
    void aNetworkPageShowsItsDerivedComplementaritiesWithTheirBasesTheStrongestFirst() throws Exception {
        String html = Http.get(url + "doc/cluster/plastiwin", "Accept", "text/html").body();
        int section = html.indexOf("<h2 id=\"complementarities\">Derived complementarities (");
        assertTrue(section > 0, html);
        String list = html.substring(section);
        // Skywin: one supply link between two groups (2); MecaTech: a shared division (1) and a link two pairs share (0.5)
        assertTrue(list.indexOf(">Skywin</a> — strength 2") < list.indexOf(">MecaTech</a> — strength 1.5"), list);
        assertTrue(list.contains("<li>Both work in NACE 25 Manufacture of fabricated metal products"), list);
        assertTrue(list.contains("<li>MecaTech supplies Plastiwin: NACE 28 → 22.2 — "), list);
        assertTrue(list.contains("<li>Plastiwin supplies Skywin: NACE 22.2 → 30.3 — "), list);
        assertTrue(list.contains("(The key sectors, line 15)"), list);
    }

    @Test
    void aBasisOnANetworkPageCitesThePassagesThatPutEachPartyInItsSector() throws Exception {
        String html = Http.get(url + "doc/cluster/plastiwin", "Accept", "text/html").body();
        assertTrue(html.contains(" — Plastiwin: The key sectors, lines 61, 63, 64, 65 · MecaTech: The key sectors, line 57 "
                + "<span class=\"muted\">(weight 1)</span>"), html);
    }

    @Test
    void aPathNothingServesGetsAPageThatLeadsOnForABrowserAndALineOfTextOtherwise() throws Exception {
        HttpResponse<String> page = Http.get(url + "nope", "Accept", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("<h1>Not found</h1>") && page.body().contains("There is no page at /nope."), page.body());
        assertTrue(page.body().contains("<a href=\"/search\">"), page.body());
        HttpResponse<String> text = Http.get(url + "nope", "Accept", "*/*");
        assertEquals(404, text.statusCode());
        assertEquals("There is no page at /nope.\n", text.body());
    }

    @Test
    void theHomePagesCurlExampleNamesTheServerItIsCopiedFrom() throws Exception {
        String home = Http.get(url, "Accept", "text/html").body();
        assertTrue(home.contains("'" + base + "sparql?query=SELECT%20*"), home);
    }

    @Test
    void anEntityPageDescribesItselfInItsMetaDescriptionInThePagesLanguage() throws Exception {
        String fr = Http.get(url + "doc/cluster/tweed?lang=fr", "Accept", "text/html").body();
        assertTrue(fr.contains("<meta name=\"description\" content=\"TWEED (cluster"), fr);
        String home = Http.get(url + "?lang=fr", "Accept", "text/html").body();
        assertTrue(home.contains("<meta name=\"description\" content=\""), home);
    }

    @Test
    void aNetworkAnswersAtTheIriOfEachOfItsNamesRedirectedToItsOwn() throws Exception {
        HttpResponse<String> r = Http.get(url + "id/cluster/val-plus?lang=fr");
        assertEquals(301, r.statusCode());
        assertEquals("/id/cluster/dechets-solides?lang=fr", r.headers().firstValue("Location").orElseThrow());
        assertEquals(301, Http.get(url + "id/pole/walloon-cluster-for-transport-and-logistics").statusCode());
        assertEquals(404, Http.get(url + "id/cluster/nothing-of-that-name").statusCode());
    }

    /** The French page of a thing, which must hold every part given. */
    private static String frenchPageHolding(String path, String... parts) throws Exception {
        String page = Http.get(url + path + "?lang=fr", "Accept", "text/html").body();
        for (String part : parts) assertTrue(page.contains(part), part + " in " + page);
        return page;
    }

    @Test
    void aFrenchPageSaysWhereEachStatementComesFromInFrenchWords() throws Exception {
        String page = frenchPageHolding("doc/cluster/tweed", "<span class=\"badge\">dit par « The key sectors »</span>",
                "<span class=\"badge\">établi par les éditeurs</span>",
                "déduit de l&#39;ontologie : a statement with a symmetric property holds reversed");
        assertFalse(page.contains("inferred (prp-"), page);
    }

    @Test
    void theFrenchNetworkPageSaysTheBasesInFrench() throws Exception {
        frenchPageHolding("doc/cluster/plastiwin", "<h2 id=\"complementarities\">Complémentarités dérivées (",
                ">MecaTech</a> — force 1,5", "<li>Les deux travaillent dans NACE 25 ",
                "<li>Plastiwin fournit Skywin : NACE 22.2 → 30.3 — ", "(The key sectors, ligne 15)",
                "MecaTech : The key sectors, ligne 57 <span class=\"muted\">(poids 1)</span>");
    }

    @Test
    void aRelationsDocumentDescribesItsBasesWhichAreHashIrisOfIt() throws Exception {
        String relation = base + "id/complementarity/horizontal-plastiwin-mecatech";
        String turtle = Http.get(url + "doc/complementarity/horizontal-plastiwin-mecatech", "Accept", "text/turtle").body();
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).base(base).parse(model);
        var basis = model.createResource(relation + "#nace-25");
        assertTrue(model.contains(basis, model.createProperty(WCO + "sharedSector"), model.createResource(base + "id/sector/nace-25")), turtle);
        assertTrue(model.contains(basis, model.createProperty(WCO + "viaAlignment"), model.createResource(base + "id/alignment/network-mecatech")), turtle);
        assertTrue(model.contains(basis, model.createProperty(WCO + "weight")), turtle);
        assertTrue(model.contains(model.createResource(relation), model.createProperty(WCO + "strength")), turtle);
    }

    @Test
    void theHtmlPageChoosesItsLanguageByAcceptLanguageAndByLangParameter() throws Exception {
        HttpResponse<String> fr = Http.get(url + "doc/cluster/tweed", "Accept", "text/html", "Accept-Language", "fr-BE,fr;q=0.9,en;q=0.5");
        assertTrue(fr.body().contains("<html lang=\"fr\">"), fr.body().substring(0, 200));
        assertTrue(fr.body().contains("Ce que disent les sources"));
        HttpResponse<String> en = Http.get(url + "doc/cluster/tweed?lang=en", "Accept", "text/html", "Accept-Language", "fr");
        assertTrue(en.body().contains("What the sources say"));
    }

    @Test
    void theHtmlPageShowsEachStatementWithItsSourceAndQuotedEvidence() throws Exception {
        String page = Http.get(url + "doc/cluster/tweed", "Accept", "text/html").body();
        assertTrue(page.contains("The key sectors"), "source title");
        assertTrue(page.contains("<q>TWEED\tEnergie durable</q>") || page.contains("<q>TWEED&#9;Energie durable</q>")
                || page.contains("Energie durable</q>"), "quoted evidence");
        assertTrue(page.contains("href=\"/doc/group/environment-and-sustainable-development\""), "thematic group link");
        assertTrue(page.contains("/ui?query="), "SPARQL link");
    }

    @Test
    void aBrowserReadingADocumentCrossOriginSeesItsLinkAndEtag() throws Exception {
        HttpResponse<String> r = Http.get(url + "doc/cluster/tweed", "Accept", "text/turtle", "Origin", "https://example.org");
        String exposed = r.headers().firstValue("Access-Control-Expose-Headers").orElse("");
        assertTrue(exposed.contains("ETag") && exposed.contains("Link") && exposed.contains("Vary"), exposed);
    }

    @Test
    void indexPagesListTheClustersThePolesAndTheSectors() throws Exception {
        assertTrue(Http.get(url + "poles").body().contains("href=\"/doc/pole/skywin\""));
        assertTrue(Http.get(url + "clusters").body().contains("href=\"/doc/cluster/plastiwin\""));
        assertTrue(Http.get(url + "sectors").body().contains("href=\"/doc/domain/life-sciences\""));
    }

    @Test
    void theSearchFindsTweedByAFrenchWordWithoutItsAccent() throws Exception {
        String page = Http.get(url + "search?q=energie").body();
        assertTrue(page.contains("href=\"/doc/cluster/tweed\""), page);
    }

    @Test
    void aSearchWordEndingInAStarFindsEveryWordItBegins() throws Exception {
        String page = Http.get(url + "search?q=" + Http.encode("recycl*")).body();
        assertTrue(page.contains("or <mark>recycled</mark> raw materials"), page);
        assertTrue(page.contains("re-using / <mark>recycling</mark> end of life"), page);
    }

    @Test
    void aSearchWordFindsTheOtherFormsOfItsStemInEitherLanguage() throws Exception {
        String recycling = Http.get(url + "search?q=recycling").body();
        assertTrue(recycling.contains("or <mark>recycled</mark> raw materials"), recycling);
        String energie = Http.get(url + "search?q=" + Http.encode("énergie")).body();
        assertTrue(energie.contains("href=\"/doc/pole/greenwin\""), "GreenWin's energy management line");
        assertTrue(energie.contains("href=\"/doc/domain/sustainable-energy\""), "the English 'sustainable energy'");
    }

    @Test
    void aSearchOfSeveralWordsFindsWhatHasThemAllBeforeWhatHasAny() throws Exception {
        String page = Http.get(url + "search?q=" + Http.encode("sustainable construction")).body();
        assertTrue(page.contains("<p aria-live=\"polite\">1 result for “sustainable construction”</p>"), page);
        assertTrue(page.contains("href=\"/doc/cluster/eco-construction\""), page);
        String any = Http.get(url + "search?q=" + Http.encode("lagooning zeppelin")).body();
        assertTrue(any.contains(", with any of the words (none has them all)"), any);
    }

    @Test
    void theNumberOfResultsIsSaidInThePagesLanguage() throws Exception {
        String page = Http.get(url + "search?q=energie&lang=fr").body();
        assertTrue(page.matches("(?s).*<p aria-live=\"polite\">\\d+ résultats pour « energie »</p>.*"), page);
        String none = Http.get(url + "search?q=zeppelin").body();
        assertTrue(none.contains("No results for “zeppelin”"), none);
    }

    @Test
    void aFrenchPageKeepsFrenchInItsLinksAndItsSearch() throws Exception {
        String page = Http.get(url + "doc/cluster/tweed?lang=fr", "Accept", "text/html", "Accept-Language", "en").body();
        assertTrue(page.contains("href=\"/doc/domain/energie-durable?lang=fr\""), "entity links");
        assertTrue(page.contains("href=\"/poles?lang=fr\""), "navigation");
        assertTrue(page.contains("<input type=\"hidden\" name=\"lang\" value=\"fr\">"), "search form");
        assertTrue(page.contains("Rechercher"), "header in French");
        String english = Http.get(url + "doc/cluster/tweed?lang=en", "Accept", "text/html").body();
        assertTrue(english.contains("href=\"/doc/domain/energie-durable\""), "English links carry no parameter");
    }

    @Test
    void coverageAnswersCsvToAnAnalystsClientAndCachesIt() throws Exception {
        HttpResponse<String> r = Http.get(url + "coverage?level=division", "Accept", "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = r.body().lines().toList();
        assertEquals(89, lines.size());
        assertTrue(lines.get(0).startsWith("level,code,title,scope,networks,status,aresa,"), lines.get(0));
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, Http.get(url + "coverage?level=division", "Accept", "text/csv", "If-None-Match", etag).statusCode());
    }

    @Test
    void coverageAnswersAnAcceptItCannotMeetWith406ListingItsForms() throws Exception {
        HttpResponse<String> r = Http.get(url + "coverage", "Accept", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/csv") && r.body().contains("format=txt|csv|json|html"), r.body());
        assertEquals(406, Http.get(url + "coverage?format=pdf").statusCode());
    }

    @Test
    void coverageOfOneSourceInJsonGivesItsShares() throws Exception {
        HttpResponse<String> r = Http.get(url + "coverage?format=json&source=clusters-2008-fr");
        assertEquals(200, r.statusCode());
        org.apache.jena.atlas.json.JsonObject json = org.apache.jena.atlas.json.JSON.parse(r.body());
        assertEquals("clusters-2008-fr", json.get("scope").getAsString().value());
        assertEquals(7, json.get("sections").getAsObject().get("covered").getAsNumber().value().intValue());
        assertEquals(18, json.get("divisions").getAsObject().get("covered").getAsNumber().value().intValue());
    }

    @Test
    void coverageRefusesAnUnknownSourceNamingTheKnownOnes() throws Exception {
        HttpResponse<String> r = Http.get(url + "coverage?source=nope");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("expected one of [cluster-definition-en, clusters-2008-fr"), r.body());
    }
}
