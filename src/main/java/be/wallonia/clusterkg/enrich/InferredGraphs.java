package be.wallonia.clusterkg.enrich;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.vocab.PROV;
import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The enrich stage: adds to an assembled dataset one named graph per entailment rule,
 * {@code {base}graph/inferred/{rule-id}}, holding what the rule entails for the data and is asserted nowhere
 * (see {@link Entailment}), so that {@code GRAPH ?g} tells which rule produced a triple.
 *
 * <p>It reads the ontology graph ({@code {base}graph/ontology}), together with the axioms of
 * {@code aligned-vocabularies.ttl} (the subclass and subproperty axioms of ORG, PROV-O and schema.org between
 * terms the ontology declares but does not relate: without them no cluster is an {@code org:Organization}),
 * and, as data, the union of the curated graph, the meta graph, the NACE graph, every source graph and every derived graph. The meta graph is read
 * because it is where the source documents are typed {@code wco:SourceDocument}: left out, the range of
 * {@code wco:inDocument} would re-derive those types, asserted in meta, into an inferred graph. Any other
 * graph of the dataset is ignored.
 *
 * <p>Each inferred graph describes itself: {@code <graph> a prov:Entity ; prov:generatedAtTime … ;
 * prov:wasGeneratedBy [ a prov:Activity ; prov:used <ontology graph>, <each data graph>, <each aligned
 * vocabulary> ; prov:wasAssociatedWith <{base}id/rule/{rule-id}> ]}, and the rule: {@code a prov:Plan,
 * wco:DerivationRule ; rdfs:label ; rdfs:comment "<the rule text>"}. A rule that entails nothing new gets no
 * graph.
 */
public final class InferredGraphs {
    /** The axioms of the aligned vocabularies, next to this class. */
    public static final String ALIGNED_VOCABULARIES = "aligned-vocabularies.ttl";
    private static final String OWL2_RL = "https://www.w3.org/TR/owl2-profiles/#Reasoning_in_OWL_2_RL_and_RDF_Graphs_using_Rules";

    private final Entailment entailment;
    private final Model alignedVocabularies;

    private InferredGraphs(Entailment entailment, Model alignedVocabularies) {
        this.entailment = entailment;
        this.alignedVocabularies = alignedVocabularies;
    }

    /** The standard rules with the standard aligned-vocabulary axioms. */
    public static InferredGraphs standard() {
        return new InferredGraphs(Entailment.standard(), alignedVocabularies());
    }

    public static InferredGraphs of(Entailment entailment, Model alignedVocabularies) {
        return new InferredGraphs(entailment, alignedVocabularies);
    }

