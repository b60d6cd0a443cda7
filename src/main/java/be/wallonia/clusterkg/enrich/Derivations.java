package be.wallonia.clusterkg.enrich;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.cookbook.Cookbook;
import be.wallonia.clusterkg.cookbook.CookbookQuery;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The derivation rules of the build: SPARQL CONSTRUCT queries, one file each in the classpath folder
 * {@value #FOLDER} (written like the query cookbook: {@code NN-rule-id.rq} with a {@code # title:} and a
 * {@code # question:} line; {@code {base}} stands for the build's base), run in the order of their names over the
 * curated, meta, NACE and source graphs plus what the earlier rules derived. Each rule's result goes to the named
 * graph {@code {base}graph/derived/{rule-id}}, described with the rule that made it, so that derived facts
 * (a network's sectors, complementarities) stay apart from what any source states.
 */
public final class Derivations {
    public static final String FOLDER = "be/wallonia/clusterkg/enrich/derivations";

    /** One rule: its id (the file name without its number), label, and query text with {@code {base}} unresolved. */
    public record Rule(String id, String label, String text) {}

    private final List<Rule> rules;

    private Derivations(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Derivations standard() {
        List<Rule> rules = new ArrayList<>();
        for (CookbookQuery q : Cookbook.fromClasspath(Derivations.class.getClassLoader(), FOLDER)) {
            rules.add(new Rule(q.name().substring(q.name().indexOf('-') + 1), q.title(), q.text()));
        }
        return new Derivations(rules);
    }

    public static Derivations of(List<Rule> rules) {
        return new Derivations(rules);
    }

    public List<Rule> rules() { return rules; }

    /**
     * Per derived-graph IRI, what each rule derives for the dataset and no graph it read asserts, with the graph's
     * provenance; a rule that derives nothing new gets no graph. The dataset is not changed.
     */
    public SortedMap<String, Model> derive(Dataset dataset, Iris iris, Instant now) {
        List<String> used = new ArrayList<>();
        for (String fixed : List.of(iris.curatedGraph(), iris.metaGraph(), iris.naceGraph())) {
            if (dataset.containsNamedModel(fixed)) used.add(fixed);
        }
        List<String> sources = new ArrayList<>();
        dataset.listModelNames().forEachRemaining(r -> {
            if (iris.isSourceGraph(r.getURI())) sources.add(r.getURI());
        });
        Collections.sort(sources);
        used.addAll(sources);
        Model data = RuleGraphs.unionOf(dataset, used); // what the rules derive is added to it, for the next rules

        SortedMap<String, Model> graphs = new TreeMap<>();
        for (Rule rule : rules) {
            String text = rule.text().replace("{base}", iris.base());
            Model derived;
            try (QueryExecution exec = QueryExecution.model(data).query(QueryFactory.create(text)).build()) {
                derived = exec.execConstruct().difference(data);
            }
            if (derived.isEmpty()) continue;
            String graphIri = iris.derivedGraph(rule.id());
            Model graph = ModelFactory.createDefaultModel().setNsPrefixes(dataset.getPrefixMapping()).add(derived);
            RuleGraphs.describe(graph, graphIri, iris.id("rule", rule.id()), rule.id() + ": " + rule.label(), text,
                    "What rule " + rule.id() + " (" + rule.label() + ") derives from the data.", List.copyOf(used), now);
            graphs.put(graphIri, graph);
            data.add(derived);
            used.add(graphIri);
        }
        return Collections.unmodifiableSortedMap(graphs);
    }
}
