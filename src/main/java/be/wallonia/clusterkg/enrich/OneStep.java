package be.wallonia.clusterkg.enrich;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.TriplePattern;
import org.apache.jena.reasoner.rulesys.BindingEnvironment;
import org.apache.jena.reasoner.rulesys.ClauseEntry;
import org.apache.jena.reasoner.rulesys.Functor;
import org.apache.jena.reasoner.rulesys.Node_RuleVariable;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.reasoner.rulesys.RuleContext;
import org.apache.jena.reasoner.rulesys.impl.BindingVector;
import org.apache.jena.util.iterator.ClosableIterator;
import org.apache.jena.util.iterator.ExtendedIterator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One application of one forward rule to a graph, without chaining: every binding of the rule's body
 * patterns against the graph that passes its builtin guards yields the instantiated head triples. The
 * graph is only read. Rules are limited to what {@link Entailment} accepts: body triple patterns and
 * builtin guards, head triple patterns.
 */
final class OneStep {
    private OneStep() {}

    /** Gives {@code out} each triple {@code rule} concludes from {@code graph} in one step (possibly repeated). */
    static void conclusions(Rule rule, Graph graph, Consumer<Triple> out) {
        List<TriplePattern> patterns = new ArrayList<>();
        List<Functor> guards = new ArrayList<>();
        for (ClauseEntry clause : rule.getBody()) {
            if (clause instanceof TriplePattern p) patterns.add(p);
            else guards.add((Functor) clause);
        }
        match(rule, patterns, guards, 0, new Node[rule.getNumVars()], graph, out);
    }

    private static void match(Rule rule, List<TriplePattern> patterns, List<Functor> guards, int next, Node[] env,
                              Graph graph, Consumer<Triple> out) {
        if (next == patterns.size()) {
            BindingVector binding = new BindingVector(env.clone());
            Context context = new Context(binding, rule, graph);
            for (Functor guard : guards) {
                if (!guard.evalAsBodyClause(context)) return;
            }
            for (ClauseEntry head : rule.getHead()) out.accept(binding.instantiate((TriplePattern) head));
            return;
        }
        TriplePattern p = patterns.get(next);
        ExtendedIterator<Triple> found = graph.find(ground(p.getSubject(), env), ground(p.getPredicate(), env),
                ground(p.getObject(), env));
        try {
            while (found.hasNext()) {
                Triple t = found.next();
                Node[] bound = env.clone();
                if (bind(p.getSubject(), t.getSubject(), bound) && bind(p.getPredicate(), t.getPredicate(), bound)
                        && bind(p.getObject(), t.getObject(), bound)) {
                    match(rule, patterns, guards, next + 1, bound, graph, out);
                }
            }
        } finally {
            found.close();
        }
    }

    private static Node ground(Node n, Node[] env) {
        if (n instanceof Node_RuleVariable v) {
            Node value = env[v.getIndex()];
            return value == null ? Node.ANY : value;
        }
        return n;
    }

    /** Binds a pattern variable to the matched node, or checks a node already bound (a variable twice in a pattern). */
    private static boolean bind(Node patternNode, Node value, Node[] env) {
        if (!(patternNode instanceof Node_RuleVariable v)) return true;
        Node current = env[v.getIndex()];
        if (current == null) {
            env[v.getIndex()] = value;
            return true;
        }
        return current.equals(value);
    }

    /** What a builtin guard may ask: the bindings and read access to the graph; nothing may be added. */
    private record Context(BindingVector env, Rule rule, Graph graph) implements RuleContext {
        @Override public BindingEnvironment getEnv() { return env; }
        @Override public InfGraph getGraph() { return null; }
        @Override public Rule getRule() { return rule; }
        @Override public void setRule(Rule rule) { throw new UnsupportedOperationException(); }
        @Override public boolean contains(Triple t) { return graph.contains(t); }
        @Override public boolean contains(Node s, Node p, Node o) { return graph.contains(s, p, o); }
        @Override public ClosableIterator<Triple> find(Node s, Node p, Node o) { return graph.find(s, p, o); }
        @Override public void silentAdd(Triple t) { throw readOnly(); }
        @Override public void add(Triple t) { throw readOnly(); }
        @Override public void remove(Triple t) { throw readOnly(); }

        private static UnsupportedOperationException readOnly() {
            return new UnsupportedOperationException("an entailment rule may only test, not add or remove, in its body");
        }
    }
}
