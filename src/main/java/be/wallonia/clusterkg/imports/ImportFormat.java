package be.wallonia.clusterkg.imports;

import be.wallonia.clusterkg.format.MediaTypes;

import org.apache.jena.riot.Lang;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats a file under {@code data/import/} may have: member lists, and the RDF formats of the project's one
 * format table ({@link MediaTypes}), by file extension. The manifest's {@code wco:extractor} names the loader;
 * the extension picks the format.
 */
public enum ImportFormat {
    CSV(MemberListLoader.ID, "text/csv", null, "csv"),
    XLSX(MemberListLoader.ID, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null, "xlsx"),
    TURTLE(MediaTypes.TURTLE),
    TRIG(MediaTypes.TRIG),
    N_TRIPLES(MediaTypes.N_TRIPLES),
    N_QUADS(MediaTypes.N_QUADS),
    JSON_LD(MediaTypes.JSON_LD),
    RDF_XML(MediaTypes.RDF_XML);

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

    ImportFormat(MediaTypes.Rdf rdf) {
        this(RdfLoader.ID, rdf.mediaType(), rdf.lang(), rdf.extensions().toArray(String[]::new));
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
