package be.wallonia.clusterkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractorsTest {
    private static final Extractors STANDARD = RealDocuments.STANDARD;

    @Test
    void standardTableHasTheFourShapesById() {
        assertEquals(List.of("headed-sections", "network-descriptions", "network-page", "network-table"), STANDARD.ids());
    }

    @Test
    void eachExtractorIsFoundByItsOwnId() {
        for (String id : STANDARD.ids()) {
            assertEquals(id, STANDARD.get(id).orElseThrow().id());
        }
    }

    @Test
    void unknownIdFindsNoExtractor() {
        assertEquals(Optional.empty(), STANDARD.get("pdf-tables"));
    }

    @Test
    void everyManifestEntryNamesAKnownExtractor() {
        for (String slug : RealDocuments.SLUGS) {
            String id = RealDocuments.entry(slug).extractorId();
            assertTrue(STANDARD.get(id).isPresent(), slug + " names " + id);
        }
    }
}
