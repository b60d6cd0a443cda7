package be.wallonia.clusterkg.serve;

import be.wallonia.clusterkg.assemble.Iris;
import be.wallonia.clusterkg.cookbook.Cookbook;
import be.wallonia.clusterkg.vocab.WCO;
import be.wallonia.clusterkg.store.Database;
import be.wallonia.clusterkg.store.TextIndexes;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One process, one port: Fuseki (jena-fuseki-main, on its Jetty) serving a build's database read-only —
 * the SPARQL endpoint at {@code /sparql}, the dataset's services under {@code /ds}, the query UI, the
 * home page and the static assets:
 * {@code GraphServer.create().build(dir).base(…).port(8080).build().start()}. Port 0 means any free port;
 * {@link #port()} tells which.
 */
public final class GraphServer {
    public static final int DEFAULT_PORT = 8080;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_BODY_BYTES = 1 << 20;
    /** The query result cache: 64 MiB in all, answers up to 4 MiB each. */
    public static final long DEFAULT_QUERY_CACHE_BYTES = 64L << 20;
    static final long MAX_CACHED_ANSWER_BYTES = 4L << 20;
    static final String DATASET = "/ds";
    static final String SPARQL = "/sparql";

    private final FusekiServer fuseki;
    private final Dataset tdb;
    private final String configuredBase;

    private GraphServer(FusekiServer fuseki, Dataset tdb, String configuredBase) {
        this.fuseki = fuseki;
        this.tdb = tdb;
        this.configuredBase = configuredBase;
    }

    public static Builder create() { return new Builder(); }

    public static final class Builder {
        private Path buildDir;
        private int port = DEFAULT_PORT;
        private String base;
        private Duration timeout = DEFAULT_TIMEOUT;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private Path passwordFile;
        private long queryCacheBytes = DEFAULT_QUERY_CACHE_BYTES;

        private Builder() {}

        /** The bound of the query result cache in bytes; 0 turns it off. */
        public Builder queryCache(long bytes) {
            if (bytes < 0) throw new IllegalArgumentException("the query cache size cannot be negative");
            this.queryCacheBytes = bytes;
            return this;
        }

        /** The build to serve (a directory holding {@code tdb2/} and {@code lucene/}). */
        public Builder build(Path buildDir) {
            if (!Files.isDirectory(Objects.requireNonNull(buildDir).resolve(Database.DIRECTORY))) {
                throw new IllegalArgumentException("no database in " + buildDir);
            }
            this.buildDir = buildDir;
            return this;
        }

        public Builder port(int port) {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
            this.port = port;
            return this;
        }

        /** The base of the graph's IRIs; it is also where the server answers. */
        public Builder base(String base) {
            this.base = new Iris(Objects.requireNonNull(base)).base();
            return this;
        }

        public Builder queryTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("the query timeout must be positive");
            this.timeout = timeout;
            return this;
        }

        public Builder maxBodyBytes(long bytes) {
            if (bytes <= 0) throw new IllegalArgumentException("the request size limit must be positive");
            this.maxBodyBytes = bytes;
            return this;
        }

        /**
         * Turns on SPARQL Update and the read-write Graph Store Protocol at {@code /ds/update} and
         * {@code /ds/data}, for the users of a password file ({@code user: password} per line), over
         * HTTP Basic authentication. Off by default.
         */
        public Builder allowUpdate(Path passwordFile) {
            if (!Files.isReadable(Objects.requireNonNull(passwordFile))) {
                throw new IllegalArgumentException("password file not readable: " + passwordFile);
            }
            this.passwordFile = passwordFile;
            return this;
        }

        public GraphServer build() {
            if (buildDir == null) throw new IllegalStateException("no build to serve");
            String servedBase = base != null ? base : "http://localhost:" + port + "/";
            Dataset tdb = Database.open(buildDir);
            Dataset indexed = TextIndexes.over(tdb, buildDir);
            DatasetGraph dsg = indexed.asDatasetGraph();
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));

            Iris iris = new Iris(servedBase);
            Pages pages = new Pages();
            Publication publication = Publication.of(iris, indexed, buildDir, pages);
            EntityDocuments documents = new EntityDocuments(publication);
            // the home page, the query UI and the service description count and list the graph: done on their first
            // request, so that the server answers its first query sooner
            Lazy<Map<String, Object>> page = Lazy.of(() -> homePage(indexed, iris, documents));
            Lazy<org.apache.jena.rdf.model.Model> description = Lazy.of(() -> ServiceDescription.of(servedBase, indexed));
            Set<String> writable = passwordFile == null ? Set.of() : Set.of(DATASET + "/update", DATASET + "/data");

            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .enableCors(false)
                    .add(SPARQL, DataService.newBuilder(dsg).addEndpoint(Operation.Query))
                    .add(DATASET, dataService(dsg, passwordFile != null))
                    .addFilter("/*", new CorsFilter())
                    .addFilter(SPARQL, new ReadOnlyGuard(writable))
                    .addFilter(DATASET, new ReadOnlyGuard(writable))
                    .addFilter(DATASET + "/*", new ReadOnlyGuard(writable))
                    .addFilter(SPARQL, new SparqlFrontFilter(description, maxBodyBytes, "/ui"))
                    .addFilter(DATASET + "/*", new SparqlFrontFilter(description, maxBodyBytes, "/ui"))
                    .addServlet("/static/*", new StaticServlet())
                    .addServlet("/ui", new PageServlet(() -> pages.render("ui", queryUi(page.get(), indexed))))
                    .addServlet("/id/*", new ThingServlet(publication, documents))
                    .addServlet("/doc/*", new DocumentServlet(publication, documents))
                    .addServlet("/search", new SearchServlet(publication, documents))
                    .addServlet(CoverageServlet.PATH, new CoverageServlet(publication))
                    .addServlet("/clusters", new IndexServlet(publication, documents,
                            Map.of("en", "Business clusters", "fr", "Clusters d'entreprises"), List.of(WCO.BusinessCluster.getURI())))
                    .addServlet("/poles", new IndexServlet(publication, documents,
                            Map.of("en", "Competitiveness clusters", "fr", "Pôles de compétitivité"),
                            List.of(WCO.CompetitivenessCluster.getURI())))
                    .addServlet("/sectors", new IndexServlet(publication, documents,
                            Map.of("en", "Sectors, activity domains and thematic groups", "fr", "Secteurs, domaines d'activité et groupes thématiques"),
                            List.of(WCO.ActivityDomain.getURI(), WCO.ThematicGroup.getURI(), WCO.Sector.getURI())))
                    // "" is the servlet mapping of the context root alone
                    .addServlet("", new PageServlet(() -> pages.render("home", page.get())));
            // with updates on, the graph changes between builds, so answers are no longer a function of the build
            if (queryCacheBytes > 0 && passwordFile == null) {
                QueryResultCache cache = new QueryResultCache(publication::buildId, queryCacheBytes,
                        Math.min(queryCacheBytes, MAX_CACHED_ANSWER_BYTES));
                b.addFilter(SPARQL, cache).addFilter(DATASET, cache).addFilter(DATASET + "/*", cache);
            }
            if (passwordFile != null) {
                b.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC);
            }
            DatasetDocuments.register(b, publication);
            return new GraphServer(b.build(), tdb, servedBase);
        }

        private static Map<String, Object> homePage(Dataset indexed, Iris iris, EntityDocuments documents) {
            Map<String, Object> page = new HashMap<>();
            page.put("base", "/");
            page.put("lang", "en");
            Catalogue catalogue = Catalogue.of(indexed, iris.curatedGraph(), documents);
            page.put("clusters", catalogue.clusters());
            page.put("poles", catalogue.poles());
            page.put("triples", catalogue.triples());
            page.put("graphs", catalogue.graphs());
            return page;
        }

        private static Map<String, Object> queryUi(Map<String, Object> homePage, Dataset indexed) {
            Map<String, Object> ui = new HashMap<>(homePage);
            ui.put("endpoint", "/sparql");
            ui.put("queries", Cookbook.fromClasspath());
            ui.put("prefixes", prefixDeclarations(indexed));
            return ui;
        }

        /** The PREFIX lines of the graph's namespaces, and jena-text's, for the query editor. */
        private static String prefixDeclarations(Dataset dataset) {
            Map<String, String> prefixes = new java.util.TreeMap<>(Txn.calculateRead(dataset,
                    () -> dataset.getPrefixMapping().getNsPrefixMap()));
            prefixes.put("text", "http://jena.apache.org/text#");
            StringBuilder out = new StringBuilder();
            prefixes.forEach((p, ns) -> out.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
            return out.toString();
        }

        private static DataService.Builder dataService(DatasetGraph dsg, boolean update) {
            DataService.Builder ds = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query)
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.GSP_R)
                    .addEndpoint(Operation.GSP_R, "get");
            if (update) {
                AuthPolicy users = Auth.ANY_USER;
                ds.addEndpoint(Operation.Update, "update", users).addEndpoint(Operation.GSP_RW, "data", users);
            }
            return ds;
        }
    }

    public GraphServer start() {
        fuseki.start();
        return this;
    }

    /** The port the server listens on (the free port chosen when 0 was asked). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** Where this server answers, on the loopback interface. */
    public String localUrl() {
        return "http://localhost:" + port() + "/";
    }

    public Optional<String> base() {
        return Optional.ofNullable(configuredBase);
    }

    public void stop() {
        fuseki.stop();
        Database.release(tdb);
    }

    public void join() {
        fuseki.join();
    }
}
