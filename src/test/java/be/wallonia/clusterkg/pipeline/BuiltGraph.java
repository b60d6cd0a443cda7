package be.wallonia.clusterkg.pipeline;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.store.Database;
import be.wallonia.clusterkg.store.TextIndexes;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Test fixture: the real graph, built once from data/ and ontology/ into a directory, queried in TDB2. */
public final class BuiltGraph {
    public static final String BASE = Iris.DEFAULT_BASE;
    public static final Iris IRIS = Iris.DEFAULT;
    public static final String PREFIXES = """
            PREFIX wco: <https://w3id.org/wallonia-clusters/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX id: <http://localhost:8080/id/>
            PREFIX cluster: <http://localhost:8080/id/cluster/>
            PREFIX pole: <http://localhost:8080/id/pole/>
            PREFIX programme: <http://localhost:8080/id/programme/>
            PREFIX graph: <http://localhost:8080/graph/>
            PREFIX source: <http://localhost:8080/graph/source/>
            """;

    private final Path out;
    private final BuildReport report;

    private BuiltGraph(Path out, BuildReport report) {
        this.out = out;
        this.report = report;
    }

    public static BuiltGraph buildInto(Path out) {
        return buildInto(out, BASE);
    }

    /** The graph built under another base (the prefixes above assume the default one). */
    public static BuiltGraph buildInto(Path out, String base) {
        BuildReport report = GraphBuild.create().iris(new Iris(base)).out(out).build().run();
        return new BuiltGraph(out, report);
    }

    /** The graph built from another data directory (a copy of data/ with more files), under the default base or another. */
    public static BuiltGraph buildInto(Path out, Path dataDir, String base) {
        BuildReport report = GraphBuild.create().dataDir(dataDir).iris(new Iris(base)).out(out).build().run();
        return new BuiltGraph(out, report);
    }

    public BuildReport report() { return report; }

    /** Copies a directory tree (data/, ontology/) so that a test can change its copy. */
    public static void copyTree(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) java.nio.file.Files.createDirectories(target);
                else java.nio.file.Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    public Path current() { return out.resolve("current"); }

    /** Runs a SELECT over the current database and maps each row. */
    public <T> List<T> select(String query, Function<QuerySolution, T> row) {
        Dataset ds = Database.open(current());
        try {
            return Txn.calculateRead(ds, () -> {
                List<T> rows = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
                    qe.execSelect().forEachRemaining(s -> rows.add(row.apply(s)));
                }
                return rows;
            });
        } finally {
            Database.release(ds);
        }
    }

    /**
     * Runs work in a read transaction over the current database with its text index, as the server serves it,
     * without the prefixes above: for queries that declare their own and set the query context themselves (the
     * cookbook runs over the union default graph).
     */
    public <T> T read(Function<Dataset, T> work) {
        Dataset ds = Database.open(current());
        Dataset indexed = TextIndexes.over(ds, current());
        try {
            return Txn.calculateRead(indexed, () -> work.apply(indexed));
        } finally {
            indexed.close();
            Database.release(ds);
        }
    }

    public boolean ask(String query) {
        Dataset ds = Database.open(current());
        try {
            return Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
                    return qe.execAsk();
                }
            });
        } finally {
            Database.release(ds);
        }
    }
}
