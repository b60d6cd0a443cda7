package be.wallonia.clusterkg.review;

import be.wallonia.clusterkg.vocab.Iris;
import be.wallonia.clusterkg.vocab.QueryFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every claim of the graph that no source makes itself, one row each, for a domain expert to go through in a
 * spreadsheet: each derived complementarity with its basis (a shared sector, a supply link and its passage) and its
 * rule, and each curated claim with what it rests on (its source says it, or the editors' judgement), its
 * justification, sources and passages. The last column, {@code decision},
 * is left for the reviewer.
 */
public record ClaimsReview(List<Claim> claims) {
    private static final String QUERY = QueryFile.read(ClaimsReview.class, "claims.rq");
    /** The columns, as the query names them, then the reviewer's. */
    static final List<String> COLUMNS = List.of("claim", "kind", "standing", "statement", "rule", "basis", "sources",
            "passages", "decision");

    /**
     * One claim and one of its bases.
     *
     * @param kind "derived" or "curated"
     * @param standing what the claim rests on: "derived by a rule of the build", "stated by its source" or
     *                 "editors' judgement"
     * @param rule the rule of a derived claim, empty for a curated one
     */
    public record Claim(String claim, String kind, String standing, String statement, String rule, String basis,
                        String sources, String passages) {
        List<String> cells() { return List.of(claim, kind, standing, statement, rule, basis, sources, passages, ""); }
    }

    /** The claims of a built dataset (its derived graphs included). */
    public static ClaimsReview of(Dataset dataset, Iris iris) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(QUERY);
        query.setIri("curated", iris.curatedGraph());
        query.setIri("ontology", iris.ontologyGraph());
        List<Claim> claims = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query.asQuery()).build()) {
                exec.execSelect().forEachRemaining(row -> claims.add(new Claim(text(row, "claim"), text(row, "kind"),
                        text(row, "standing"), text(row, "statement"), text(row, "rule"), text(row, "basis"), text(row, "sources"),
                        text(row, "passages"))));
            }
        });
        return new ClaimsReview(List.copyOf(claims));
    }

    private static String text(QuerySolution row, String column) {
        RDFNode node = row.get(column);
        if (node == null) return "";
        return node.isURIResource() ? node.asResource().getURI() : node.asLiteral().getLexicalForm();
    }

    /** RFC 4180 CSV with a header row, for a spreadsheet. */
    public String csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Claim c : claims) printer.printRecord(c.cells());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A Markdown table, one claim a row: for reading, or for a review in a pull request. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        row(out, COLUMNS);
        row(out, COLUMNS.stream().map(c -> "---").toList());
        for (Claim c : claims) row(out, c.cells());
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        // a pipe would end the cell, a line break the row
        for (String cell : cells) out.append(' ').append(cell.replace("|", "\\|").replaceAll("\\R", " ")).append(" |");
        out.append('\n');
    }
}
