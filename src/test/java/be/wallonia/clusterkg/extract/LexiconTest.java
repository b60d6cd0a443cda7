package be.wallonia.clusterkg.extract;

import be.wallonia.clusterkg.source.SourceException;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconTest {
    private static final Lexicon SMALL = Lexicon.parse(String.join("\n",
            "# a comment",
            "",
            "copula\ten\tis",
            "network-kind.BUSINESS_CLUSTER\ten\tcluster",
            "network-kind.COMPETITIVENESS_CLUSTER\ten\tCompetitiveness  Cluster",
            "network-kind.BUSINESS_CLUSTER\tfr\tcluster",
            "network-kind.COMPETITIVENESS_CLUSTER\tfr\tPôle de compétitivité",
            "name-edge-word\t*\tcluster",
            "noise-line.regex\t*\tPrint  THIS page"));

    @Test
    void valuesAreFoldedLookupKeys() {
        assertEquals(List.of("pole de competitivite"), SMALL.values("network-kind.COMPETITIVENESS_CLUSTER", "fr"));
        assertEquals(List.of("competitiveness cluster"), SMALL.values("network-kind.COMPETITIVENESS_CLUSTER", "en"));
    }

    @Test
    void valuesOfOtherLanguagesAreNotReturned() {
        assertEquals(List.of("is"), SMALL.values("copula", "en"));
        assertEquals(List.of(), SMALL.values("copula", "fr"));
    }

    @Test
    void aStarLanguageValueSpeaksEveryLanguage() {
        assertEquals(List.of("cluster"), SMALL.values("name-edge-word", "fr"));
        assertEquals(List.of("cluster"), SMALL.values("name-edge-word", "de"));
    }

    @Test
    void suffixedKeysMapEachValueToItsSuffixLongestValueFirst() {
        assertEquals(List.of(Map.entry("pole de competitivite", "COMPETITIVENESS_CLUSTER"), Map.entry("cluster", "BUSINESS_CLUSTER")),
                List.copyOf(SMALL.suffixed("network-kind", "fr").entrySet()));
    }

    @Test
    void regexValuesAreKeptAsWrittenAndMatchIgnoringCase() {
        List<Pattern> noise = SMALL.patterns("noise-line.regex");
        assertEquals(List.of("Print  THIS page"), noise.stream().map(Pattern::pattern).toList());
        assertTrue(noise.get(0).matcher("print  this PAGE").matches());
    }

    @Test
    void aLineWithoutThreeColumnsIsRefusedWithItsLineNumber() {
        SourceException e = assertThrows(SourceException.class,
                () -> Lexicon.parse("# header\ncopula\ten\tis\ncopula\tfr\n"));
        assertEquals("lexicon.tsv:3: expected key<TAB>language<TAB>value", e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void standardLexiconReadsJobsAsAnEnglishMissionsHeading() {
        assertEquals("missions", Lexicon.standard().suffixed("section", "en").get("jobs"));
    }

    @Test
    void standardLexiconKnowsTheFrenchKindsOfNetwork() {
        Map<String, String> kinds = Lexicon.standard().suffixed("network-kind", "fr");
        assertEquals(Map.of("poles de competitivite", "COMPETITIVENESS_CLUSTER",
                        "pole de competitivite", "COMPETITIVENESS_CLUSTER",
                        "reseau d'entreprises", "NETWORK",
                        "clusters", "BUSINESS_CLUSTER",
                        "cluster", "BUSINESS_CLUSTER"),
                kinds);
    }
}
