package be.wallonia.clusterkg.enrich;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** Test fixture: tiny Turtle models, and triples shown as short strings to compare with exact values. */
final class Triples {
    static final String BASE = "http://localhost:8080/";
    static final String PREFIXES = """
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix wco: <https://w3id.org/wallonia-clusters/ontology#> .
            @prefix org: <http://www.w3.org/ns/org#> .
            @prefix schema: <https://schema.org/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix ex: <http://example.org/> .
            """;
    private static final PrefixMapping SHORT = PrefixMapping.Factory.create()
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("wco", "https://w3id.org/wallonia-clusters/ontology#")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("schema", "https://schema.org/")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("ex", "http://example.org/")
            .setNsPrefix("id", BASE + "id/")
            .setNsPrefix("graph", BASE + "graph/");

    private Triples() {}

    /** Parses Turtle written with {@link #PREFIXES} and relative IRIs under {@link #BASE}. */
    static Model turtle(String ttl) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(PREFIXES + ttl, Lang.TURTLE).base(BASE).parse(m);
        return m;
    }

    static String show(Triple t) {
        String p = t.getPredicate().equals(RDF.type.asNode()) ? "a" : show(t.getPredicate());
        return show(t.getSubject()) + " " + p + " " + show(t.getObject());
    }

    static String show(Node n) {
        if (n.isURI()) return SHORT.shortForm(n.getURI());
        if (n.isLiteral()) return "\"" + n.getLiteralLexicalForm() + "\"";
        return "_:" + n.getBlankNodeLabel();
    }

    static Set<String> show(Model m) {
        Set<String> shown = new TreeSet<>();
        m.getGraph().find().forEachRemaining(t -> shown.add(show(t)));
        return shown;
    }

    /** Per rule that produced any, the triples whose subject is an instance IRI ({@code {base}id/…}). */
    static Map<String, Set<String>> aboutInstances(SortedMap<String, Model> byRule) {
        Map<String, Set<String>> about = new TreeMap<>();
        byRule.forEach((rule, m) -> {
            Set<String> triples = new TreeSet<>();
            m.getGraph().find().forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(BASE + "id/")) triples.add(show(t));
            });
            if (!triples.isEmpty()) about.put(rule, triples);
        });
        return about;
    }

    /** Per rule that produced any, every triple it produced. */
    static Map<String, Set<String>> nonEmpty(SortedMap<String, Model> byRule) {
        Map<String, Set<String>> all = new TreeMap<>();
        byRule.forEach((rule, m) -> {
            if (!m.isEmpty()) all.put(rule, show(m));
        });
        return all;
    }
}
