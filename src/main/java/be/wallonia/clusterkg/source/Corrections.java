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
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourceException(file, 0, "cannot be read: " + e.getMessage());
        }
        List<Correction> all = new ArrayList<>();
        for (Tsv.Row row : Tsv.parse(file, text)) {
            if (row.size() != 4 || row.cell(1).isEmpty() || row.cell(3).isBlank()) {
                throw new SourceException(file, row.line(),
                        "expected file<TAB>as written<TAB>corrected<TAB>why, with a justification");
            }
            all.add(new Correction(row.cell(0), row.cell(1), row.cell(2), row.cell(3)));
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
