package be.wallonia.clusterkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Page noise (tools, logos and their file names) never becomes data, whatever the document. */
class PageNoiseTest {
    static List<String> slugs() {
        return RealDocuments.SLUGS;
    }

    private static List<String> matching(String slug, String regex) {
        return RealDocuments.strings(RealDocuments.extraction(slug)).stream().filter(t -> t.matches(regex)).toList();
    }

    @ParameterizedTest
    @MethodSource("slugs")
    void pageToolsNeverAppearInExtractedText(String slug) {
        assertEquals(List.of(), matching(slug, "(?is).*((bookmark|print|imprimer) (this|cette) page|your tools|vos outils).*"));
    }

    @ParameterizedTest
    @MethodSource("slugs")
    void imageFileNamesNeverAppearInExtractedText(String slug) {
        assertEquals(List.of(), matching(slug, "(?is).*\\.(jpe?g|png|gif|svg|webp)\\b.*"));
    }

    @ParameterizedTest
    @MethodSource("slugs")
    void logoCaptionsNeverAppearInExtractedText(String slug) {
        assertEquals(List.of(), matching(slug, "(?is).*\\blogo\\b.*"));
    }
}
