package be.wallonia.clusterkg.bench;

import be.wallonia.clusterkg.process.ChildProcess;

import be.wallonia.clusterkg.vocab.Iris;
import be.wallonia.clusterkg.error.UserError;

import be.wallonia.clusterkg.measure.Load;
import be.wallonia.clusterkg.measure.Target;
import be.wallonia.clusterkg.measure.Figures;

import be.wallonia.clusterkg.measure.QueryShapes;
import be.wallonia.clusterkg.measure.QueryShapes.Mode;
import be.wallonia.clusterkg.cookbook.CookbookQuery;
import be.wallonia.clusterkg.serve.GraphServer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The serving part of the benchmark, for one built database: our {@code serve} against the stock Fuseki server
 * (jena-fuseki-server, same Jena) serving a copy of the same build (database and text index) read-only with the
 * union default graph, both children on 127.0.0.1 in the same run; and, for an entity page, nginx serving the page's bytes.
 * <ul>
 *   <li>startup: from launching {@code serve} on the current database to its first answered query, and the
 *       live heap after startup;</li>
 *   <li>queries: each cookbook query alone (one client, many runs), then the cookbook mixed under each
 *       number of clients, "repeated" (as written) and "unique" (see {@link QueryShapes});</li>
 *   <li>dereferencing: the entity page in HTML and Turtle, against {@code DESCRIBE} of the same IRI on stock
 *       Fuseki and against nginx serving the same bytes.</li>
 * </ul>
 */
public final class ServingBench {
    /** The base the benchmark's builds are made under (build's default), which {@code serve} must be given. */
    static final Iris BUILD_IRIS = Iris.local(GraphServer.DEFAULT_PORT);
    static final String ACCEPT_RESULTS = "application/sparql-results+json";
    private static final String STOCK_ENDPOINT = "ds/sparql";
    private static final long START_TIMEOUT_SECONDS = 300;
    /** What {@code serve} prints when it finds no current build and builds first. */
    private static final String SERVE_REBUILDS = "Building the graph";

    /**
     * How much to measure.
     *
     * @param load      the bound of every mixed and dereferencing run (time and count)
     * @param aloneRuns how many times each query runs alone, at most, per mode and server
     * @param aloneTime and for how long at most
     * @param clients   the concurrencies of the mixed and dereferencing runs
     * @param startups  how many times {@code serve} is started to time its startup
     */
    public record Plan(Load.Bounds load, int aloneRuns, Duration aloneTime, List<Integer> clients, int startups) {
        public static Plan quick() {
            return new Plan(new Load.Bounds(Duration.ofSeconds(1), 2_000), 3, Duration.ofSeconds(1), List.of(1, 4), 1);
        }

        public static Plan full(Duration perRun) {
            return new Plan(new Load.Bounds(perRun, 1_000_000), 50, Duration.ofSeconds(5), List.of(1, 4, 16, 64), 3);
        }
    }

    public record Startup(List<Long> millis, long heapLiveKib, long heapCommittedKib) {
        public long medianMillis() { return millis.stream().sorted().toList().get(millis.size() / 2); }
    }

    public record AloneRow(String query, Figures oursRepeated, Figures stockRepeated, Figures oursUnique, Figures stockUnique) {}

    public record MixedRow(Mode mode, int clients, Figures ours, Figures stock) {
        public double ratio() { return ours.throughput() / stock.throughput(); }
    }

    /** One concurrency of the dereferencing runs; the nginx columns are empty when nginx is not installed. */
    public record DerefRow(int clients, Figures html, Figures turtle, Figures describe,
                           Optional<Figures> staticHtml, Optional<Figures> staticTurtle) {}

    public record Result(String name, Startup startup, List<AloneRow> alone, List<MixedRow> mixed, String entityPath,
                         Map<String, Integer> entityBytes, List<DerefRow> deref) {}

    private final Tools tools;
    private final Path work;
    private final Plan plan;
    private final List<CookbookQuery> cookbook;
    private final String entityPath;

