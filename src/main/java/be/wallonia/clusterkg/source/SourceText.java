package be.wallonia.clusterkg.source;

import java.nio.file.Path;
import java.util.List;

/**
 * The text of a source document, line by line (line 1 is {@code lines.get(0)}): {@code lines} as a passage quotes
 * them, {@code reading} as the extractors read them. They are the same lines for plain text, HTML and PDF (the lines
 * of the page's text); for Markdown, {@code lines} are the file's lines as written and {@code reading} the same lines
 * without their markup.
 */
public record SourceText(SourceEntry entry, Path path, DocumentFormat format, List<String> lines, List<String> reading) {
    public SourceText {
        if (lines.size() != reading.size()) throw new IllegalArgumentException("one reading per line");
    }

    public String line(int number) { return lines.get(number - 1); }
}
