package be.wallonia.clusterkg.imports;

import org.apache.jena.riot.Lang;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats a file under {@code data/import/} may have: one immutable table from file extension to media
 * type and loader (in the manner of RDF4J's {@code RDFFormat}). The manifest's {@code wco:extractor} names the
 * loader; the extension picks the format.
 */
public enum ImportFormat {
    CSV(MemberListLoader.ID, "text/csv", null, "csv"),
    XLSX(MemberListLoader.ID, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null, "xlsx"),
    TURTLE(RdfLoader.ID, "text/turtle", Lang.TURTLE, "ttl"),
    TRIG(RdfLoader.ID, "application/trig", Lang.TRIG, "trig"),
    N_TRIPLES(RdfLoader.ID, "application/n-triples", Lang.NTRIPLES, "nt"),
    N_QUADS(RdfLoader.ID, "application/n-quads", Lang.NQUADS, "nq"),
    JSON_LD(RdfLoader.ID, "application/ld+json", Lang.JSONLD, "jsonld"),
    RDF_XML(RdfLoader.ID, "application/rdf+xml", Lang.RDFXML, "rdf", "owl");

    private final String loaderId;
    private final String mediaType;
    private final Lang lang;
    private final List<String> extensions;

    ImportFormat(String loaderId, String mediaType, Lang lang, String... extensions) {
        this.loaderId = loaderId;
        this.mediaType = mediaType;
        this.lang = lang;
        this.extensions = List.of(extensions);
    }

    public String loaderId() { return loaderId; }

    public String mediaType() { return mediaType; }

    /** Jena's language for an RDF format; none for member lists. */
    public Optional<Lang> lang() { return Optional.ofNullable(lang); }

    public List<String> extensions() { return extensions; }

    /** The format of a file, by its extension. */
    public static Optional<ImportFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        String ext = name.substring(dot + 1);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    /** "csv, xlsx, ttl, …": what an unknown extension is told to be instead. */
    public static String knownExtensions() {
        return Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "." + e).collect(Collectors.joining(" "));
    }
}
