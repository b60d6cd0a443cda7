package be.wallonia.clusterkg.serve;

import be.wallonia.clusterkg.pipeline.BuiltGraph;
import be.wallonia.clusterkg.vocab.Iris;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.GraphQueryResult;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The RDF clients people use, run as they run them (Debian's Python libraries and command-line tools, Comunica from
 * src/test/interop's lock file, RDF4J and Jena in this JVM) against the served build, each asked one thing.
 * A client that is not installed skips its tests, except in CI (CI set), where .ci/run installs them all and a
 * missing one fails.
 */
class InteropIT {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path RAPPER = Path.of("/usr/bin/rapper");
    static final Path ROQET = Path.of("/usr/bin/roqet");
    static final Path NODE_CLIENTS = Path.of("src/test/interop/node_modules/.bin");
    static final Path COMUNICA = NODE_CLIENTS.resolve("comunica-sparql");
    static final Path COMUNICA_LINK_TRAVERSAL = NODE_CLIENTS.resolve("comunica-sparql-link-traversal");
    static final String NPM_CI = "npm ci --prefix src/test/interop (.ci/run does)";
    static final int SECONDS = 120;
    /** What a Python script prints of TWEED's labels by show(labels), the function python() gives it. */
    static final String TWEED_LABELS = "TWEED@en\nTWEED@fr";
    static final String PYTHON_SHOW = """
            def show(labels):
                for label in sorted(labels): print(label + "@" + label.language)
            """;

    @TempDir static Path out;
    static GraphServer server;
    /** The IRIs are those of the served build, so that a client following them reaches this server. */
    static String base;
    static String tweed;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://127.0.0.1:" + port + "/";
        BuiltGraph graph = BuiltGraph.buildInto(out, base);
        server = GraphServer.create().build(graph.current()).port(port).iris(new Iris(base)).build().start();
        tweed = base + "id/cluster/tweed";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    // ---- Python: SPARQLWrapper and rdflib (python3-sparqlwrapper, python3-rdflib) ----

    @Test
    void sparqlWrapperGetsTheCookbookRowsInJson() throws Exception {
        needPython("SPARQLWrapper", "python3-sparqlwrapper");
        Run run = python("""
                import sys
                from SPARQLWrapper import SPARQLWrapper, JSON
                endpoint, base, query = sys.argv[1:4]
                client = SPARQLWrapper(endpoint)
                client.setQuery(open(query, encoding="utf-8").read())
                client.setReturnFormat(JSON)
                result = client.query().convert()
                def cell(b):
                    if b is None: return ""
                    if b["type"] == "uri":
                        return "{base}" + b["value"][len(base):] if b["value"].startswith(base) else b["value"]
                    return b["value"] + ("@" + b["xml:lang"] if "xml:lang" in b else "")
                names = result["head"]["vars"]
                print("\\t".join(names))
                for row in result["results"]["bindings"]:
                    print("\\t".join(cell(row.get(n)) for n in names))
                """, base + "sparql", base, "queries/13-network-labels-en-fr.rq");
        String expected = Files.readString(Path.of("queries/expected/13-network-labels-en-fr.tsv"));
        assertEquals(expected.strip(), run.out().strip());
        assertEquals(6, run.out().lines().filter(l -> l.contains("#CompetitivenessCluster\t")).count(), "the six pôles");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"CONSTRUCT WHERE { <%s> rdfs:label ?l }", "DESCRIBE <%s>"})
    void sparqlWrapperGetsAGraphQueryInTurtleWithNoWarning(String form) throws Exception {
        needPython("SPARQLWrapper", "python3-sparqlwrapper");
        Run run = python("""
                import sys, rdflib
                from SPARQLWrapper import SPARQLWrapper, TURTLE
                endpoint, query, thing = sys.argv[1:4]
                client = SPARQLWrapper(endpoint)
                client.setQuery("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + query)
                client.setReturnFormat(TURTLE)
                g = rdflib.Graph().parse(data=client.query().convert(), format="turtle")
                show(g.objects(rdflib.URIRef(thing), rdflib.RDFS.label))
                """, base + "sparql", form.formatted(tweed), tweed);
        assertEquals(TWEED_LABELS, run.out().strip());
        // SPARQLWrapper warns on stderr when the answer is not in the type it asked for
        assertEquals("", run.err(), "stderr");
    }

    @Test
    void rdflibFollowsTheThingsRedirectAndReadsItsLabels() throws Exception {
        needPython("rdflib", "python3-rdflib");
        Run run = python("""
                import sys, rdflib
                thing = rdflib.URIRef(sys.argv[1])
                g = rdflib.Graph().parse(thing)
                show(g.objects(thing, rdflib.RDFS.label))
                """, tweed);
        assertEquals(TWEED_LABELS, run.out().strip());
        assertEquals("", run.err(), "stderr");
    }

    /**
     * A TriG reader that looks at the default graph finds the thing described there. rdflib before 7 (Debian's is
     * 6.1.1) reads a document's default graph into a graph named after the document instead of its default graph
     * (RDFLib/rdflib#2404): both are read here, so the test holds for rdflib 6 and 7.
     */
    @Test
    void rdflibDatasetFindsTheDescriptionInTheTrigDocumentsDefaultGraph() throws Exception {
        needPython("rdflib", "python3-rdflib");
        Run run = python("""
                import sys, rdflib
                document, thing = sys.argv[1], rdflib.URIRef(sys.argv[2])
                d = rdflib.Dataset()
                d.parse(document, format="trig")
                unnamed = (d.default_context, d.graph(rdflib.URIRef(document)))
                show({label for g in unnamed for label in g.objects(thing, rdflib.RDFS.label)})
                """, base + "doc/cluster/tweed.trig", tweed);
        assertEquals(TWEED_LABELS, run.out().strip(), "labels in the default graph; stderr: " + run.err());
    }

    @Test
    void rdflibSparqlStoreAnswersASelect() throws Exception {
        needPython("rdflib", "python3-rdflib");
        Run run = python("""
                import sys, rdflib
                from rdflib.plugins.stores.sparqlstore import SPARQLStore
                g = rdflib.Graph(store=SPARQLStore(sys.argv[1]))
                rows = g.query("SELECT ?l WHERE { <%s> <http://www.w3.org/2000/01/rdf-schema#label> ?l }" % sys.argv[2])
                show(label for (label,) in rows)
                """, base + "sparql", tweed);
        assertEquals(TWEED_LABELS, run.out().strip());
        assertEquals("", run.err(), "stderr");
    }

    // ---- Raptor and Rasqal (raptor2-utils, rasqal-utils) ----

    @Test
    void rapperGuessesTheFormatOfTheThingsDocument() throws Exception {
        need(RAPPER, "raptor2-utils");
        Run run = run(RAPPER.toString(), "-q", "-i", "guess", "-o", "ntriples", tweed);
        assertTrue(run.out().lines().count() > 100, run.out().lines().count() + " triples");
        assertTrue(run.out().contains("<" + tweed + "> <" + RDFS.label.getURI() + "> \"TWEED\"@en ."), run.out());
        assertEquals("", run.err(), "stderr");
    }

    @Test
    void rapperGuessesTheFormatOfTheDatasetDescription() throws Exception {
        need(RAPPER, "raptor2-utils");
        Run run = run(RAPPER.toString(), "-q", "-i", "guess", "-o", "ntriples", base + "void");
        assertTrue(run.out().lines().count() > 50, run.out().lines().count() + " triples");
        assertTrue(run.out().contains("<" + base + "void#dataset> <http://purl.org/dc/terms/title> "
                + "\"Wallonia clusters knowledge graph\"@en ."), run.out());
        assertEquals("", run.err(), "stderr");
    }

    /** roqet 0.9.33 asks application/sparql-results+xml for every query form, so it can only read a SELECT or an ASK. */
    @Test
    void roqetAsksTheEndpointAsARemoteService() throws Exception {
        need(ROQET, "rasqal-utils");
        Run run = run(ROQET.toString(), "-q", "-i", "sparql", "-r", "tsv", "-p", base + "sparql",
                "-e", "SELECT ?l WHERE { <" + tweed + "> <" + RDFS.label.getURI() + "> ?l } ORDER BY ?l");
        assertEquals(List.of("?l", "\"TWEED\"@en", "\"TWEED\"@fr"), run.out().lines().toList());
        assertEquals("", run.err(), "stderr");
    }

    // ---- Comunica (npm, src/test/interop) ----

    @Test
    void comunicaAnswersASelectOverSparql() throws Exception {
        Run run = comunica(COMUNICA, base + "sparql", labelsOfTweed());
        assertEquals(Set.of("\"TWEED\"@en", "\"TWEED\"@fr"), column(run, "l"));
    }

    /** Comunica first reads the endpoint's service description (GET /sparql with its RDF Accept) to learn what it is. */
    @Test
    void comunicaDiscoversTheSparqlEndpointWithNoWarning() throws Exception {
        Run run = comunica(COMUNICA, base + "sparql", labelsOfTweed());
        assertEquals("", run.err(), "stderr");
    }

    /**
     * A cookbook query answered by a Triple Pattern Fragments client over /fragments gives the rows /sparql gives: the
     * queries it answers on its own (no GRAPH, no SERVICE, no text:query).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"15-legal-acts", "16-legal-forms", "20-sectors-with-no-network",
            "22-derived-complementarities-of-a-network", "24-sector-alignment-justifications"})
    void comunicaOverFragmentsGivesTheRowsOfTheEndpoint(String name) throws Exception {
        String query = Files.readString(Path.of("queries", name + ".rq"));
        List<String> fromFragments = rows(resultSet(comunica(COMUNICA, base + "fragments", query)));
        List<String> fromEndpoint;
        try (QueryExecution qe = QueryExecutionHTTP.service(base + "sparql").query(query).build()) {
            fromEndpoint = rows(qe.execSelect());
        }
        assertTrue(fromEndpoint.size() > 0, name + " has rows");
        assertEquals(fromEndpoint, fromFragments, name);
    }

    /**
     * Starting from TWEED's IRI alone, a link-traversal client finds its neighbours and their labels in the documents.
     * The vocabularies' IRIs cannot be fetched here (no network): --lenient lets it pass over them, as a client on
     * the web would read them.
     */
    @Test
    void comunicaLinkTraversalFindsTweedsLabelledNeighbours() throws Exception {
        String query = "SELECT DISTINCT ?n WHERE { <" + tweed + "> ?p ?n . ?n <" + RDFS.label.getURI() + "> ?l }";
        Set<String> traversed = new TreeSet<>();
        for (String n : column(comunica(COMUNICA_LINK_TRAVERSAL, tweed, query, "--lenient"), "n")) {
            if (n.startsWith("<" + base)) traversed.add(n);
        }
        Set<String> served = new TreeSet<>();
        try (QueryExecution qe = QueryExecutionHTTP.service(base + "sparql").query(query).build()) {
            qe.execSelect().forEachRemaining(s -> {
                String n = NodeFmtLib.strNT(s.get("n").asNode());
                if (n.startsWith("<" + base)) served.add(n);
            });
        }
        assertTrue(served.contains("<" + base + "id/cluster/infopole>"), served.toString());
        assertEquals(served, traversed);
    }

    // ---- RDF4J and Jena, in this JVM ----

    private static List<String> slugs(ResultSet rs, String var) {
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(s -> out.add(s.getResource(var).getURI().replace(base + "id/", "")));
        return out;
    }

    @Test
    void jenaRdfConnectionListsTheSixPoles() {
        try (RDFConnection conn = RDFConnection.queryConnect(base + "sparql");
             QueryExecution qe = conn.query(SparqlEndpointIT.POLES)) {
            assertEquals(List.of("pole/biowin", "pole/greenwin", "pole/logistics-in-wallonia", "pole/mecatech",
                    "pole/skywin", "pole/wagralim"), slugs(qe.execSelect(), "pole"));
        }
    }

    @Test
    void rdf4jSparqlRepositoryListsTheSameSixPoles() {
        SPARQLRepository repo = new SPARQLRepository(base + "sparql");
        try (RepositoryConnection conn = repo.getConnection();
             TupleQueryResult result = conn.prepareTupleQuery(SparqlEndpointIT.POLES).evaluate()) {
            List<String> poles = new ArrayList<>();
            for (BindingSet b : result) poles.add(b.getValue("pole").stringValue().replace(base + "id/", ""));
            assertEquals(List.of("pole/biowin", "pole/greenwin", "pole/logistics-in-wallonia", "pole/mecatech",
                    "pole/skywin", "pole/wagralim"), poles);
        } finally {
            repo.shutDown();
        }
    }

    @Test
    void rdf4jSparqlRepositoryReadsAConstruct() {
        SPARQLRepository repo = new SPARQLRepository(base + "sparql");
        try (RepositoryConnection conn = repo.getConnection();
             GraphQueryResult result = conn.prepareGraphQuery(
                     "CONSTRUCT { <" + tweed + "> <" + RDFS.label.getURI() + "> ?l } WHERE { <" + tweed + "> <"
                             + RDFS.label.getURI() + "> ?l }").evaluate()) {
            Set<String> labels = new TreeSet<>();
            for (Statement st : result) labels.add(st.getObject().toString());
            assertEquals(Set.of("\"TWEED\"@en", "\"TWEED\"@fr"), labels);
        } finally {
            repo.shutDown();
        }
    }

    @Test
    void jenaRdfConnectionReadsAConstruct() {
        try (RDFConnection conn = RDFConnection.queryConnect(base + "sparql")) {
            Model m = conn.queryConstruct("CONSTRUCT WHERE { <" + tweed + "> <" + RDFS.label.getURI() + "> ?l }");
            assertEquals(Set.of("TWEED@en", "TWEED@fr"), labels(m, m.createResource(tweed)));
        }
    }

    @Test
    void jenaReadsTheThingsIriFollowingTheRedirect() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(tweed).parse(m);
        assertEquals(Set.of("TWEED@en", "TWEED@fr"), labels(m, m.createResource(tweed)));
    }

    // ---- helpers ----

    record Run(String out, String err) {}

    private static String labelsOfTweed() {
        return "SELECT ?l WHERE { <" + tweed + "> <" + RDFS.label.getURI() + "> ?l }";
    }

    private static Set<String> labels(Model m, Resource thing) {
        Set<String> labels = new TreeSet<>();
        m.listObjectsOfProperty(thing, RDFS.label).forEachRemaining(l -> labels.add(l.asLiteral().getLexicalForm()
                + "@" + l.asLiteral().getLanguage()));
        return labels;
    }

    /** A tool that is not installed skips the test, or fails it in CI, naming the package that brings it. */
    private static void need(Path tool, String installedBy) {
        boolean installed = Files.isExecutable(tool);
        String missing = tool + " is not installed: " + installedBy;
        if (System.getenv("CI") != null) assertTrue(installed, missing);
        assumeTrue(installed, missing);
    }

    private static void needPython(String module, String debianPackage) throws Exception {
        need(PYTHON, "apt-get install python3");
        boolean installed = new ProcessBuilder(PYTHON.toString(), "-c", "import " + module).start().waitFor() == 0;
        String missing = "Python's " + module + " is not installed: apt-get install " + debianPackage;
        if (System.getenv("CI") != null) assertTrue(installed, missing);
        assumeTrue(installed, missing);
    }

    private static Run python(String script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-c", PYTHON_SHOW + script));
        command.addAll(List.of(args));
        return run(command.toArray(String[]::new));
    }

    /** Comunica on one source, its results as SPARQL JSON. */
    private static Run comunica(Path client, String source, String query, String... options) throws Exception {
        need(client, NPM_CI);
        List<String> command = new ArrayList<>(List.of(client.toString(), source, "-t", "application/sparql-results+json"));
        command.addAll(List.of(options));
        command.add(query);
        return run(command.toArray(String[]::new));
    }

    private static ResultSetRewindable resultSet(Run run) {
        try {
            return ResultSetMgr.read(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)),
                    ResultSetLang.RS_JSON).rewindable();
        } catch (RuntimeException e) {
            return fail("not SPARQL JSON results: " + e.getMessage() + "\nstdout: " + run.out() + "\nstderr: " + run.err());
        }
    }

    private static Set<String> column(Run run, String var) {
        Set<String> values = new TreeSet<>();
        resultSet(run).forEachRemaining(s -> values.add(NodeFmtLib.strNT(s.get(var).asNode())));
        return values;
    }

    /** Each row as its bound variables and their values in N-Triples, sorted: the order of ties is the engine's own. */
    private static List<String> rows(ResultSet rs) {
        List<String> rows = new ArrayList<>();
        rs.forEachRemaining(s -> {
            StringBuilder row = new StringBuilder();
            for (String var : new TreeSet<>(rs.getResultVars())) {
                Node value = s.contains(var) ? s.get(var).asNode() : null;
                row.append(var).append('=').append(value == null ? "" : NodeFmtLib.strNT(value)).append(' ');
            }
            rows.add(row.toString());
        });
        rows.sort(null);
        return rows;
    }

    /** Runs a client to its end (at most SECONDS), failing with its stderr when it exits non-zero. */
    private static Run run(String... command) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile(out, "stdout", ".txt");
        Path stderr = Files.createTempFile(out, "stderr", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail(command[0] + " ran longer than " + SECONDS + " s; stderr: " + Files.readString(stderr));
        }
        Run run = new Run(Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
        assertEquals(0, p.exitValue(), command[0] + " exit code; stderr: " + run.err() + "\nstdout: " + run.out());
        return run;
    }
}
