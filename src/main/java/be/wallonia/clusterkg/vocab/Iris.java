package be.wallonia.clusterkg.vocab;

import org.apache.jena.irix.IRIs;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The IRI scheme of the graph under one base, the one place that builds IRIs and reads them back: things at
 * {@code {base}id/{kind}/{slug}}, the documents about them at {@code {base}doc/{kind}/{slug}}, named graphs at
 * {@code {base}graph/…}, the dataset's own documents ({@code sparql}, {@code void}, {@code dumps/…}) under the base.
 * The base is configuration, so that every IRI answers where the graph is served; it is built once, by the command
 * line, and handed to every stage.
 */
public record Iris(String base) {
    /** The base of a graph built or served without one: the server's default address. */
    public static final String DEFAULT_BASE = "http://localhost:8080/";
    public static final Iris DEFAULT = new Iris(DEFAULT_BASE);

    private static final String THINGS = "id/";
    private static final String DOCUMENTS = "doc/";
    private static final String GRAPHS = "graph/";
    private static final String SOURCE_GRAPHS = GRAPHS + "source/";
    private static final String DUMPS = "dumps/";
    private static final String PASSAGE = "passage";
    /** Where the skolem IRIs of blank nodes are, under the base (RDF 1.1 Concepts, §3.5). */
    private static final String SKOLEMS = ".well-known/genid/";

    /** The server's path specs of things, of the documents about them and of the named graphs. */
    public static final String THINGS_PATH_SPEC = "/" + THINGS + "*";
    public static final String DOCUMENTS_PATH_SPEC = "/" + DOCUMENTS + "*";
    public static final String GRAPHS_PATH_SPEC = "/" + GRAPHS + "*";
    /** The server's path spec of the skolem IRIs of blank nodes. */
    public static final String SKOLEMS_PATH_SPEC = "/" + SKOLEMS + "*";
    /** The path of the SPARQL endpoint, under the base. */
    public static final String SPARQL_PATH = "sparql";
    /** The path of the dataset's VoID and DCAT description, under the base. */
    public static final String VOID_PATH = "void";
    /** The path of the Triple Pattern Fragments interface, under the base. */
    public static final String FRAGMENTS_PATH = "fragments";

