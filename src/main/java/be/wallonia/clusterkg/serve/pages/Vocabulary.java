package be.wallonia.clusterkg.serve.pages;

import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.vocab.Iris;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names for people: the labels of the ontology's terms and of every resource, in English and French, and the
 * titles of the named graphs (a source document's title for its graph). Read once per build.
 */
final class Vocabulary {
    private final Map<String, Map<String, String>> labels = new HashMap<>();
    private final Map<String, String> graphTitles = new HashMap<>();

    private Vocabulary() {}

    static Vocabulary of(Publication publication) {
        Vocabulary v = new Vocabulary();
        Dataset ds = publication.dataset();
        Txn.executeRead(ds, () -> {
            ds.listModelNames().forEachRemaining(g -> {
                Model m = ds.getNamedModel(g);
                for (var p : List.of(RDFS.label, SKOS.prefLabel)) {
                    m.listStatements(null, p, (RDFNode) null).forEachRemaining(st -> v.addLabel(st, p.equals(SKOS.prefLabel)));
                }
            });
            Model meta = ds.getNamedModel(publication.iris().metaGraph());
            meta.listStatements(null, org.apache.jena.vocabulary.RDF.type,
                    meta.createResource(be.wallonia.clusterkg.vocab.WCO.SourceDocument.getURI())).forEachRemaining(st -> {
                Statement slug = st.getSubject().getProperty(be.wallonia.clusterkg.vocab.WCO.slug);
                Statement title = st.getSubject().getProperty(DCTerms.title);
                if (slug != null && title != null) {
                    v.graphTitles.put(publication.iris().sourceGraph(slug.getString()), title.getString());
                }
                // a document is named by its title wherever it is cited ("The key sectors, line 21"), never by its slug
                if (title != null) v.addLabel(title, false);
            });
        });
        org.apache.jena.rdf.model.Model external = org.apache.jena.riot.RDFDataMgr.loadModel(
                "be/wallonia/clusterkg/serve/external-labels.ttl");
        external.listStatements(null, RDFS.label, (RDFNode) null).forEachRemaining(st -> v.addLabel(st, true));
        return v;
    }

    private void addLabel(Statement st, boolean preferred) {
        if (!st.getSubject().isURIResource() || !st.getObject().isLiteral()) return;
        Literal l = st.getLiteral();
        Map<String, String> byLang = labels.computeIfAbsent(st.getSubject().getURI(), k -> new HashMap<>());
        if (preferred) byLang.put(l.getLanguage(), l.getString());
        else byLang.putIfAbsent(l.getLanguage(), l.getString());
    }

    /** The resource's label in the language, else in the other, else untagged, else its IRI's last segment. */
    String label(String iri, String lang) {
        Map<String, String> byLang = labels.getOrDefault(iri, Map.of());
        return Optional.ofNullable(byLang.get(lang))
                .or(() -> Optional.ofNullable(byLang.get(lang.equals("fr") ? "en" : "fr")))
                .or(() -> Optional.ofNullable(byLang.get("")))
                .orElseGet(() -> localName(iri));
    }

    /**
     * Where a statement comes from, in plain words in the page's language: the source document that states it, the
     * editors, or what the rule that derived or inferred it says (its own words, never its id alone).
     */
    String graphTitle(String graph, Iris iris, String lang) {
        boolean fr = lang.equals("fr");
        if (graph.startsWith(iris.inferredGraphPrefix())) {
            return (fr ? "déduit de l'ontologie : " : "inferred from the ontology: ")
                    + ruleWords(iris, graph.substring(iris.inferredGraphPrefix().length()));
        }
        if (graph.startsWith(iris.derivedGraphPrefix())) {
            return (fr ? "dérivé par une règle : " : "derived by a rule: ")
                    + ruleWords(iris, graph.substring(iris.derivedGraphPrefix().length()));
        }
        if (graph.equals(iris.curatedGraph())) return fr ? "établi par les éditeurs" : "curated by the editors";
        if (graph.equals(iris.ontologyGraph())) return fr ? "l'ontologie" : "the ontology";
        if (graph.equals(iris.metaGraph())) return fr ? "le manifeste des sources" : "the source manifest";
        String title = graphTitles.get(graph);
        if (title == null) return localName(graph);
        return fr ? "dit par « " + title + " »" : "stated by “" + title + "”";
    }

    /** What a rule says ("a statement with a symmetric property holds reversed"), its label without its id. */
    private String ruleWords(Iris iris, String ruleId) {
        String label = label(iris.id("rule", ruleId), "en");
        return label.startsWith(ruleId + ": ") ? label.substring(ruleId.length() + 2) : label;
    }

    static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
    }
}
