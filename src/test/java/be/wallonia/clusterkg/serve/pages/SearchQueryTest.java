package be.wallonia.clusterkg.serve.pages;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is typed in the search box, as the Lucene queries of the text index, and the snippets of its hits. */
class SearchQueryTest {
    @Test
    void everyWordIsRequiredFirstInTheLabelsOrInTheDescriptions() {
        assertEquals("label:(+sustainable +construction) OR description:(+sustainable +construction)",
                SearchQuery.of("sustainable construction").all());
    }

    @Test
    void anyWordIsTheFallback() {
        assertEquals("label:(sustainable construction) OR description:(sustainable construction)",
                SearchQuery.of("sustainable construction").any());
    }

    @Test
    void aWordEndingInAStarIsAPrefix() {
        assertEquals(List.of("recycl*"), SearchQuery.of("recycl*").terms());
    }

    @Test
    void aStarAfterOneLetterAsksForNoPrefix() {
        assertEquals(List.of("r"), SearchQuery.of("r*").terms());
    }

    @Test
    void quotedWordsAreAPhrase() {
        assertEquals(List.of("\"solid waste\"", "val"), SearchQuery.of("\"solid waste\" val").terms());
    }

    @Test
    void lucenesOwnSyntaxIsSearchedAsWords() {
        assertEquals(List.of("label", "x", "and"), SearchQuery.of("label:(x) AND").terms());
        assertTrue(SearchQuery.of("((( ]]] ~~").isEmpty());
    }

    @Test
    void aSnippetMarksTheWordsThatBeginWithASearchedWordAccentsAside() {
        Snippet s = Snippet.of("Construction durable et basse énergie", SearchQuery.of("energ*").words());
        assertEquals(List.of(new Snippet.Part("Construction durable et basse ", false), new Snippet.Part("énergie", true)),
                s.parts());
    }

    @Test
    void aLongSnippetIsCutAroundItsFirstMatch() {
        String text = "word ".repeat(60) + "recycling " + "word ".repeat(60);
        Snippet s = Snippet.of(text, List.of("recycl"));
        assertEquals("\u2026", s.parts().get(0).text());
        assertEquals("\u2026", s.parts().get(s.parts().size() - 1).text());
        assertTrue(s.parts().stream().anyMatch(p -> p.mark() && p.text().equals("recycling")));
    }

    @Test
    void aSnippetMarksTheWordsThatShareTheStemOfASearchedWord() {
        Snippet s = Snippet.of("renewable or recycled raw materials", SearchQuery.of("recycling").words());
        assertTrue(s.parts().contains(new Snippet.Part("recycled", true)), s.toString());
    }
}