    /** The axioms of {@code aligned-vocabularies.ttl}. */
    public static Model alignedVocabularies() {
        try (InputStream in = InferredGraphs.class.getResourceAsStream(ALIGNED_VOCABULARIES)) {
            if (in == null) throw new IllegalStateException("missing resource " + ALIGNED_VOCABULARIES + " next to " + InferredGraphs.class.getName());
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String graphIri(Iris iris, String ruleId) { return iris.inferredGraph(ruleId); }

    public static String ruleIri(Iris iris, String ruleId) { return iris.id("rule", ruleId); }

    /**
     * What the stage adds.
     *
     * @param byRule per rule id, what the rule entails (see {@link Entailment#infer}), empty for a rule that
     *               entails nothing new
     * @param graphs per graph IRI, the inferred graph with its description, one for each non-empty rule
     */
    public record Enrichment(SortedMap<String, Model> byRule, SortedMap<String, Model> graphs) {
        /** Per rule id, the number of triples it entails. */
        public SortedMap<String, Long> counts() {
            SortedMap<String, Long> counts = new TreeMap<>();
            byRule.forEach((id, m) -> counts.put(id, m.size()));
            return counts;
        }
    }

    /** Computes the inferred graphs of an assembled dataset, without changing it. */
    public Enrichment enrich(Dataset dataset, Iris iris, Instant now) {
        return enrich(dataset, iris, now, new Imported(this, dataset, iris));
    }

    /**
     * Computes the inferred graphs of an assembled dataset and of the imported graphs given to {@code imported}
     * (made for this dataset by {@link #forImports}), without changing either.
     */
    public Enrichment enrich(Dataset dataset, Iris iris, Instant now, Imported imported) {
        List<String> names = new ArrayList<>();
        dataset.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        String inferredPrefix = iris.inferredGraphPrefix();
        names.stream().filter(n -> n.startsWith(inferredPrefix)).findFirst().ifPresent(n -> {
            throw new IllegalStateException("the dataset already holds an inferred graph: " + n);
        });
        List<String> dataGraphs = dataGraphs(names, iris);
        Model data = RuleGraphs.unionOf(dataset, dataGraphs);

        SortedMap<String, Model> byRule = entailment.infer(imported.ontology(), data);
        imported.mergeInto(byRule, data);

        List<String> withImports = new ArrayList<>(names);
        withImports.addAll(imported.graphs);
        List<String> used = new ArrayList<>();
        used.add(iris.ontologyGraph());
        used.addAll(dataGraphs(withImports, iris));
        TreeSet<String> vocabularies = new TreeSet<>();
        alignedVocabularies.listObjectsOfProperty(RDFS.isDefinedBy).forEachRemaining(o -> vocabularies.add(o.asResource().getURI()));
        used.addAll(vocabularies);

        SortedMap<String, Model> graphs = new TreeMap<>();
        for (EntailmentRule rule : entailment.rules()) {
            Model triples = byRule.get(rule.id());
            if (triples.isEmpty()) continue;
            String graphIri = graphIri(iris, rule.id());
            Model graph = ModelFactory.createDefaultModel().setNsPrefixes(dataset.getPrefixMapping()).add(triples);
            describe(graph, graphIri, rule, ruleIri(iris, rule.id()), used, now);
            graphs.put(graphIri, graph);
        }
        return new Enrichment(byRule, Collections.unmodifiableSortedMap(graphs));
    }

    /** Collects, one imported graph at a time, what the rules entail for it with the dataset's data graphs as context. */
    public Imported forImports(Dataset dataset, Iris iris) {
        return new Imported(this, dataset, iris);
    }

    /**
     * What the rules entail for graphs too large to be held together, each read in turn with the data of the dataset
     * (the ontology, the curated, meta and NACE graphs, the source graphs) as context. Every rule but {@code prp-trp}
     * concludes from one data triple, so this is the entailment of the whole but for chains of a transitive
     * property through two imported graphs, which are not followed; what the whole data asserts or the dataset's own
     * entailment holds is left out when merged.
     */
    public static final class Imported {
        private final Entailment entailment;
        private final Iris iris;
        /** The ontology with the aligned vocabularies, copied once for the dataset and every import; null if none. */
        private final Model ontology;
        private final List<Graph> context;
        private final List<String> graphs = new ArrayList<>();
        private final SortedMap<String, Graph> byRule = new TreeMap<>();

        private Imported(InferredGraphs inferred, Dataset dataset, Iris iris) {
            this.entailment = inferred.entailment;
            List<String> names = new ArrayList<>();
            dataset.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
            this.iris = iris;
            this.ontology = names.contains(iris.ontologyGraph()) ? inferred.ontology(dataset, iris) : null;
            this.context = dataGraphs(names, iris).stream().map(n -> dataset.getNamedModel(n).getGraph()).toList();
        }

        /** Adds what the rules entail for this graph. */
        public void add(String graphIri, Model graph) {
            MultiUnion data = new MultiUnion();
            data.addGraph(graph.getGraph());
            context.forEach(data::addGraph);
            entailment.infer(ontology(), ModelFactory.createModelForGraph(data)).forEach((rule, triples) ->
                    triples.getGraph().find().forEach(t -> byRule.computeIfAbsent(rule, r -> GraphMemFactory.createDefaultGraph()).add(t)));
            graphs.add(graphIri);
        }

        private Model ontology() {
            if (ontology == null) throw new IllegalStateException("the dataset has no ontology graph " + iris.ontologyGraph());
            return ontology;
        }

        /** Adds to the dataset's entailments, per rule, those of the imports that neither the data nor they hold. */
        private void mergeInto(SortedMap<String, Model> dataset, Model data) {
            Graph asserted = data.getGraph();
            byRule.forEach((rule, triples) -> triples.find().forEach(t -> {
                if (asserted.contains(t) || dataset.values().stream().anyMatch(m -> m.getGraph().contains(t))) return;
                dataset.get(rule).getGraph().add(t);
            }));
        }
    }

    private Model ontology(Dataset dataset, Iris iris) {
        Model ontology = ModelFactory.createDefaultModel()
                .add(dataset.getNamedModel(iris.ontologyGraph())).add(alignedVocabularies);
        ontology.setNsPrefixes(dataset.getNamedModel(iris.ontologyGraph()).getNsPrefixMap());
        return ontology;
    }

    /** The curated, meta and NACE graphs, then the source graphs, then the derived graphs, of those named. */
    private static List<String> dataGraphs(List<String> names, Iris iris) {
        List<String> dataGraphs = new ArrayList<>();
        for (String fixed : List.of(iris.curatedGraph(), iris.metaGraph(), iris.naceGraph())) {
            if (names.contains(fixed)) dataGraphs.add(fixed);
        }
        names.stream().filter(iris::isSourceGraph).sorted().forEach(dataGraphs::add);
        names.stream().filter(n -> n.startsWith(iris.derivedGraphPrefix())).sorted().forEach(dataGraphs::add);
        return dataGraphs;
    }

    /**
     * Adds the inferred graphs to the dataset (inside a write transaction if the dataset is transactional);
     * refuses a dataset that already holds one.
     */
    public Enrichment addTo(Dataset dataset, Iris iris, Instant now) {
        Enrichment enrichment = enrich(dataset, iris, now);
        enrichment.graphs().forEach(dataset::addNamedModel);
        return enrichment;
    }

    private static void describe(Model graph, String graphIri, EntailmentRule rule, String ruleIri, List<String> used, Instant now) {
        RuleGraphs.describe(graph, graphIri, ruleIri, rule.id() + ": " + rule.label(), rule.text(),
                        "What rule " + rule.id() + " (" + rule.label() + ") entails for the data and no graph it used asserts.",
                        used, now)
                .addProperty(DCTerms.description, "Implements " + rule.cites() + ".", "en")
                .addProperty(RDFS.seeAlso, graph.createResource(OWL2_RL));
    }
}
