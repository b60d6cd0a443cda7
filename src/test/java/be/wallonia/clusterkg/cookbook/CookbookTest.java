package be.wallonia.clusterkg.cookbook;

import be.wallonia.clusterkg.pipeline.BuiltGraph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.SortCondition;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The cookbook of queries/ run over the real graph, with the default graph the union of the named graphs (as the
 * server serves it): each query gives exactly its expected result of queries/expected/ (see queries/README.md).
 */
class CookbookTest {
    private static final Path QUERIES = Path.of(Cookbook.DIRECTORY);
    private static final Path EXPECTED = QUERIES.resolve("expected");

    @TempDir static Path out;
    static BuiltGraph graph;
    static List<CookbookQuery> cookbook;

    @BeforeAll
    static void build() {
        graph = BuiltGraph.buildInto(out);
        cookbook = Cookbook.fromDirectory(QUERIES);
    }

    private record Result(List<Var> vars, List<Binding> rows) {
        List<String> lines() { return ResultTsv.lines(vars, rows, BuiltGraph.BASE); }
    }

    /** Runs a query as standard SPARQL 1.1 over the union default graph; the rows are copied out of the transaction. */
    private static Result run(Query query) {
        return graph.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet rs = qe.execSelect();
                List<Var> vars = Var.varList(rs.getResultVars());
                List<Binding> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    Binding b = rs.nextBinding();
                    BindingBuilder copy = BindingBuilder.create();
                    for (Var v : vars) if (b.contains(v)) copy.add(v, b.get(v));
                    rows.add(copy.build());
                }
                return new Result(vars, rows);
            }
        });
    }

    private static Query sparql11(CookbookQuery q) {
        return QueryFactory.create(q.text(), Syntax.syntaxSPARQL_11);
    }

    private static Path expectedFile(String name) {
        return EXPECTED.resolve(name + ".tsv");
    }

    /** The queries that run on the graph alone: each has an expected result. */
    private static Stream<CookbookQuery> selfContained() {
        return cookbook.stream().filter(CookbookQuery::selfContained);
    }

    @TestFactory
    Stream<DynamicTest> everyQueryGivesExactlyItsExpectedRowsInItsExpectedOrder() {
        return selfContained().map(q -> dynamicTest(q.name(), () -> {
            Path file = expectedFile(q.name());
            assertTrue(Files.isRegularFile(file), q.name() + ": no expected result " + file);
            List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertTrue(expected.size() >= 2, file + ": an expected result has a header and at least one row");
            List<String> actual = run(sparql11(q)).lines();
            assertEquals(String.join("\n", expected), String.join("\n", actual), q.name());
        }));
    }

    /**
     * Each query's ORDER BY decides the place of every row: no two different rows have equal sort keys. The keys
     * are evaluated on the projected variables, so a query orders by what it shows.
     */
    @TestFactory
    Stream<DynamicTest> everyQueryOrdersItsRowsTotally() {
        return selfContained().map(q -> dynamicTest(q.name(), () -> {
            Query query = sparql11(q);
            assertTrue(query.hasOrderBy(), q.name() + ": no ORDER BY");
            Result result = run(query);
            FunctionEnvBase env = new FunctionEnvBase();
            List<String> previousKeys = null;
            String previousRow = null;
            for (Binding row : result.rows()) {
                List<String> keys = new ArrayList<>();
                for (SortCondition c : query.getOrderBy()) {
                    Node key;
                    try {
                        key = c.getExpression().eval(row, env).asNode();
                    } catch (ExprEvalException e) {
                        key = null;                        // unbound or not evaluable: sorts with the other unbound keys
                    }
                    keys.add(String.valueOf(key));
                }
                String rendered = ResultTsv.row(result.vars(), row, BuiltGraph.BASE);
                if (keys.equals(previousKeys)) {
                    assertEquals(previousRow, rendered, q.name() + ": two different rows have the same sort keys "
                            + keys + " (order by more, or by projected variables only)");
                }
                previousKeys = keys;
                previousRow = rendered;
            }
        }));
    }

    @Test
    void everySelfContainedQueryHasAnExpectedResultAndEveryExpectedResultAQuery() throws IOException {
        Set<String> queries = selfContained().map(CookbookQuery::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected;
        try (Stream<Path> files = Files.list(EXPECTED)) {
            expected = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv"))
                    .map(n -> n.substring(0, n.length() - ".tsv".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(queries, expected);
    }

    @Test
    void theCookbookHasAtLeastTwentyQueriesWithAnExpectedResult() {
        long withResult = cookbook.stream().filter(q -> Files.isRegularFile(expectedFile(q.name()))).count();
        assertTrue(withResult >= 20, "queries with an expected result: " + withResult);
    }

    /** A query that needs the internet cannot be run here: it is at least standard SPARQL that calls a remote service. */
    @Test
    void aQueryThatNeedsTheInternetIsAFederatedQueryAndSaysSo() {
        List<CookbookQuery> federated = cookbook.stream().filter(q -> !q.selfContained()).toList();
        assertEquals(List.of("internet"), federated.stream().map(CookbookQuery::needs).distinct().toList());
        for (CookbookQuery q : federated) {
            String algebra = org.apache.jena.sparql.algebra.Algebra.compile(sparql11(q)).toString();
            assertTrue(algebra.contains("(service <https://"), q.name() + " calls no remote service: " + algebra);
        }
    }

    @Test
    void everyQuerySaysWhoAsksItAndHowToReadItsResult() {
        List<String> incomplete = cookbook.stream().filter(q -> q.audience().isBlank() || q.reading().isBlank())
                .map(CookbookQuery::name).toList();
        assertEquals(List.of(), incomplete);
    }

    @Test
    void noQueryWritesTheBaseOfTheGraph() {
        List<String> withBase = cookbook.stream().filter(q -> q.text().contains(BuiltGraph.BASE)
                || q.text().contains("localhost")).map(CookbookQuery::name).toList();
        assertEquals(List.of(), withBase);
    }

    @Test
    void everyQueryWritesFullIrisOnlyInItsPrefixDeclarations() {
        List<String> lines = new ArrayList<>();
        for (CookbookQuery q : cookbook) {
            for (String line : q.text().split("\n")) {
                if (!line.startsWith("#") && !line.startsWith("PREFIX ") && line.matches(".*<[a-z]+:.*")) {
                    lines.add(q.name() + ": " + line);
                }
            }
        }
        assertEquals(List.of(), lines);
    }

    @Test
    void theClasspathCookbookIsTheCookbookOfTheDirectoryWithoutItsExpectedResults() {
        assertEquals(cookbook, Cookbook.fromClasspath());
        assertNull(Cookbook.class.getClassLoader().getResource(Cookbook.CLASSPATH_FOLDER + "/expected"));
    }
}
