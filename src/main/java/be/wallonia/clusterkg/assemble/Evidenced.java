package be.wallonia.clusterkg.assemble;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.extract.Layout;
import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes facts into a source's graph, each with its evidence: an {@code rdf:Statement} that names the
 * passage (the quoted line and its number) the fact was read from.
 */
final class Evidenced {
    private final Model model;
    private final Layout layout;
    private final Iris iris;
    private final Resource document;

    Evidenced(Model model, Layout layout, Iris iris, Resource document) {
        this.model = model;
        this.layout = layout;
        this.iris = iris;
        this.document = document;
    }

    Model model() { return model; }

    void add(Resource s, Property p, RDFNode o, int line) {
        model.add(s, p, o);
        model.createResource()
                .addProperty(RDF.type, RDF.Statement)
                .addProperty(RDF.subject, s)
                .addProperty(RDF.predicate, p)
                .addProperty(RDF.object, o)
                .addProperty(WCO.evidence, passage(line));
    }

    /** The document's passage at the line, described once. */
    Resource passage(int line) {
        Resource passage = model.createResource(iris.passage(layout.source().entry().slug(), line));
        if (!model.contains(passage, RDF.type, WCO.Passage)) {
            passage.addProperty(RDF.type, WCO.Passage)
                    .addProperty(WCO.quote, layout.quote(line))
                    .addLiteral(WCO.lineNumber, model.createTypedLiteral(String.valueOf(line), XSDDatatype.XSDpositiveInteger))
                    .addProperty(WCO.inDocument, document);
        }
        return passage;
    }
}
