package be.wallonia.clusterkg.serve.fragments;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FragmentTest {
    private static final TriplePattern LABELS = new TriplePattern(Node.ANY, RDFS.label.asNode(), Node.ANY);

    /** 250 labelled things, each also typed: 250 triples match the labels' pattern, 500 the whole graph. */
    private static Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 250; i++) {
            Node thing = NodeFactory.createURI("http://example.org/thing/" + i);
            g.add(Triple.create(thing, RDFS.label.asNode(), NodeFactory.createLiteralString("thing " + i)));
            g.add(Triple.create(thing, RDF.type.asNode(), RDFS.Resource.asNode()));
        }
        return g;
    }

    @Test
    void aPageHoldsAPageSizeOfTriples() {
        assertEquals(Fragment.PAGE_SIZE, Fragment.of(graph(), LABELS, 1).triples().size());
    }

    @Test
    void everyPageCountsEveryMatchingTriple() {
        assertEquals(250, Fragment.of(graph(), LABELS, 2).total());
    }

    @Test
    void theLastPageHoldsTheRest() {
        assertEquals(50, Fragment.of(graph(), LABELS, 3).triples().size());
    }

    @Test
    void aPagePastTheLastIsEmpty() {
        assertEquals(0, Fragment.of(graph(), LABELS, 4).triples().size());
    }

    @Test
    void thePagesTogetherHoldEachMatchingTripleOnce() {
        Graph g = graph();
        Set<Triple> seen = new HashSet<>();
        for (int page = 1; page <= 3; page++) seen.addAll(Fragment.of(g, LABELS, page).triples());
        assertEquals(250, seen.size());
    }

    @Test
    void aPageBeforeTheLastHasANext() {
        assertTrue(Fragment.of(graph(), LABELS, 2).hasNext());
    }

    @Test
    void theLastPageHasNoNext() {
        assertFalse(Fragment.of(graph(), LABELS, 3).hasNext());
    }
}
