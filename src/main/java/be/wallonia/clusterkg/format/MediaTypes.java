package be.wallonia.clusterkg.format;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

import java.util.List;
import java.util.Optional;

/**
 * The one table that drives content negotiation for RDF documents: media type, the format Jena writes,
 * the file extension and the {@code format=} name, and whether the format holds named graphs.
 */
public final class MediaTypes {
    public static final String HTML = "text/html";
    /** The extension and {@code format=} name of the HTML variant of a document. */
    public static final String HTML_EXTENSION = "html";

    /** One RDF format the server offers. */
    public record Rdf(String mediaType, RDFFormat format, String extension, boolean quads) {
        public Lang lang() { return format.getLang(); }

        /** The format's name for people: "Turtle", "JSON-LD", "RDF/XML", … */
        public String name() { return NAMES.getOrDefault(mediaType, lang().getLabel()); }
    }

    private static final java.util.Map<String, String> NAMES = java.util.Map.of(
            "text/turtle", "Turtle", "application/ld+json", "JSON-LD", "application/rdf+xml", "RDF/XML",
            "application/n-triples", "N-Triples", "application/trig", "TriG", "application/n-quads", "N-Quads");

    public static final Rdf TURTLE = new Rdf("text/turtle", RDFFormat.TURTLE_PRETTY, "ttl", false);
    public static final Rdf JSON_LD = new Rdf("application/ld+json", RDFFormat.JSONLD11_PRETTY, "jsonld", false);
    public static final Rdf RDF_XML = new Rdf("application/rdf+xml", RDFFormat.RDFXML_PRETTY, "rdf", false);
    public static final Rdf N_TRIPLES = new Rdf("application/n-triples", RDFFormat.NTRIPLES, "nt", false);
    public static final Rdf TRIG = new Rdf("application/trig", RDFFormat.TRIG_PRETTY, "trig", true);
    public static final Rdf N_QUADS = new Rdf("application/n-quads", RDFFormat.NQUADS, "nq", true);

    /** Graph formats, in the order of preference when a client accepts several equally. */
    public static final List<Rdf> GRAPH_FORMATS = List.of(TURTLE, JSON_LD, RDF_XML, N_TRIPLES);

    /** The RDF formats of a resource's document: the graph formats, and TriG, which keeps each statement's graph. */
    public static final List<Rdf> DOCUMENT_FORMATS = List.of(TURTLE, JSON_LD, RDF_XML, N_TRIPLES, TRIG);

    public static Optional<Rdf> byExtension(List<Rdf> formats, String extension) {
        return formats.stream().filter(f -> f.extension().equals(extension)).findFirst();
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
        return DOCUMENT_FORMATS.stream().filter(f -> f.mediaType().equals(mediaType)).findFirst();
    }
}
