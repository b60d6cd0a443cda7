package be.wallonia.clusterkg.serve.fragments;

import be.wallonia.clusterkg.error.UserError;
import be.wallonia.clusterkg.vocab.Iris;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.shared.PrefixMapping;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The triple pattern a fragment is asked for, each position a term or {@link Node#ANY} for a variable. Terms are
 * written as the Triple Pattern Fragments search form says ({@code hydra:ExplicitRepresentation}): an IRI as it is
 * (or in angle brackets), a literal as {@code "text"}, {@code "text"@en} or {@code "12"^^http://…#integer} (or
 * {@code ^^<…>}), its text taken as it is between the first and the last quote; nothing, or {@code ?name}, for a
 * variable. A prefixed name of the dataset's prefixes ({@code rdfs:label}) stands for its IRI, and a skolem IRI of
 * the graph for its blank node.
 */
public record TriplePattern(Node subject, Node predicate, Node object) {
    /** The language tag of N-Triples. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]+(-[a-zA-Z0-9]+)*");

    /**
     * Reads the three parameters of a request, any of them null when absent.
     *
     * @throws UserError naming the parameter and what is wrong with it
     */
    public static TriplePattern parse(String subject, String predicate, String object, PrefixMapping prefixes, Iris iris) {
        Terms terms = new Terms(prefixes, iris);
        return new TriplePattern(terms.resource("subject", subject), terms.resource("predicate", predicate),
                terms.term("object", object));
    }

    /** What the server reads the parameters with: the dataset's prefixes and its skolem IRIs. */
    private record Terms(PrefixMapping prefixes, Iris iris) {
        private static final String RESOURCE = "http://… or a prefixed name such as rdfs:label";

        Node resource(String parameter, String value) {
            if (isVariable(value)) return Node.ANY;
            if (value.startsWith("\"")) throw new UserError(parameter + ": a literal is only ever an object, not " + value);
            return iriOrBlankNode(parameter, value, RESOURCE);
        }

        Node term(String parameter, String value) {
            if (isVariable(value)) return Node.ANY;
            if (value.startsWith("\"")) return literal(parameter, value);
            return iriOrBlankNode(parameter, value, RESOURCE + ", or a literal in quotes");
        }

        private static boolean isVariable(String value) {
            return value == null || value.isBlank() || value.startsWith("?");
        }

        private Node iriOrBlankNode(String parameter, String value, String expected) {
            String iri = iri(parameter, value, expected + "; nothing for any");
            Optional<String> blank = iris.blankNodeLabel(iri);
            return blank.isPresent() ? NodeFactory.createBlankNode(blank.get()) : NodeFactory.createURI(iri);
        }

        private String iri(String parameter, String value, String expected) {
            if (value.startsWith("_:")) {
                throw new UserError(parameter + ": a blank node's label means nothing outside the document it is in; "
                        + "fragments name blank nodes by IRIs under " + iris.skolem(""));
            }
            String iri = value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1) : value;
            String expanded = prefixes.expandPrefix(iri);
            try {
                if (IRIx.create(expanded).isReference()) return expanded;
            } catch (IRIException e) {
                throw new UserError(parameter + ": not an IRI: " + value + " (" + e.getMessage() + ")");
            }
            throw new UserError(parameter + ": not an absolute IRI: " + value + " (expected " + expected + ")");
        }

        private Node literal(String parameter, String value) {
            int close = value.lastIndexOf('"');
            if (close == 0) throw new UserError(parameter + ": a literal without its closing quote: " + value);
            String text = value.substring(1, close);
            String rest = value.substring(close + 1);
            if (rest.isEmpty()) return NodeFactory.createLiteralString(text);
            if (rest.startsWith("@") && LANGUAGE.matcher(rest.substring(1)).matches()) {
                return NodeFactory.createLiteralLang(text, rest.substring(1));
            }
            if (rest.startsWith("^^") && rest.length() > 2) {
                String datatype = iri(parameter, rest.substring(2), "a datatype such as xsd:integer");
                return NodeFactory.createLiteralDT(text, TypeMapper.getInstance().getSafeTypeByName(datatype));
            }
            throw new UserError(parameter + ": after a literal's closing quote comes nothing, @language or ^^datatype, not "
                    + rest);
        }
    }
}
