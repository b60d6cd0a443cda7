package be.wallonia.clusterkg.enrich;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.TriplePattern;
import org.apache.jena.reasoner.rulesys.ClauseEntry;
import org.apache.jena.reasoner.rulesys.Functor;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the ontology entails for the data, by the rules of {@code entailment.rules} (RDFS and the OWL 2 RL
 * rules for the constructs the ontology uses), each triple attributed to the one rule that produced it:
 * {@code Entailment.standard().infer(ontology, data)}.
 *
 * <h2>Which rule produced a triple</h2>
 * The rules are Jena rules, but Jena's forward engines cannot say which rule produced a triple: both log a
 * derivation only when a triple is first added ({@code RETEConflictSet.execute}, {@code FRuleEngine}), so the log
 * holds one derivation per triple, the one the engine happened to fire first, which depends on the graph's hash
 * order. So the closure is computed breadth-first ({@link OneStep}): round <i>n</i> applies every rule once to what rounds 0..<i>n</i>-1
 * hold, and a triple new in round <i>n</i> is attributed to the first rule, in file order, that concludes it in
 * that round. A triple is thus attributed to the first rule among its shortest derivations: deterministic,
 * and never to a rule that only restates a consequence of the triple itself (with {@code wco:succeeds}
 * transitive and inverse, {@code a succeeds c} is attributed to {@code prp-trp}, not to {@code prp-inv1}
 * applied to {@code c succeededBy a}). That it computes the same closure as Jena's forward engine is checked by
 * the tests (InferredGraphsTest), not at every build: on a large graph the second computation costs more than the
 * first.
 *
 * <h2>What is returned</h2>
 * Only triples that are not in {@code ontology ∪ data}, and only about the data: a conclusion whose subject is
 * a term of the ontology's schema (a class, property, datatype or the ontology itself, i.e. a subject the
 * ontology types with an RDF, RDFS or OWL term other than {@code owl:NamedIndividual}, or any blank node of
 * the ontology, such as a class expression) is dropped, except the {@code rdfs:subClassOf} and
 * {@code rdfs:subPropertyOf} triples of the transitivity rules {@code scm-sco} and {@code scm-spo}, which
 * are kept: {@code ?c rdfs:subClassOf org:Organization} then lists every class below {@code org:Organization}
 * without a property path. Individuals the ontology declares ({@code wco:Market}, {@code wco:NonMarket}) are
 * data: their inferred types are kept. Conclusions about blank nodes (the reified statements that carry the
 * evidence, whose {@code wco:evidence} is a {@code prov:wasDerivedFrom}) are not materialised: outside their own
 * graph they have no name to be found by, and hundreds of alike anonymous triples make graph comparison explode.
 */
public final class Entailment {
    static {
        JenaSystem.init(); // before the vocabulary constants below, or Jena's own initialisation may see them half-built
    }

    /** The rules, next to this class. */
    public static final String RESOURCE = "entailment.rules";

    private static final Pattern RULE_START = Pattern.compile("^\\[\\s*([^\\s:\\[\\]]+)\\s*:");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Set<String> SCHEMA_NAMESPACES = Set.of(RDF.getURI(), RDFS.getURI(), OWL.NS);
    private static final Node NAMED_INDIVIDUAL = OWL2.NamedIndividual.asNode();
    private static final Set<Node> SCHEMA_PREDICATES = Set.of(RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode());

    private final List<EntailmentRule> rules;