    /**
     * @param entityPath the page of the dereferencing runs ({@code /doc/pole/biowin}); its thing is
     *                   {@code {base}id/…}
     */
    public ServingBench(Tools tools, Path work, Plan plan, List<CookbookQuery> cookbook, String entityPath) {
        if (!Iris.isDocumentPath(entityPath)) throw new UserError("--entity is a page path /doc/{kind}/{slug}; got " + entityPath);
        this.tools = tools;
        this.work = work;
        this.plan = plan;
        this.cookbook = List.copyOf(cookbook);
        this.entityPath = entityPath;
    }

    /**
     * @param dataDir the data the database was built from (serve checks that the build is current for it)
     * @param dbRoot  the directory of builds holding {@code current}
     */
    public Result measure(String name, Path dataDir, Path dbRoot) {
        List<Long> startups = new ArrayList<>();
        ServerProcess ours = null;
        for (int k = 0; k < plan.startups(); k++) {
            if (ours != null) ours.close();
            ours = startOurs(name, dataDir, dbRoot, k);
            startups.add(ours.startupMillis());
        }
        try (ServerProcess our = ours; ServerProcess stock = startStock(name, dbRoot)) {
            long[] heap = our.heapAfterGcKib(tools.javaBinary()).orElse(new long[] {0, 0});
            Startup startup = new Startup(startups, heap[0], heap[1]);
            QueryShapes shapes = new QueryShapes(cookbook, slugsByKind(our.url() + "sparql"));
            String oursSparql = our.url() + "sparql";
            String stockSparql = stock.url() + STOCK_ENDPOINT;
            List<AloneRow> alone = alone(shapes, oursSparql, stockSparql);
            List<MixedRow> mixed = mixed(shapes, oursSparql, stockSparql);
            Map<String, Integer> bytes = new LinkedHashMap<>();
            List<DerefRow> deref = deref(name, our, stock, bytes);
            return new Result(name, startup, alone, mixed, entityPath, bytes, deref);
        }
    }

    /** The tables of these results, in Markdown. */
    public String markdown(List<Result> results) {
        return ServingTables.markdown(results, plan);
    }

    private ServerProcess startOurs(String name, Path dataDir, Path dbRoot, int attempt) {
        int port = ChildProcess.freePort();
        List<String> command = new ArrayList<>(tools.java());
        command.addAll(List.of("-jar", tools.clusterkgJar().toAbsolutePath().toString(), "serve",
                "--data", dataDir.toString(), "--db", dbRoot.toString(),
                // with its admission control as shipped: past its places a query waits, where stock Fuseki runs them all at once
                "--port", Integer.toString(port), "--base", BUILD_IRIS.base()));
        Path log = work.resolve("logs/serve-" + name + "-" + attempt + ".log");
        // same working directory and same --data as the build, so that serve finds the build current
        ServerProcess server = ServerProcess.start("serve of " + name, command, Path.of("").toAbsolutePath(), log,
                "http://127.0.0.1:" + port + "/", "sparql?query=" + encode("ASK {}"), START_TIMEOUT_SECONDS);
        if (ChildRun.logContains(log, SERVE_REBUILDS)) {
            server.close();
            throw new BenchException("serve of " + name + " rebuilt the graph instead of serving the build just made, so its "
                    + "startup is not measured (log " + log + ")");
        }
        return server;
    }

    /** Stock Fuseki on a copy of the build, configured to serve it as ours does ({@link StockFuseki}). */
    private ServerProcess startStock(String name, Path dbRoot) {
        Path dir = work.resolve("stock-" + name);
        Path config;
        try {
            config = StockFuseki.prepare(dbRoot.resolve("current").toRealPath(), dir);
        } catch (IOException e) {
            throw new BenchException(dir + ": cannot copy the build for stock Fuseki (" + e.getMessage() + ")", e);
        }
        int port = ChildProcess.freePort();
        List<String> command = new ArrayList<>(tools.java());
        command.addAll(List.of("-jar", tools.fusekiServerJar().toAbsolutePath().toString(), "--localhost",
                "--port", Integer.toString(port), "--config", config.toAbsolutePath().toString()));
        return ServerProcess.start("stock Fuseki of " + name, command, dir, work.resolve("logs/fuseki-" + name + ".log"),
                "http://127.0.0.1:" + port + "/", STOCK_ENDPOINT + "?query=" + encode("ASK {}"), START_TIMEOUT_SECONDS);
    }

