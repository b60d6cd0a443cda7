package be.wallonia.clusterkg.serve.pages;

import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a consumer needs to follow links from one resource, as quads (so each statement keeps the graph
 * that asserts it): its outgoing statements, its incoming links, the labels of every resource it links
 * to or from, and the evidence of its facts (the reified statements about it, with their passages). The parts of a
 * resource (blank nodes, and hash IRIs such as a relation's bases, {@code …/horizontal-a-b#nace-41}, which a client
 * dereferences by fetching the resource's own document) are described in it, whole.
 */
final class Describer {
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode());
    private static final Node RDF_SUBJECT = RDF.subject.asNode();
    private static final Node EVIDENCE = WCO.evidence.asNode();

    private final DatasetGraph dataset;

    Describer(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** True when the graph says anything about the resource, as subject or as object. */
    boolean isKnown(String iri) {
        Node n = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> dataset.find(Node.ANY, n, Node.ANY, Node.ANY).hasNext()
                || dataset.find(Node.ANY, Node.ANY, Node.ANY, n).hasNext());
    }

    DatasetGraph describe(String iri) {
        Node subject = NodeFactory.createURI(iri);
        DatasetGraph out = DatasetGraphFactory.create();
        Txn.executeRead(dataset, () -> {
            Set<Node> linked = new HashSet<>();
            dataset.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
                out.add(q);
                if (q.getObject().isURI()) linked.add(q.getObject());
                if (q.getObject().isBlank()) closure(q.getGraph(), q.getObject(), out, linked);
                else if (isPartOf(q.getObject(), iri)) closure(Node.ANY, q.getObject(), out, linked);
            });
            dataset.find(Node.ANY, Node.ANY, Node.ANY, subject).forEachRemaining(q -> {
                out.add(q);
                if (q.getSubject().isURI()) linked.add(q.getSubject());
                // a reified statement about this resource: its whole description, and the passage it cites
                if (q.getSubject().isBlank() && q.getPredicate().equals(RDF_SUBJECT)) {
                    closure(q.getGraph(), q.getSubject(), out, linked);
                }
            });
            for (Node r : linked) {
                for (Node label : LABELS) {
                    dataset.find(Node.ANY, r, label, Node.ANY).forEachRemaining(out::add);
                }
            }
        });
        return out;
    }

    private static boolean isPartOf(Node node, String iri) {
        return node.isURI() && node.getURI().startsWith(iri + "#");
    }

    /**
     * A part's statements in the graph given ({@link Node#ANY}: in every graph), recursively through blank nodes, and
     * the passages they cite.
     */
    private void closure(Node graph, Node part, DatasetGraph out, Set<Node> linked) {
        Deque<Node> todo = new ArrayDeque<>(List.of(part));
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node b = todo.pop();
            if (!seen.add(b)) continue;
            dataset.find(graph, b, Node.ANY, Node.ANY).forEachRemaining(q -> {
                out.add(q);
                if (q.getObject().isBlank()) todo.push(q.getObject());
                else if (q.getObject().isURI()) linked.add(q.getObject());
                if (q.getPredicate().equals(EVIDENCE)) {
                    dataset.find(graph, q.getObject(), Node.ANY, Node.ANY).forEachRemaining(out::add);
                }
            });
        }
    }
}
