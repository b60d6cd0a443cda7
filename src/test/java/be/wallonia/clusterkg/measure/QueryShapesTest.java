package be.wallonia.clusterkg.measure;

import be.wallonia.clusterkg.measure.QueryShapes.Mode;
import be.wallonia.clusterkg.cookbook.Cookbook;
import be.wallonia.clusterkg.cookbook.CookbookQuery;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryShapesTest {
    private static final CookbookQuery THEMES = Cookbook.parse("03-pole-themes.rq", """
            # title: Themes
            # question: Which themes?
            PREFIX wco: <https://w3id.org/wallonia-clusters/ontology#>
            SELECT ?theme WHERE { VALUES ?slug { "biowin" } ?n wco:slug ?slug ; wco:hasTheme ?theme }
            ORDER BY ?theme
            """);
    private final QueryShapes shapes = new QueryShapes(List.of(THEMES),
            Map.of("pole", List.of("biowin", "greenwin", "mecatech"), "cluster", List.of("tweed")));

    @Test void aRepeatedQueryIsSentAsWritten() {
        assertEquals(THEMES.text(), shapes.text(Mode.REPEATED, THEMES, 7));
    }

    @Test void uniqueQueriesAreNeverTheSameTextTwice() {
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 50; i++) texts.add(shapes.text(Mode.UNIQUE, THEMES, 0));
        assertEquals(50, texts.size());
    }

    @Test void aUniqueQueryDrawsItsSlugFromTheSameKindAndLimitsAboveAnyResult() {
        Query q = QueryFactory.create(shapes.text(Mode.UNIQUE, THEMES, 1));
        assertTrue(q.serialize().contains("\"greenwin\""), q.serialize());
        assertTrue(q.getLimit() >= QueryShapes.LIMIT_FLOOR, "limit " + q.getLimit());
        assertEquals(QueryFactory.create(THEMES.text()).getResultVars(), q.getResultVars());
    }

    @Test void theMixGoesThroughTheCookbookInTurn() {
        QueryShapes two = new QueryShapes(List.of(THEMES, Cookbook.parse("04-other.rq",
                "# title: t\n# question: q\nSELECT * WHERE { ?s ?p ?o }\n")), Map.of());
        assertEquals(THEMES.text(), two.mixed(Mode.REPEATED, 2));
        assertTrue(two.mixed(Mode.REPEATED, 3).contains("?s ?p ?o"));
    }
}
