package be.wallonia.clusterkg.source;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document the build reads, one table: each with its file extensions, its media type and the reader
 * that turns it into lines of text. A document's format is the one its manifest entry names ({@code dcterms:format})
 * or else the one of its file's extension.
 */
public enum DocumentFormat {
    TEXT("text/plain", List.of("txt")),
    MARKDOWN("text/markdown", List.of("md", "markdown")),
    HTML("text/html", List.of("html", "htm")),
    PDF("application/pdf", List.of("pdf"));

    private final String mediaType;
    private final List<String> extensions;

    DocumentFormat(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() { return mediaType; }

    public List<String> extensions() { return extensions; }

    public static Optional<DocumentFormat> ofMediaType(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT).replaceFirst(";.*$", "").strip();
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(type)).findFirst();
    }

    public static Optional<DocumentFormat> ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    /** Every extension the build reads, for messages. */
    public static List<String> knownExtensions() {
        return Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "." + e).toList();
    }
}