    /** The slugs of the data's IRIs {@code {base}id/{kind}/{slug}}, by kind, sorted. */
    private static Map<String, List<String>> slugsByKind(String endpoint) {
        String prefix = BUILD_IRIS.thingPrefix();
        String query = "SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + prefix + "\")) }";
        Map<String, List<String>> slugs = new TreeMap<>();
        try (QueryExecution exec = QueryExecutionHTTP.service(endpoint, query)) {
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                String[] kindAndSlug = row.getResource("s").getURI().substring(prefix.length()).split("/", 2);
                if (kindAndSlug.length == 2) slugs.computeIfAbsent(kindAndSlug[0], k -> new ArrayList<>()).add(kindAndSlug[1]);
            }
        } catch (RuntimeException e) {
            throw new BenchException(endpoint + ": cannot list the data's slugs (" + e.getMessage() + ")", e);
        }
        slugs.values().forEach(l -> l.sort(null));
        return slugs;
    }

    private static Target query(String endpoint, String text) {
        return Target.get(endpoint + "?query=" + encode(text), ACCEPT_RESULTS);
    }

    private List<AloneRow> alone(QueryShapes shapes, String ours, String stock) {
        Load.Bounds runs = new Load.Bounds(plan.aloneTime(), plan.aloneRuns());
        List<AloneRow> rows = new ArrayList<>();
        for (CookbookQuery q : shapes.queries()) {
            // one untimed pass each: the JIT and the files warm up alike (and our cache holds the repeated answer)
            for (String s : List.of(ours, stock)) Load.send(query(s, q.text()));
            rows.add(new AloneRow(q.name(),
                    runs.run(1, i -> query(ours, shapes.text(Mode.REPEATED, q, i))),
                    runs.run(1, i -> query(stock, shapes.text(Mode.REPEATED, q, i))),
                    runs.run(1, i -> query(ours, shapes.text(Mode.UNIQUE, q, i))),
                    runs.run(1, i -> query(stock, shapes.text(Mode.UNIQUE, q, i)))));
        }
        return rows;
    }

    private List<MixedRow> mixed(QueryShapes shapes, String ours, String stock) {
        List<MixedRow> rows = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            for (int clients : plan.clients()) {
                rows.add(new MixedRow(mode, clients,
                        plan.load().run(clients, i -> query(ours, shapes.mixed(mode, i))),
                        plan.load().run(clients, i -> query(stock, shapes.mixed(mode, i)))));
            }
        }
        return rows;
    }

    private List<DerefRow> deref(String name, ServerProcess ours, ServerProcess stock, Map<String, Integer> bytes) {
        String iri = BUILD_IRIS.thing(Iris.kindAndSlugOfDocumentPath(entityPath).orElseThrow());
        Target html = Target.get(ours.url() + entityPath.substring(1), "text/html");
        Target turtle = Target.get(ours.url() + entityPath.substring(1), "text/turtle");
        Target describe = Target.get(stock.url() + STOCK_ENDPOINT + "?query=" + encode("DESCRIBE <" + iri + ">"), "text/turtle");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("entity.html", Load.fetch(html));
        files.put("entity.ttl", Load.fetch(turtle));
        bytes.put("HTML page", files.get("entity.html").length);
        bytes.put("Turtle", files.get("entity.ttl").length);
        bytes.put("DESCRIBE (Turtle)", Load.fetch(describe).length);
        Optional<ServerProcess> nginx = StaticServer.start(work.resolve("nginx-" + name), files, ChildProcess.freePort());
        try {
            List<DerefRow> rows = new ArrayList<>();
            for (int clients : plan.clients()) {
                rows.add(new DerefRow(clients, plan.load().run(clients, i -> html), plan.load().run(clients, i -> turtle),
                        plan.load().run(clients, i -> describe),
                        nginx.map(n -> plan.load().run(clients, i -> Target.get(n.url() + "entity.html", "text/html"))),
                        nginx.map(n -> plan.load().run(clients, i -> Target.get(n.url() + "entity.ttl", "text/turtle")))));
            }
            return rows;
        } finally {
            nginx.ifPresent(ServerProcess::close);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
