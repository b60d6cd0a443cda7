package be.wallonia.clusterkg.source;

import java.nio.file.Path;
import java.util.List;

/** The text of a source document, line by line (line 1 is {@code lines.get(0)}). */
public record SourceText(SourceEntry entry, Path path, List<String> lines) {
    public String line(int number) { return lines.get(number - 1); }
}
