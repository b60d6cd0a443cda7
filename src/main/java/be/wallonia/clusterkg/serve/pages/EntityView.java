package be.wallonia.clusterkg.serve.pages;

import be.wallonia.clusterkg.serve.http.Publication;

import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an entity page shows, read from a resource's description: its kinds, labels, descriptions, every
 * statement with the sources that assert it and the quoted evidence, and its incoming links.
 */
record EntityView(String iri, String title, String lang, List<Link> kinds, List<Text> labels, List<Text> descriptions,
                  List<Property> properties, List<Incoming> incoming) {

    record Link(String label, String href) {}

    record Text(String text, String lang, String source) {}

    record Evidence(String quote, String line, String document) {}

    record Source(String title, String graph, List<Evidence> evidence) {}

    record Value(String label, String href, List<Source> sources) {}

    record Property(String label, String iri, List<Value> values) {}

    record Incoming(String subject, String subjectHref, String property, String source) {}

    /** Shown in the page's header, or of no use to a reader (the slug is in the IRI). */
    private static final Set<String> SHOWN_IN_HEADER = Set.of(RDF.type.getURI(), RDFS.label.getURI(),
            SKOS.prefLabel.getURI(), DCTerms.description.getURI(), WCO.slug.getURI());
    private static final Node SUBJECT = RDF.subject.asNode();
    private static final Node PREDICATE = RDF.predicate.asNode();
    private static final Node OBJECT = RDF.object.asNode();
    private static final Node EVIDENCE = WCO.evidence.asNode();

    static EntityView of(String iri, DatasetGraph description, Publication publication, Vocabulary vocabulary, String lang) {
        Node subject = NodeFactory.createURI(iri);
        String inferred = publication.iris().inferredGraphPrefix();
        List<Link> kinds = new ArrayList<>();
        List<Text> labels = new ArrayList<>();
        List<Text> descriptions = new ArrayList<>();
        Map<String, Map<String, Map<String, List<Evidence>>>> byProperty = new LinkedHashMap<>();
        Map<String, String> valueHrefs = new LinkedHashMap<>();
        Map<String, String> valueLabels = new LinkedHashMap<>();
        description.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
            String p = q.getPredicate().getURI();
            String source = vocabulary.graphTitle(q.getGraph().getURI(), publication.iris(), lang);
            Node o = q.getObject();
            if (p.equals(RDF.type.getURI()) && o.isURI()) {
                Link kind = new Link(vocabulary.label(o.getURI(), lang), href(o.getURI(), publication, lang));
                if (!kinds.contains(kind) && !q.getGraph().getURI().startsWith(inferred)) kinds.add(kind);
            } else if ((p.equals(RDFS.label.getURI()) || p.equals(SKOS.prefLabel.getURI())) && o.isLiteral()) {
                Text t = new Text(o.getLiteralLexicalForm(), o.getLiteralLanguage(), source);
                if (!labels.contains(t)) labels.add(t);
            } else if (p.equals(DCTerms.description.getURI()) && o.isLiteral()) {
                descriptions.add(new Text(o.getLiteralLexicalForm(), o.getLiteralLanguage(), source));
            }
            if (SHOWN_IN_HEADER.contains(p) || o.isBlank()) return;
            String key = o.isURI() ? o.getURI() : o.getLiteralLexicalForm() + (o.getLiteralLanguage().isEmpty() ? "" : "@" + o.getLiteralLanguage());
            valueLabels.put(key, o.isURI() ? vocabulary.label(o.getURI(), lang) : o.getLiteralLexicalForm());
            if (o.isURI()) valueHrefs.put(key, href(o.getURI(), publication, lang));
            byProperty.computeIfAbsent(p, k -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(q.getGraph().getURI(), g -> new ArrayList<>())
                    .addAll(evidence(description, q.getGraph(), subject, q.getPredicate(), o));
        });
        List<Property> properties = new ArrayList<>();
        byProperty.forEach((p, values) -> {
            List<Value> vs = new ArrayList<>();
            values.forEach((key, graphs) -> {
                List<Source> sources = new ArrayList<>();
                graphs.forEach((g, ev) -> sources.add(new Source(vocabulary.graphTitle(g, publication.iris(), lang), g, ev)));
                vs.add(new Value(valueLabels.get(key), valueHrefs.get(key), sources));
            });
            vs.sort(Comparator.comparing(Value::label, String.CASE_INSENSITIVE_ORDER));
            properties.add(new Property(vocabulary.label(p, lang), p, vs));
        });
        properties.sort(Comparator.comparing(Property::label, String.CASE_INSENSITIVE_ORDER));
        List<Incoming> incoming = new ArrayList<>();
        description.find(Node.ANY, Node.ANY, Node.ANY, subject).forEachRemaining(q -> {
            if (!q.getSubject().isURI() || q.getGraph().getURI().startsWith(inferred)) return;
            Incoming in = new Incoming(vocabulary.label(q.getSubject().getURI(), lang), href(q.getSubject().getURI(), publication, lang),
                    vocabulary.label(q.getPredicate().getURI(), lang), vocabulary.graphTitle(q.getGraph().getURI(), publication.iris(), lang));
            if (!incoming.contains(in)) incoming.add(in);
        });
        incoming.sort(Comparator.comparing(Incoming::subject, String.CASE_INSENSITIVE_ORDER));
        labels.sort(Comparator.comparing(Text::lang).thenComparing(Text::text).thenComparing(Text::source));
        return new EntityView(iri, vocabulary.label(iri, lang), lang, kinds, labels, descriptions, properties, incoming);
    }

    /** The passages quoted for one statement in one graph. */
    private static List<Evidence> evidence(DatasetGraph d, Node graph, Node s, Node p, Node o) {
        List<Evidence> out = new ArrayList<>();
        d.find(graph, Node.ANY, SUBJECT, s).forEachRemaining(st -> {
            Node statement = st.getSubject();
            if (!d.contains(graph, statement, PREDICATE, p) || !d.contains(graph, statement, OBJECT, o)) return;
            d.find(graph, statement, EVIDENCE, Node.ANY).forEachRemaining(e -> {
                Node passage = e.getObject();
                String quote = first(d, graph, passage, WCO.quote.asNode()).orElse("");
                String line = first(d, graph, passage, WCO.lineNumber.asNode()).orElse("");
                String doc = first(d, graph, passage, WCO.inDocument.asNode()).orElse("");
                Evidence ev = new Evidence(quote, line, doc);
                if (!out.contains(ev)) out.add(ev);
            });
        });
        return out;
    }

    private static Optional<String> first(DatasetGraph d, Node g, Node s, Node p) {
        var it = d.find(g, s, p, Node.ANY);
        if (!it.hasNext()) return Optional.empty();
        Node o = it.next().getObject();
        return Optional.of(o.isURI() ? o.getURI() : o.getLiteralLexicalForm());
    }

    /** A link that stays on this server: a document for IRIs under the base, the ontology's page for its terms. */
    private static String href(String iri, Publication publication, String lang) {
        if (iri.startsWith(WCO.NS)) return "/ontology" + EntityDocuments.languageSuffix(lang) + "#" + iri.substring(WCO.NS.length());
        return publication.iris().documentPath(iri).map(p -> p + EntityDocuments.languageSuffix(lang)).or(() -> publication.iris().localPath(iri))
                .orElse(iri);
    }

}
