package be.wallonia.clusterkg.serve.sparql;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the query result cache decides from a request's text alone, without parsing it. */
class QueryResultCacheTest {
    @Test void aQueryOverTheGraphAloneIsReusable() {
        assertTrue(QueryResultCache.reusable("SELECT ?unknown { ?unknown ?p ?o } ORDER BY ?unknown LIMIT 10"));
    }

    @Test void aQueryNamingAFunctionOfTheMomentIsNotReusableWhateverItsCaseAndSpacing() {
        assertFalse(QueryResultCache.reusable("SELECT (now () AS ?t) {}"));
        assertFalse(QueryResultCache.reusable("SELECT ?x { BIND(STRUUID() AS ?x) }"));
        assertFalse(QueryResultCache.reusable("SELECT ?x { BIND(Rand\n() AS ?x) }"));
        assertFalse(QueryResultCache.reusable("SELECT ?x { BIND(BNODE(\"a\") AS ?x) }"));
    }

    @Test void aFunctionWhoseNameOnlyEndsLikeOneOfThemIsReusable() {
        assertTrue(QueryResultCache.reusable("PREFIX ex: <http://example.org/> SELECT ?x { ?x ex:p ?o FILTER(ex:snow(?o)) }"));
        assertTrue(QueryResultCache.reusable("SELECT ?x { ?x ?p ?o FILTER(?o > (3)) }"));
    }

    @Test void requestsWhosePartsJoinToTheSameTextHaveDifferentKeys() {
        assertNotEquals(QueryResultCache.unambiguous(List.of("/sparql", "ASK {}\nx", "y")),
                QueryResultCache.unambiguous(List.of("/sparql", "ASK {}", "x\ny")));
        assertNotEquals(QueryResultCache.unambiguous(Arrays.asList("/sparql", "ASK {}", null)),
                QueryResultCache.unambiguous(List.of("/sparql", "ASK {}", "null")));
    }
}
