package be.wallonia.clusterkg.source;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The project's tab-separated data files as the readers see them. */
class TsvTest {
    private static final Path FILE = Path.of("corrections.tsv");

    @Test
    void eachRowKeepsItsLineNumberPastCommentsAndBlankLines() {
        List<Tsv.Row> rows = Tsv.parse(FILE, "# a comment\n\na\tb\n\t \nc\td\n");
        assertEquals(List.of(3, 5), rows.stream().map(Tsv.Row::line).toList());
        assertEquals(List.of("c", "d"), rows.get(1).cells());
    }

    @Test
    void cellsAreKeptAsWrittenQuotesAndEmptyCellsIncluded() {
        Tsv.Row row = Tsv.parse(FILE, "doc.txt\t\"Walonie\"\t\tthe page's \"typo\"\n").get(0);
        assertEquals(List.of("doc.txt", "\"Walonie\"", "", "the page's \"typo\""), row.cells());
    }
}
