package be.wallonia.clusterkg.source;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's tab-separated data files (corrections, the lexicon, the member-list headers), read by commons-csv:
 * one row per line, cells kept as written (no quoting: a cell may hold quotes), blank lines and {@code #} comments
 * skipped, each row with its line number for the errors that name it.
 */
public final class Tsv {
    private static final CSVFormat FORMAT = CSVFormat.TDF.builder().setQuote(null).setCommentMarker('#')
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(false).setTrim(false).get();

    /** One line of cells. */
    public record Row(int line, List<String> cells) {
        public String cell(int i) { return cells.get(i); }

        public int size() { return cells.size(); }
    }

    private Tsv() {}

    /** The rows of a file's text; {@code file} names it in errors. */
    public static List<Row> parse(Path file, String text) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord r : parser) {
                // a row of blanks and tabs only is as blank as an empty line
                if (r.stream().allMatch(String::isBlank)) continue;
                rows.add(new Row((int) parser.getCurrentLineNumber(), r.toList()));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new SourceException(file, 0, "cannot be read as tab-separated values: " + e.getMessage());
        }
        return rows;
    }
}
