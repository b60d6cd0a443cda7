package be.wallonia.clusterkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CuesTest {

    @Test
    void findMatchesWholeWordsOnly() {
        assertEquals(Optional.empty(), Cues.find("a clustering policy", List.of("cluster")));
    }

    @Test
    void findIgnoresCaseAndAccentsAndGivesPositionsInTheOriginalText() {
        String text = "Les Pôles de Compétitivité wallons";
        Cues.Hit hit = Cues.find(text, List.of("poles de competitivite")).orElseThrow();
        assertEquals("Pôles de Compétitivité", text.substring(hit.start(), hit.end()));
    }

    @Test
    void findReturnsTheEarliestOccurrenceOfAnyCue() {
        Cues.Hit hit = Cues.find("the Business Cluster that gathers", List.of("gathers", "cluster")).orElseThrow();
        assertEquals(new Cues.Hit("cluster", 13, 20), hit);
    }

    @Test
    void findGivesTheLongerCueOfTwoStartingAtTheSamePlaceWhenCuesComeLongestFirst() {
        Cues.Hit hit = Cues.find("six competitiveness clusters", List.of("competitiveness clusters", "competitiveness cluster"))
                .orElseThrow();
        assertEquals("competitiveness clusters", hit.cue());
    }

    @Test
    void findStartsLookingAtTheGivenIndex() {
        Cues.Hit hit = Cues.find("gathers A, gathers B", List.of("gathers"), 1).orElseThrow();
        assertEquals(11, hit.start());
    }

    @Test
    void cutStopsAtTheFirstStopPhraseOrStopCharacter() {
        assertEquals("Contractors, Architects ", Cues.cut("Contractors, Architects who have adopted. More", List.of("who"), ".;"));
        assertEquals("the food industry", Cues.cut("the food industry. Manufacturers who", List.of("who"), ".;"));
    }

    @Test
    void withoutArticleDropsALeadingArticleFollowedByASpace() {
        assertEquals("construction cluster", Cues.withoutArticle("the construction cluster", Lexicon.standard(), "en"));
    }

    @Test
    void withoutArticleKeepsAWordThatOnlyStartsLikeAnArticle() {
        assertEquals("theatre", Cues.withoutArticle("theatre", Lexicon.standard(), "en"));
    }

    @Test
    void withoutArticleDropsAnElidedFrenchArticle() {
        assertEquals("habitat durable", Cues.withoutArticle("l’habitat durable", Lexicon.standard(), "fr"));
    }
}
