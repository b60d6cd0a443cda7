package be.wallonia.clusterkg.extract;

import be.wallonia.clusterkg.extract.Extraction.Evidence;
import be.wallonia.clusterkg.extract.Extraction.FocusItem;
import be.wallonia.clusterkg.extract.Extraction.FocusKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page about one known network: the network it names most, and the lists introduced as its themes or axes. */
class NetworkPageExtractorTest {
    @TempDir Path dir;

    private Extraction extract(String fileName, String language, String text) {
        return RealDocuments.extract(RealDocuments.write(dir, RealDocuments.entry(fileName, "network-page", language), text));
    }

    @Test
    void theListsASentenceIntroducesByAFocusCueAreTheThemesOfTheNetworkThePageNamesMost() {
        Extraction x = extract("areas.txt", "en", """
                Since its launch in 2006, the Skywin competitiveness cluster has adapted its technology themes.
                From now on, Skywin's work will revolve around the following Areas:
                • Structures, propulsion and flying subsystems
                • Innovative materials and processes
                Skywin also works with MecaTech.
                """);
        assertEquals(1, x.networks().size());
        assertEquals("Skywin", x.networks().get(0).name());
        assertEquals(List.of(new FocusItem(FocusKind.THEME, "Structures, propulsion and flying subsystems", 1, new Evidence(3)),
                new FocusItem(FocusKind.THEME, "Innovative materials and processes", 2, new Evidence(4))),
                x.networks().get(0).focus());
    }

    @Test
    void aFrenchHeadingOfStrategicAxesIntroducesTheListUnderIt() {
        Extraction x = extract("axes.md", "fr", """
                # GreenWin

                ## Nos axes stratégiques

                - Chimie verte
                - Matériaux durables
                """);
        assertEquals(List.of("Chimie verte", "Matériaux durables"),
                x.networks().get(0).focus().stream().map(FocusItem::text).toList());
        assertTrue(x.networks().get(0).focus().stream().allMatch(f -> f.kind() == FocusKind.STRATEGIC_AXIS));
    }

    @Test
    void aPageThatNamesNoKnownNetworkIsNotOfThisShape() {
        ExtractionException e = assertThrows(ExtractionException.class, () -> extract("other.txt", "en", """
                Our themes:
                • Timber
                """));
        assertTrue(e.getMessage().contains("found no known network"), e.getMessage());
    }

    @Test
    void aListNoCueIntroducesGivesTheNetworkNoFocus() {
        ExtractionException e = assertThrows(ExtractionException.class, () -> extract("menu.txt", "en", """
                BioWin news
                • Events
                • Contact
                """));
        assertTrue(e.getMessage().contains("found BioWin but no list introduced"), e.getMessage());
    }
}