    private Entailment(List<EntailmentRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of {@code entailment.rules}. */
    public static Entailment standard() {
        try (InputStream in = Entailment.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE + " next to " + Entailment.class.getName());
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads rules in Jena rule syntax. Each rule must be named, with a name usable in an IRI, and preceded by a
     * {@code # label:} and a {@code # implements:} comment line; its body may hold triple patterns and builtin
     * guards only, its head triple patterns only.
     */
    public static Entailment parse(String text) {
        List<String[]> written = scan(text);
        List<Rule> parsed;
        try {
            parsed = Rule.parseRules(Rule.rulesParserFromReader(new BufferedReader(new StringReader(text))));
        } catch (Rule.ParserException e) {
            throw new IllegalArgumentException("the entailment rules do not parse: " + e.getMessage(), e);
        }
        if (parsed.size() != written.size()) {
            throw new IllegalArgumentException("found " + written.size() + " rules starting with '[' on a line of their own"
                    + " but Jena parsed " + parsed.size());
        }
        List<EntailmentRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < parsed.size(); i++) {
            Rule rule = parsed.get(i);
            String[] w = written.get(i);
            if (!w[0].equals(rule.getName())) {
                throw new IllegalArgumentException("rule " + (i + 1) + " is named " + w[0] + " in the text but " + rule.getName() + " by Jena");
            }
            check(rule);
            if (!ids.add(rule.getName())) throw new IllegalArgumentException("two rules are named " + rule.getName());
            rules.add(new EntailmentRule(rule.getName(), w[1], w[2], w[3], rule));
        }
        return new Entailment(rules);
    }

    /** Per rule: {id, label, implements, text}, in file order. */
    private static List<String[]> scan(String text) {
        List<String[]> rules = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        String label = null;
        String cites = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("#")) {
                String comment = line.substring(1).strip();
                if (comment.startsWith("label:")) label = comment.substring("label:".length()).strip();
                else if (comment.startsWith("implements:")) cites = comment.substring("implements:".length()).strip();
            } else if (line.startsWith("[")) {
                Matcher m = RULE_START.matcher(line);
                if (!m.find()) throw new IllegalArgumentException("line " + (i + 1) + ": a rule must be named: [name: body -> head]");
                String id = m.group(1);
                if (!ID.matcher(id).matches()) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": rule name " + id + " must match " + ID.pattern() + " (it is used in IRIs)");
                }
                if (label == null || cites == null) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": rule " + id + " must be preceded by '# label:' and '# implements:' lines");
                }
                StringBuilder rule = new StringBuilder(line);
                int depth = depth(line);
                while (depth > 0 && i + 1 < lines.length) {
                    String more = lines[++i].strip();
                    rule.append(' ').append(more);
                    depth += depth(more);
                }
                rules.add(new String[] {id, label, cites, rule.toString()});
                label = null;
                cites = null;
            } else {
                label = null;
                cites = null;
            }
        }
        return rules;
    }

    private static int depth(String line) {
        int d = 0;
        for (char c : line.toCharArray()) {
            if (c == '[') d++;
            else if (c == ']') d--;
        }
        return d;
    }

    private static void check(Rule rule) {
        if (rule.isBackward()) throw new IllegalArgumentException("rule " + rule.getName() + " is a backward rule; only forward rules");
        for (ClauseEntry c : rule.getBody()) {
            boolean ok = c instanceof TriplePattern p ? !Functor.isFunctor(p.getObject())
                    : c instanceof Functor f && f.getImplementor() != null;
            if (!ok) throw new IllegalArgumentException("rule " + rule.getName() + ": unsupported body clause " + c);
        }
        for (ClauseEntry c : rule.getHead()) {
            if (!(c instanceof TriplePattern p) || Functor.isFunctor(p.getObject())) {
                throw new IllegalArgumentException("rule " + rule.getName() + ": a head may only hold triple patterns, found " + c);
            }
        }
    }

    /** The rules, in file order. */
    public List<EntailmentRule> rules() { return rules; }

    public Optional<EntailmentRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Per rule id, in id order, with an empty model for a rule that produced nothing: the triples the rule
     * produced that are not in {@code ontology ∪ data}, only about the data (see the class comment). Each
     * triple is in exactly one model. Neither argument is modified.
     */
    public SortedMap<String, Model> infer(Model ontology, Model data) {
        Graph base = GraphMemFactory.createDefaultGraph();
        ontology.getGraph().find().forEachRemaining(base::add);
        data.getGraph().find().forEachRemaining(base::add);

        Map<Triple, EntailmentRule> attributed = breadthFirst(base);

        Set<Node> schema = schemaTerms(ontology.getGraph());
        SortedMap<String, Model> byRule = new TreeMap<>();
        for (EntailmentRule rule : rules) {
            Model m = ModelFactory.createDefaultModel();
            m.setNsPrefixes(ontology.getNsPrefixMap()).setNsPrefixes(data.getNsPrefixMap());
            byRule.put(rule.id(), m);
        }
        attributed.forEach((t, rule) -> {
            boolean anonymous = t.getSubject().isBlank() || t.getObject().isBlank();
            if (!anonymous && (!schema.contains(t.getSubject()) || SCHEMA_PREDICATES.contains(t.getPredicate()))) {
                byRule.get(rule.id()).getGraph().add(t);
            }
        });
        return Collections.unmodifiableSortedMap(byRule);
    }

    /** Every triple of the closure not in {@code base}, with the rule it is attributed to, in derivation order. */
    private Map<Triple, EntailmentRule> breadthFirst(Graph base) {
        Graph facts = GraphMemFactory.createDefaultGraph();
        base.find().forEachRemaining(facts::add);
        Map<Triple, EntailmentRule> attributed = new LinkedHashMap<>();
        while (true) {
            Map<Triple, EntailmentRule> round = new LinkedHashMap<>();
            for (EntailmentRule rule : rules) {
                OneStep.conclusions(rule.rule(), facts, t -> {
                    if (!facts.contains(t)) round.putIfAbsent(t, rule);
                });
            }
            if (round.isEmpty()) return attributed;
            round.keySet().forEach(facts::add);
            attributed.putAll(round);
        }
    }

    /** Classes, properties, datatypes, the ontology itself and blank nodes: what the ontology is about. */
    private static Set<Node> schemaTerms(Graph ontology) {
        Set<Node> terms = new HashSet<>();
        ontology.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isBlank()) {
                terms.add(s);
            } else if (t.getPredicate().equals(RDF.type.asNode())) {
                Node type = t.getObject();
                if (type.isURI() && SCHEMA_NAMESPACES.contains(type.getNameSpace()) && !type.equals(NAMED_INDIVIDUAL)) {
                    terms.add(s);
                }
            }
        });
        return terms;
    }

}
