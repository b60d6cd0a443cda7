package be.wallonia.clusterkg.serve.fragments;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of the triples of a graph matching a pattern, and how many match in all. Pages follow the order the
 * store finds the triples in, the same for every request to one build; the count is exact, counted while the page is
 * read (the graph is small: tens of thousands of triples, a pattern's at most a few milliseconds).
 *
 * @param page    the page's number, from 1
 * @param triples the page's triples, at most {@link #PAGE_SIZE}
 * @param total   how many triples match the pattern
 */
public record Fragment(long page, List<Triple> triples, long total) {
    public static final int PAGE_SIZE = 100;

    /** The page of a pattern in a graph (read in a transaction by the caller); a page past the last is empty. */
    public static Fragment of(Graph graph, TriplePattern pattern, long page) {
        if (page < 1) throw new IllegalArgumentException("pages are numbered from 1: " + page);
        long skip = (page - 1) * PAGE_SIZE;
        List<Triple> triples = new ArrayList<>();
        long total = 0;
        ExtendedIterator<Triple> found = graph.find(pattern.subject(), pattern.predicate(), pattern.object());
        try {
            while (found.hasNext()) {
                Triple t = found.next();
                if (total >= skip && triples.size() < PAGE_SIZE) triples.add(t);
                total++;
            }
        } finally {
            found.close();
        }
        return new Fragment(page, List.copyOf(triples), total);
    }

    public boolean hasNext() { return page * PAGE_SIZE < total; }
}
