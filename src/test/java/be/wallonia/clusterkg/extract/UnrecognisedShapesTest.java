package be.wallonia.clusterkg.extract;

import be.wallonia.clusterkg.source.SourceEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A document whose shape its extractor does not recognise fails naming the file, the line and what was expected. */
class UnrecognisedShapesTest {
    private static final String TABLE = "expected a tab-separated table of networks, one per line: name<TAB>field of activity";
    private static final String SECTIONS = "expected headed sections: short heading lines, each followed by paragraphs or bulleted lists";
    private static final String DESCRIPTIONS =
            "expected paragraphs describing networks, each opening \"<name> is the <kind of network> …\"; found none";

    @TempDir
    Path dir;

    private ExtractionException failure(String extractor, String language, String text) {
        SourceEntry entry = RealDocuments.entry("page.txt", extractor, language);
        Layout layout = RealDocuments.write(dir, entry, text);
        return assertThrows(ExtractionException.class, () -> RealDocuments.extract(layout));
    }

    private void assertFailure(ExtractionException e, int line, String message) {
        assertEquals(dir.resolve("page.txt"), e.file());
        assertEquals(line, e.line());
        assertEquals(dir.resolve("page.txt") + ":" + line + ": " + message, e.getMessage());
    }

    @Test
    void tableDocumentWithNoTabFailsAtItsFirstBlock() {
        ExtractionException e = failure("network-table", "fr", "\n\nLes clusters wallons\n\nIls sont nombreux.\n");
        assertFailure(e, 3, TABLE + "; found no line with a tab");
    }

    @Test
    void tableDocumentWithNothingButNoiseFailsAtLineOne() {
        ExtractionException e = failure("network-table", "fr", "Vos outils :\nImprimer cette page\n");
        assertFailure(e, 1, TABLE + "; found no line with a tab");
    }

    @Test
    void tableRowWithThreeColumnsFailsAtThatRow() {
        ExtractionException e = failure("network-table", "fr",
                "## Les clusters\n\nARESA\tRecherche clinique\nTWEED\tEnergie durable\t2004\n");
        assertFailure(e, 4, "expected 2 tab-separated columns (network name, field of activity); found 3: "
                + "TWEED | Energie durable | 2004");
    }

    @Test
    void tableRowWithANameAndNoFieldFailsAtThatRow() {
        ExtractionException e = failure("network-table", "fr", "## Les clusters\n\nARESA\tRecherche clinique\nTWEED\t\n");
        assertFailure(e, 4, "expected 2 tab-separated columns (network name, field of activity); found 1: TWEED");
    }

    @Test
    void tableRowWithAnEmptyFirstCellIsAColumnHeaderAndGivesNoNetwork() {
        Layout layout = RealDocuments.write(dir, RealDocuments.entry("page.txt", "network-table", "fr"),
                "## Les clusters\n\n\tDOMAINE D'ACTIVITÉS\nARESA\tRecherche clinique\n");
        assertEquals(List.of("ARESA"), RealDocuments.names(RealDocuments.extract(layout)));
    }

    @Test
    void headedSectionsDocumentWithNoHeadingFailsAtLineOne() {
        ExtractionException e = failure("headed-sections", "en",
                "This page has one long paragraph, and no heading at all, about the clusters of Wallonia.\n");
        assertFailure(e, 1, SECTIONS + "; found no heading followed by text");
    }

    @Test
    void headedSectionsDocumentWhoseHeadingsHaveNoTextFails() {
        ExtractionException e = failure("headed-sections", "en", "Clusters\n\nMissions\n");
        assertFailure(e, 1, SECTIONS + "; found no heading followed by text");
    }

    @Test
    void headedSectionsDocumentWithNothingToExtractFails() {
        ExtractionException e = failure("headed-sections", "en", "About us\n\nWe like working together, as you know.\n");
        assertFailure(e, 1, SECTIONS + " whose headings name their role (e.g. missions, advantages) or lists of networks;"
                + " found nothing to extract");
    }

    @Test
    void descriptionsDocumentWithNoNetworkParagraphFailsAtItsFirstBlock() {
        ExtractionException e = failure("network-descriptions", "en",
                "\nKey sectors\n\nWallonia has many companies.\n\nSkywin is a success.\n");
        assertFailure(e, 2, DESCRIPTIONS);
    }

    @Test
    void kindOfNetworkFarAfterIsDoesNotMakeADescription() {
        ExtractionException e = failure("network-descriptions", "en",
                "Skywin is one of the many fine things you find in the heart of the cluster.\n");
        assertFailure(e, 1, DESCRIPTIONS);
    }

    @Test
    void englishCopulaDoesNotDescribeANetworkInAFrenchDocument() {
        ExtractionException e = failure("network-descriptions", "fr", "Skywin is the Aerospace Competitiveness Cluster.\n");
        assertFailure(e, 1, DESCRIPTIONS);
    }
}
