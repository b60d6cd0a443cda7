package be.wallonia.clusterkg.serve.fragments;

import be.wallonia.clusterkg.format.MediaTypes;
import be.wallonia.clusterkg.vocab.Hydra;
import be.wallonia.clusterkg.vocab.Iris;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A page of a Triple Pattern Fragment as RDF (Hydra Community Group, "Triple Pattern Fragments"): its triples in the
 * default graph, then its metadata (the count) and its controls (the paging links and the dataset's search form) in
 * the named graph {@code <{fragment}#metadata>}, which a format without graphs merges into the one graph. Blank nodes
 * of the graph are written as their skolem IRIs, which a client can ask about in turn.
 *
 * @param data     the page's triples, skolemised
 * @param fragment the fragment, the primary topic of the metadata graph
 * @param metadata the metadata and controls, in the order the Linked Data Fragments server writes them
 */
record FragmentDocument(List<Triple> data, Node fragment, Node metadataGraph, List<Triple> metadata) {
    private static final String[] VARIABLES = {"subject", "predicate", "object"};
    private static final Property[] POSITIONS = {RDF.subject, RDF.predicate, RDF.object};

    static FragmentDocument of(Fragment fragment, TriplePattern pattern, PageAddress address, Iris iris) {
        List<Triple> data = new ArrayList<>(fragment.triples().size());
        for (Triple t : fragment.triples()) {
            data.add(Triple.create(skolem(t.getSubject(), iris), t.getPredicate(), skolem(t.getObject(), iris)));
        }
        Node graph = NodeFactory.createURI(address.metadataGraph());
        Node dataset = NodeFactory.createURI(iris.fragmentsDataset());
        Node whole = NodeFactory.createURI(address.fragment());
        Node page = NodeFactory.createURI(address.self());
        Statements m = new Statements();

        m.add(dataset, RDF.type, VOID.Dataset);
        m.add(dataset, RDF.type, Hydra.Collection);
        m.add(dataset, VOID.subset, whole);
        Node form = NodeFactory.createBlankNode();
        m.add(dataset, Hydra.search, form);
        m.add(form, RDF.type, Hydra.IriTemplate);
        m.add(form, Hydra.template, NodeFactory.createLiteralString(iris.fragments("") + "{?subject,predicate,object}"));
        m.add(form, Hydra.variableRepresentation, Hydra.ExplicitRepresentation.asNode());
        for (int i = 0; i < VARIABLES.length; i++) {
            Node mapping = NodeFactory.createBlankNode();
            m.add(form, Hydra.mapping, mapping);
            m.add(mapping, RDF.type, Hydra.IriTemplateMapping);
            m.add(mapping, Hydra.variable, NodeFactory.createLiteralString(VARIABLES[i]));
            m.add(mapping, Hydra.property, POSITIONS[i].asNode());
        }

        m.add(whole, RDF.type, Hydra.Collection);
        m.add(whole, DCTerms.description, NodeFactory.createLiteralLang("The triples of the graph matching "
                + describe(pattern, iris), "en"));
        m.add(whole, DCTerms.source, dataset);
        m.add(whole, VOID.triples, count(fragment.total()));
        m.add(whole, Hydra.totalItems, count(fragment.total()));
        m.add(whole, Hydra.view, page);
        // Said after the dataset's void:subset, even when the page is the fragment itself: Comunica takes the last
        // subject said to have the requested page as subset for the primary topic of the metadata graph.
        m.add(whole, VOID.subset, page);
        m.add(page, RDF.type, Hydra.PartialCollectionView);
        m.add(page, Hydra.itemsPerPage, count(Fragment.PAGE_SIZE));
        m.add(page, Hydra.first, NodeFactory.createURI(address.page(1)));
        if (fragment.page() > 1) m.add(page, Hydra.previous, NodeFactory.createURI(address.page(fragment.page() - 1)));
        if (fragment.hasNext()) m.add(page, Hydra.next, NodeFactory.createURI(address.page(fragment.page() + 1)));
        return new FragmentDocument(List.copyOf(data), whole, graph, List.copyOf(m.triples));
    }

    /**
     * The document in a format, statements in the order above where the format streams (TriG, N-Quads, Turtle,
     * N-Triples), else by Jena's writer for a dataset (JSON-LD).
     */
    byte[] write(MediaTypes.Rdf format, PrefixMapping prefixes) {
        List<Quad> quads = new ArrayList<>();
        data.forEach(t -> quads.add(Quad.create(Quad.defaultGraphIRI, t)));
        if (RDFLanguages.isQuads(format.lang())) {
            // the Linked Data Fragments server's link from the metadata graph to the fragment, said first
            quads.add(Quad.create(metadataGraph, metadataGraph, FOAF.primaryTopic.asNode(), fragment));
            metadata.forEach(t -> quads.add(Quad.create(metadataGraph, t)));
        } else {
            metadata.forEach(t -> quads.add(Quad.create(Quad.defaultGraphIRI, t)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (StreamRDFWriter.registered(format.lang())) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.lang());
            stream.start();
            prefixes.getNsPrefixMap().forEach(stream::prefix);
            quads.forEach(q -> {
                if (q.isDefaultGraph()) stream.triple(q.asTriple());
                else stream.quad(q);
            });
            stream.finish();
        } else {
            DatasetGraph dataset = DatasetGraphFactory.create();
            dataset.prefixes().putAll(prefixes.getNsPrefixMap());
            quads.forEach(dataset::add);
            RDFDataMgr.write(out, dataset, format.format());
        }
        return out.toByteArray();
    }

    private static Node skolem(Node node, Iris iris) {
        return node.isBlank() ? NodeFactory.createURI(iris.skolem(node.getBlankNodeLabel())) : node;
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** The pattern as SPARQL would write it, in full: "{ ?s <…#label> ?o }". */
    private static String describe(TriplePattern pattern, Iris iris) {
        String[] names = {"?s", "?p", "?o"};
        Node[] nodes = {pattern.subject(), pattern.predicate(), pattern.object()};
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < nodes.length; i++) {
            out.append(' ').append(nodes[i] == Node.ANY ? names[i] : NodeFmtLib.strNT(skolem(nodes[i], iris)));
        }
        return out.append(" }").toString();
    }

    /** Statements kept in the order they are added. */
    private static final class Statements {
        final List<Triple> triples = new ArrayList<>();

        void add(Node s, Property p, Node o) { triples.add(Triple.create(s, p.asNode(), o)); }

        void add(Node s, Property p, Resource o) { add(s, p, o.asNode()); }
    }
}
