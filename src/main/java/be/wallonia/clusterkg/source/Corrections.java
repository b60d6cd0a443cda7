package be.wallonia.clusterkg.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Curated corrections of obvious typos ({@code data/curated/corrections.tsv}). They apply to the text
 * the extractors read, never to the quoted evidence, which stays as the file has it.
 */
public record Corrections(List<Correction> all) {
    public record Correction(String fileName, String written, String corrected, String why) {}

    public static Corrections none() {
        return new Corrections(List.of());
    }

    public static Corrections read(Path file) {
        if (!Files.exists(file)) return none();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourceException(file, 0, "cannot be read: " + e.getMessage());
        }
        List<Correction> all = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t", -1);
            if (cols.length != 4 || cols[1].isEmpty() || cols[3].isBlank()) {
                throw new SourceException(file, i + 1,
                        "expected file<TAB>as written<TAB>corrected<TAB>why, with a justification");
            }
            all.add(new Correction(cols[0], cols[1], cols[2], cols[3]));
        }
        return new Corrections(List.copyOf(all));
    }

    /** The line with every correction for its file applied. */
    public String apply(String fileName, String line) {
        String out = line;
        for (Correction c : all) {
            if (c.fileName.equals(fileName)) out = out.replace(c.written, c.corrected);
        }
        return out;
    }
}
