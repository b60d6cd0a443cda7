package be.wallonia.clusterkg.format;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;

import java.util.List;
import java.util.Optional;

/**
 * The one table of the formats the project reads and writes: content negotiation, imported files and dumps all
 * look formats up here. Media type, file extensions, name and whether a format holds only quads are Jena's
 * ({@link RDFLanguages}); the table adds only which of Jena's writers to use and the order of preference.
 */
public final class MediaTypes {
    public static final String HTML = "text/html";
    /** The extension and {@code format=} name of the HTML variant of a document. */
    public static final String HTML_EXTENSION = "html";

    /** One RDF format: Jena's language and the writer the project uses for it. */
    public record Rdf(Lang lang, RDFFormat format) {
        public String mediaType() { return lang.getHeaderString(); }

        /** The extension of the files the project writes in this format; others are read too. */
        public String extension() { return lang.getFileExtensions().get(0); }

        public List<String> extensions() { return lang.getFileExtensions(); }

        /** The format's name for people: "Turtle", "JSON-LD", "RDF/XML", … */
        public String name() { return lang.getLabel(); }

        /** A format of quads only (TriG, N-Quads): a document in it is written as a dataset, with its graphs. */
        public boolean quads() { return RDFLanguages.isQuads(lang) && !RDFLanguages.isTriples(lang); }
    }

    public static final Rdf TURTLE = new Rdf(Lang.TURTLE, RDFFormat.TURTLE_PRETTY);
    public static final Rdf JSON_LD = new Rdf(Lang.JSONLD, RDFFormat.JSONLD11_PRETTY);
    public static final Rdf RDF_XML = new Rdf(Lang.RDFXML, RDFFormat.RDFXML_PRETTY);
    public static final Rdf N_TRIPLES = new Rdf(Lang.NTRIPLES, RDFFormat.NTRIPLES);
    public static final Rdf TRIG = new Rdf(Lang.TRIG, RDFFormat.TRIG_PRETTY);
    public static final Rdf N_QUADS = new Rdf(Lang.NQUADS, RDFFormat.NQUADS);

    /** Every RDF format the project knows, graph formats first. */
    public static final List<Rdf> ALL = List.of(TURTLE, JSON_LD, RDF_XML, N_TRIPLES, TRIG, N_QUADS);

    /** Graph formats, in the order of preference when a client accepts several equally. */
    public static final List<Rdf> GRAPH_FORMATS = List.of(TURTLE, JSON_LD, RDF_XML, N_TRIPLES);

    /** The RDF formats of a resource's document: the graph formats, and TriG, which keeps each statement's graph. */
    public static final List<Rdf> DOCUMENT_FORMATS = List.of(TURTLE, JSON_LD, RDF_XML, N_TRIPLES, TRIG);

    /** The format of a file, by any of its format's extensions, case aside. */
    public static Optional<Rdf> byFileExtension(String extension) {
        String ext = extension.toLowerCase(java.util.Locale.ROOT);
        return ALL.stream().filter(f -> f.extensions().contains(ext)).findFirst();
    }

    private MediaTypes() {}

    /**
     * The offered media type the {@code Accept} header prefers (q-values honoured); the first offered when
     * the header is absent or accepts anything.
     */
    public static Optional<String> choose(String accept, List<String> offered) {
        if (offered.isEmpty()) return Optional.empty();
        if (accept == null || accept.isBlank()) return Optional.of(offered.get(0));
        AcceptList offers = new AcceptList(String.join(",", offered));
        AcceptList proposals;
        try {
            proposals = new AcceptList(accept);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        MediaType match = AcceptList.match(proposals, offers);
        return match == null ? Optional.empty() : Optional.of(match.getContentTypeStr());
    }

    public static Optional<Rdf> rdf(String mediaType) {
        return ALL.stream().filter(f -> f.mediaType().equals(mediaType)).findFirst();
    }
}
