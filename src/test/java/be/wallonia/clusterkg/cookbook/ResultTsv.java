package be.wallonia.clusterkg.cookbook;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of a cookbook query written as in {@code queries/expected/*.tsv} (the convention of queries/README.md):
 * a header of the projected variable names without '?', then one line per row in the query's order; a cell holds an
 * IRI with the build's base written {@code {base}}, a literal's lexical form followed by {@code @lang} when it has a
 * language tag, or nothing when the variable is unbound; backslash, tab, newline and carriage return are escaped
 * {@code \\ \t \n \r}. A blank node has no stable name and is refused.
 */
final class ResultTsv {
    static final String BASE_PLACEHOLDER = "{base}";

    private ResultTsv() {}

    static List<String> lines(List<Var> vars, List<Binding> rows, String base) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join("\t", vars.stream().map(Var::getVarName).toList()));
        for (Binding row : rows) lines.add(row(vars, row, base));
        return lines;
    }

    static String row(List<Var> vars, Binding row, String base) {
        List<String> cells = new ArrayList<>();
        for (Var v : vars) cells.add(cell(row.get(v), base));
        return String.join("\t", cells);
    }

    static String cell(Node node, String base) {
        if (node == null) return "";
        if (node.isURI()) {
            String iri = node.getURI();
            return escape(iri.startsWith(base) ? BASE_PLACEHOLDER + iri.substring(base.length()) : iri);
        }
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            return escape(node.getLiteralLexicalForm()) + (lang == null || lang.isEmpty() ? "" : "@" + lang);
        }
        throw new IllegalArgumentException("a cookbook query may not return " + node
                + " (a blank node has no stable name): project an IRI or a literal instead");
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
