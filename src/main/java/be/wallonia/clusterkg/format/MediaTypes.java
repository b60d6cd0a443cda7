package be.wallonia.clusterkg.format;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;

import java.io.OutputStream;
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

    /**
     * A form a document is offered in: its media type, the extension of its own address (also its {@code format=}
     * name) and its name for people. HTML is not one: a page is offered per language.
     */
    public sealed interface Form permits Rdf, Data {
        String mediaType();

        String extension();

        String name();
    }

    /** A form of data that is not RDF: a table, a JSON document, plain text. */
    public record Data(String mediaType, String extension, String name) implements Form {}

    public static final Data CSV = new Data("text/csv", "csv", "CSV");
    public static final Data JSON = new Data("application/json", "json", "JSON");
    public static final Data TEXT = new Data("text/plain", "txt", "Text");

    /** One RDF format: Jena's language and the writer the project uses for it. */
    public record Rdf(Lang lang, RDFFormat format) implements Form {
        public String mediaType() { return lang.getHeaderString(); }

        /** The extension of the files the project writes in this format; others are read too. */
        public String extension() { return lang.getFileExtensions().get(0); }

        public List<String> extensions() { return lang.getFileExtensions(); }

        /** The format's name for people: "Turtle", "JSON-LD", "RDF/XML", … */
        public String name() { return lang.getLabel(); }

        /** A format that holds named graphs (TriG, N-Quads, JSON-LD): a document in it is written as a dataset. */
        public boolean holdsGraphs() { return RDFLanguages.isQuads(lang); }

        /**
         * Writes a document: its default graph, which says what the document says, and, in a format that holds
         * them, its named graphs, which say who said it. A client of triples reads the default graph of a quad
         * format as the document's content (Comunica, rdflib's {@code Dataset}, RDF4J), so it must not be empty.
         */
        public void write(OutputStream out, DatasetGraph document) {
            if (holdsGraphs()) {
                RDFDataMgr.write(out, document, format);
            } else {
                // an in-memory dataset's default graph shares the dataset's prefixes: nothing to copy into a graph
                // that other requests may be writing at the same time
                RDFDataMgr.write(out, document.getDefaultGraph(), format);
            }
        }

        /** Writes a document that has no provenance to keep apart: a dataset of one default graph. */
        public void write(OutputStream out, Graph document) {
            write(out, DatasetGraphFactory.wrap(document));
        }
    }

    public static final Rdf TURTLE = new Rdf(Lang.TURTLE, RDFFormat.TURTLE_PRETTY);
    public static final Rdf JSON_LD = new Rdf(Lang.JSONLD, RDFFormat.JSONLD11_PRETTY);
    public static final Rdf RDF_XML = new Rdf(Lang.RDFXML, RDFFormat.RDFXML_PRETTY);
    public static final Rdf N_TRIPLES = new Rdf(Lang.NTRIPLES, RDFFormat.NTRIPLES);
    public static final Rdf TRIG = new Rdf(Lang.TRIG, RDFFormat.TRIG_PRETTY);
    public static final Rdf N_QUADS = new Rdf(Lang.NQUADS, RDFFormat.NQUADS);

    /**
     * Every RDF format the project knows, in the order of preference when a client accepts several equally: every
     * document is offered in all of them.
     */
    public static final List<Rdf> ALL = List.of(TURTLE, JSON_LD, RDF_XML, N_TRIPLES, TRIG, N_QUADS);

    /** The format of a file, by any of its format's extensions, case aside. */
    public static Optional<Rdf> byFileExtension(String extension) {
        String ext = extension.toLowerCase(java.util.Locale.ROOT);
        return ALL.stream().filter(f -> f.extensions().contains(ext)).findFirst();
    }

    private MediaTypes() {}

    /**
     * The offered media type the {@code Accept} header prefers: the highest quality, the first offered among equals;
     * the first offered when the header is absent. Each type takes the quality of the most specific range that
     * matches it, so {@code text/turtle;q=0, *}{@code /*} refuses Turtle (RFC 9110, 12.5.1).
     */
    public static Optional<String> choose(String accept, List<String> offered) {
        if (offered.isEmpty()) return Optional.empty();
        if (accept == null || accept.isBlank()) return Optional.of(offered.get(0));
        List<MediaRange> ranges;
        try {
            ranges = new AcceptList(accept).entries();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        String best = null;
        double bestQuality = 0;
        for (String offer : offered) {
            double q = quality(ranges, MediaType.create(offer));
            if (q > bestQuality) {
                best = offer;
                bestQuality = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the most specific matching range gives a type; 0 when it is refused or not asked for. */
    private static double quality(List<MediaRange> ranges, MediaType type) {
        MediaRange decisive = null;
        for (MediaRange range : ranges) {
            if (range.accepts(type) && (decisive == null || range.moreGroundedThan(decisive))) decisive = range;
        }
        return decisive == null ? 0 : decisive.get_q();
    }

    public static Optional<Rdf> rdf(String mediaType) {
        return ALL.stream().filter(f -> f.mediaType().equals(mediaType)).findFirst();
    }
}
