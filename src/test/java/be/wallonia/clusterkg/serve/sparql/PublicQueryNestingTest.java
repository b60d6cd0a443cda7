package be.wallonia.clusterkg.serve.sparql;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How deep a query nests, counted on its text before any parse. */
class PublicQueryNestingTest {
    @Test void groupsAndBracketsCountTogether() {
        assertEquals(3, PublicQuery.nesting("SELECT * { ?s ?p ?o FILTER((?o = 1)) }"));
    }

    @Test void bracketsInStringsAndCommentsDoNotCount() {
        assertEquals(1, PublicQuery.nesting("SELECT * { ?s ?p \"{{((\" . ?s ?q '''((\"''' } # {{{{"));
    }

    @Test void aThousandNestedGroupsCountAThousand() {
        assertEquals(1000, PublicQuery.nesting("SELECT * WHERE " + "{".repeat(1000) + "}".repeat(1000)));
    }
}