    public Iris {
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("the base IRI must end with '/': " + base);
        }
        if (!IRIs.check(base) || !base.matches("^https?://.+")) {
            throw new IllegalArgumentException("the base must be an absolute http(s) IRI: " + base);
        }
    }

    /** The IRIs of a graph served, without a base of its own, by the local server at this port. */
    public static Iris local(int port) { return new Iris("http://localhost:" + port + "/"); }

    // things and their documents

    public String id(String kind, String slug) { return thing(kind + "/" + slug); }

    /** The thing named by "{kind}/{slug}". */
    public String thing(String kindAndSlug) { return thingPrefix() + kindAndSlug; }

    /** The path of a thing on the server that serves it: "/id/{kind}/{slug}". */
    public static String thingPath(String kindAndSlug) { return "/" + THINGS + kindAndSlug; }

    /** What every thing's IRI starts with. */
    public String thingPrefix() { return base + THINGS; }

    public String passage(String sourceSlug, int line) { return id(PASSAGE, sourceSlug + "-l" + line); }

    public String extractor(String extractorId) { return id("extractor", extractorId); }

    /** "{kind}/{slug}" of a thing's IRI; empty for an IRI that names no thing of this graph. */
    public Optional<String> kindAndSlug(String iri) {
        return iri.startsWith(thingPrefix()) && iri.length() > thingPrefix().length()
                ? Optional.of(iri.substring(thingPrefix().length())) : Optional.empty();
    }

    /** The kind of a thing ("pole" for {@code {base}id/pole/biowin}). */
    public Optional<String> kind(String iri) {
        return kindAndSlug(iri).map(k -> k.split("/", 2)[0]);
    }

    public boolean isThing(String iri) { return kindAndSlug(iri).isPresent(); }

    /** A passage of a source document: evidence, not a thing people look up. */
    public boolean isPassage(String iri) { return kind(iri).filter(PASSAGE::equals).isPresent(); }

    /** The document about a thing, relative to the base: "doc/pole/biowin". */
    public static String document(String kindAndSlug) { return DOCUMENTS + kindAndSlug; }

    /** Whether a server path is that of a document about a thing ("/doc/pole/biowin"), whatever the base. */
    public static boolean isDocumentPath(String path) { return path.startsWith("/" + DOCUMENTS); }

    /** "{kind}/{slug}" of a document's server path ("/doc/pole/biowin"). */
    public static Optional<String> kindAndSlugOfDocumentPath(String path) {
        return isDocumentPath(path) ? Optional.of(path.substring(DOCUMENTS.length() + 1)) : Optional.empty();
    }

    /** The IRI of the document about a thing: {@code {base}doc/pole/biowin}. */
    public String documentIri(String kindAndSlug) { return base + document(kindAndSlug); }

    /** The path of the document about a thing, from the server's root: "/doc/pole/biowin". */
    public Optional<String> documentPath(String thingIri) {
        return kindAndSlug(thingIri).map(k -> "/" + document(k));
    }

    // named graphs

    /** What every named graph's IRI starts with. */
    public String graphPrefix() { return base + GRAPHS; }

    public String sourceGraph(String sourceSlug) { return base + SOURCE_GRAPHS + sourceSlug; }

    /** The graph of what one source document states (or one imported file). */
    public boolean isSourceGraph(String graph) { return graph.startsWith(base + SOURCE_GRAPHS); }

    public String curatedGraph() { return base + GRAPHS + "curated"; }

    public String ontologyGraph() { return base + GRAPHS + "ontology"; }

    public String metaGraph() { return base + GRAPHS + "meta"; }

    /** The graph of the NACE Rev. 2 classification, a reference vocabulary rather than a source document. */
    public String naceGraph() { return base + GRAPHS + "nace"; }

    /** The graph of what one entailment rule adds; all such graphs share {@link #inferredGraphPrefix()}. */
    public String inferredGraph(String ruleId) { return inferredGraphPrefix() + ruleId; }

    public String inferredGraphPrefix() { return base + GRAPHS + "inferred/"; }

    /**
     * A graph the build computes from other graphs by a rule of its own, not an entailment: a network's sectors,
     * complementarities, membership statistics; see {@link #derivedGraphPrefix()}.
     */
    public String derivedGraph(String ruleId) { return derivedGraphPrefix() + ruleId; }

    public String derivedGraphPrefix() { return base + GRAPHS + "derived/"; }

    // the dataset's own documents

    /** A document of the dataset under the base: "void", "ontology", "coverage", "void#dataset". */
    public String at(String path) { return base + path; }

    public String endpoint() { return at(SPARQL_PATH); }

    /** The SPARQL service, as its service description (served at the endpoint) and the DCAT description name it. */
    public String sparqlService() { return endpoint() + "#service"; }

    /** The Triple Pattern Fragments interface: its address, and the service as the DCAT description names it. */
    public String fragments() { return at(FRAGMENTS_PATH); }

    public String fragmentsService() { return fragments() + "#service"; }

    /** A Triple Pattern Fragment (or page of one) by its query string, raw as requested; empty: the whole graph. */
    public String fragments(String rawQuery) { return fragments() + (rawQuery.isEmpty() ? "" : "?" + rawQuery); }

    /** The dataset the Triple Pattern Fragments are subsets of. */
    public String fragmentsDataset() { return at(FRAGMENTS_PATH + "#dataset"); }

    /** The dataset itself, as its VoID description names it. */
    public String dataset() { return at(VOID_PATH + "#dataset"); }

    /**
     * The skolem IRI of a blank node of the graph: a fragment names its blank nodes this way, so that a client can
     * ask for another fragment about one (a blank node's label means nothing outside the document it is in).
     */
    public String skolem(String blankNodeLabel) {
        return base + SKOLEMS + URLEncoder.encode(blankNodeLabel, StandardCharsets.UTF_8);
    }

    /** The label of the blank node a skolem IRI of this graph stands for; empty for any other IRI. */
    public Optional<String> blankNodeLabel(String iri) {
        String prefix = base + SKOLEMS;
        return iri.startsWith(prefix) && iri.length() > prefix.length()
                ? Optional.of(URLDecoder.decode(iri.substring(prefix.length()), StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** Where one dump is downloaded. */
    public String dump(String fileName) { return at(DUMPS + fileName); }

    /** The page listing the dumps, with their checksums and how to load them. */
    public String dumps() { return at(DUMPS); }

    /** The path of the dumps' directory page, from the server's root ("/dumps/" under {@code http://host/}). */
    public String dumpsPath() { return basePath() + DUMPS; }

    /** The path of the base ("/" for {@code http://host/}): where the pages' links start. */
    public String basePath() { return URI.create(base).getRawPath(); }

    /** The path of an IRI under the base, from the server's root ("/id/pole/biowin"), if it is under the base. */
    public Optional<String> localPath(String iri) {
        return iri.startsWith(base) ? Optional.of(basePath() + iri.substring(base.length())) : Optional.empty();
    }
}
