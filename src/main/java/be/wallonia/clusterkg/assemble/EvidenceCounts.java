package be.wallonia.clusterkg.assemble;

import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How much of its document a source graph quotes: the distinct statements it gives a passage as evidence for (its
 * reified {@code rdf:Statement}s with a {@code wco:evidence}) and the distinct passages it quotes. Counted once, when
 * the graph is built, and stated in the graph's own description ({@code wco:evidencedStatements},
 * {@code wco:quotedPassages}): counting them at query time means reading every reified statement of the dataset.
 */
public record EvidenceCounts(long statements, long passages) {

    public static EvidenceCounts of(Model graph) {
        Set<Triple> statements = new HashSet<>();
        Set<RDFNode> passages = new HashSet<>();
        graph.listSubjectsWithProperty(RDF.type, RDF.Statement).forEachRemaining(st -> {
            List<RDFNode> quoted = graph.listObjectsOfProperty(st, WCO.evidence).toList();
            passages.addAll(quoted);
            Statement s = st.getProperty(RDF.subject), p = st.getProperty(RDF.predicate), o = st.getProperty(RDF.object);
            if (!quoted.isEmpty() && s != null && p != null && o != null) {
                statements.add(Triple.create(s.getObject().asNode(), p.getObject().asNode(), o.getObject().asNode()));
            }
        });
        return new EvidenceCounts(statements.size(), passages.size());
    }

    /** States the counts on the graph's description, {@code graphIri}, inside the graph. */
    public void describe(Model graph, String graphIri) {
        graph.createResource(graphIri)
                .addLiteral(WCO.evidencedStatements, graph.createTypedLiteral(String.valueOf(statements), XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(WCO.quotedPassages, graph.createTypedLiteral(String.valueOf(passages), XSDDatatype.XSDnonNegativeInteger));
    }
}
