package be.wallonia.clusterkg.serve;

import be.wallonia.clusterkg.format.MediaTypes;
import be.wallonia.clusterkg.serve.negotiate.Negotiated;

import be.wallonia.clusterkg.serve.http.CorsFilter;
import be.wallonia.clusterkg.serve.http.NotFoundFilter;
import be.wallonia.clusterkg.serve.http.MalformedRequestFilter;
import be.wallonia.clusterkg.serve.sparql.QueryResultCache;
import be.wallonia.clusterkg.serve.http.ReadOnlyGuard;
import be.wallonia.clusterkg.serve.sparql.SparqlFrontFilter;

import be.wallonia.clusterkg.serve.sparql.PublicQuery;
import be.wallonia.clusterkg.serve.sparql.QueryAdmission;
import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.store.Database;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.eclipse.jetty.http.pathmap.PathMappings;
import org.eclipse.jetty.http.pathmap.ServletPathSpec;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.RequestLogWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One process, one port: Fuseki (jena-fuseki-main, on its Jetty) serving a build's database read-only —
 * the SPARQL endpoint at {@code /sparql}, the dataset's services under {@code /ds}, the query UI, the
 * home page and the static assets:
 * {@code GraphServer.create().build(dir).base(…).port(8080).build().start()}. Port 0 means any free port;
 * {@link #port()} tells which.
 *
 * <p>Every handler reads the build it answers from through {@link CurrentBuild}, so {@link #reload()} can
 * switch to a new build while requests run: each finishes on the build it started on.
 */
public final class GraphServer {
    public static final int DEFAULT_PORT = 8080;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_BODY_BYTES = 1 << 20;
    public static final long DEFAULT_MAX_ROWS = 10_000;
    public static final QueryAdmission.Limits DEFAULT_ADMISSION = QueryAdmission.Limits.forCores(Runtime.getRuntime().availableProcessors());
    /** The most bytes of a request line and headers: a query in a URL is at most about this long. */
    public static final int MAX_HEADER_BYTES = 64 * 1024;
    /** The request log's destination meaning standard output. */
    public static final String STDOUT = "-";
    /** The query result cache: 64 MiB in all, answers up to 4 MiB each. */
    public static final long DEFAULT_QUERY_CACHE_BYTES = 64L << 20;
    static final long MAX_CACHED_ANSWER_BYTES = 4L << 20;
    static final String DATASET = "/ds";
    static final String SPARQL = "/" + Iris.SPARQL_PATH;
    /** Where queries run: the endpoint, the dataset's services, the text search. */
    private static final PathMappings<Boolean> QUERY_PATHS = new PathMappings<>();
    static {
        for (String spec : List.of(SPARQL, DATASET, DATASET + "/*", "/search")) QUERY_PATHS.put(new ServletPathSpec(spec), true);
    }
    private static final Logger LOG = LoggerFactory.getLogger(GraphServer.class);

    private final FusekiServer fuseki;
    private final CurrentBuild current;
    private final Settings settings;
    private final ReentrantLock reloading = new ReentrantLock();

    /** What every build is opened with. */
    private record Settings(Iris served, Duration timeout, boolean update, boolean federated, Rebuild rebuild) {}

    /** A reload that happened: the build now served, and how long its rebuild took. */
    public record Reloaded(String buildId, Path buildDir, long millis) {}

    private GraphServer(FusekiServer.Builder fuseki, CurrentBuild current, Settings settings,
                        Path adminPasswordFile, String requestLog, Function<Handler, Handler> admission) {
        if (adminPasswordFile != null) fuseki.addServlet(ReloadServlet.PATH, new ReloadServlet(this, adminPasswordFile));
        this.fuseki = fuseki.build();
        Server jetty = this.fuseki.getJettyServer();
        jetty.setHandler(admission.apply(jetty.getHandler()));
        if (requestLog != null) this.fuseki.getJettyServer().setRequestLog(requestLog(requestLog));
        // Fuseki allows 512 KiB of headers, for long queries in URLs; past this, a query is POSTed
        for (Connector connector : this.fuseki.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) http.getHttpConfiguration().setRequestHeaderSize(MAX_HEADER_BYTES);
        }
        this.current = current;
        this.settings = settings;
    }

    /** NCSA combined format (Apache's "combined"), to a file or to standard output. */
    private static RequestLog requestLog(String destination) {
        RequestLog.Writer writer = STDOUT.equals(destination) ? line -> {
            System.out.println(line);
            System.out.flush();
        } : new RequestLogWriter(destination);
        return new CustomRequestLog(writer, CustomRequestLog.EXTENDED_NCSA_FORMAT);
    }

    public static Builder create() { return new Builder(); }

    public static final class Builder {
        private Path buildDir;
        private int port = DEFAULT_PORT;
        private Iris iris;
        private Duration timeout = DEFAULT_TIMEOUT;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private long maxRows = DEFAULT_MAX_ROWS;
        private QueryAdmission.Limits admission = DEFAULT_ADMISSION;
        private String requestLog;
        private Path passwordFile;
        private Rebuild rebuild;
        private Path adminPasswordFile;
        private boolean loopbackOnly;
        private long queryCacheBytes = DEFAULT_QUERY_CACHE_BYTES;
        private boolean federated;

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
        public Builder iris(Iris iris) {
            this.iris = Objects.requireNonNull(iris);
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

        /** The most rows a query answers with (more are cut, as by a LIMIT). */
        public Builder maxRows(long rows) {
            if (rows <= 0) throw new IllegalArgumentException("the result row limit must be positive");
            this.maxRows = rows;
            return this;
        }

        /**
         * How many SPARQL queries and searches run at once, how many more may wait for a place, and for how long;
         * past that a query gets 503 with Retry-After.
         */
        public Builder admission(QueryAdmission.Limits limits) {
            this.admission = Objects.requireNonNull(limits);
            return this;
        }

        /** Listens on the loopback interface only (127.0.0.1), not on every interface. */
        public Builder loopbackOnly() {
            this.loopbackOnly = true;
            return this;
        }

        /** Logs every request in NCSA combined format to a file, or to standard output for {@value #STDOUT}. */
        public Builder requestLog(String destination) {
            this.requestLog = Objects.requireNonNull(destination);
            return this;
        }

        /**
         * Lets queries call other SPARQL endpoints with {@code SERVICE}. Off by default: a public endpoint that
         * follows {@code SERVICE} fetches whatever URL a stranger's query names, the machines behind its
         * firewall included.
         */
        public Builder allowFederatedQueries() {
            this.federated = true;
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

        /** How {@link GraphServer#reload()} rebuilds the graph (without it, the server cannot reload). */
        public Builder rebuild(Rebuild rebuild) {
            this.rebuild = Objects.requireNonNull(rebuild);
            return this;
        }

        /**
         * Turns on {@code POST /admin/reload} for the administrator, whose password is the first line of the
         * file. Without it that path does not exist. Needs {@link #rebuild}.
         */
        public Builder adminPasswordFile(Path file) {
            ReloadServlet.password(Objects.requireNonNull(file));
            this.adminPasswordFile = file;
            return this;
        }

        public GraphServer build() {
            if (buildDir == null) throw new IllegalStateException("no build to serve");
            if (adminPasswordFile != null && rebuild == null) throw new IllegalStateException("an admin password without a rebuild");
            Iris served = iris != null ? iris : Iris.local(port);
            Settings settings = new Settings(served, timeout, passwordFile != null, federated, rebuild);
            ServedBuild first = ServedBuild.open(buildDir, served, timeout, settings.update(), settings.federated());
            CurrentBuild current = new CurrentBuild(first);
            Set<String> writable = passwordFile == null ? Set.of() : Set.of(DATASET + "/update", DATASET + "/data");
            SparqlFrontFilter front = new SparqlFrontFilter(maxBodyBytes, "/ui", Set.of(SPARQL, DATASET + "/query", DATASET + "/sparql"),
                    Negotiated.of(served, Iris.SPARQL_PATH, MediaTypes.ALL, List.of("en")),
                    request -> CurrentBuild.of(request).description());

            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(loopbackOnly)
                    .enableCors(false)
                    .registerOperation(Operation.Query, new PublicQuery(maxRows, timeout))
                    .addFilter("/*", new MalformedRequestFilter())
                    .addFilter("/*", current)
                    .addFilter("/*", new NotFoundFilter(request -> CurrentBuild.of(request).publication().pages()))
                    .addFilter("/*", new CorsFilter())
                    .addFilter(SPARQL, new ReadOnlyGuard(writable))
                    .addFilter(DATASET, new ReadOnlyGuard(writable))
                    .addFilter(DATASET + "/*", new ReadOnlyGuard(writable))
                    .addFilter(SPARQL, front)
                    .addFilter(DATASET + "/*", front);
            first.dataServices().forEach(b::add);
            for (String pathSpec : first.pathSpecs()) b.addServlet(pathSpec, new BuildServlet(pathSpec));
            // with updates on, the graph changes between builds, so answers are no longer a function of the build
            QueryResultCache cache = null;
            if (queryCacheBytes > 0 && passwordFile == null) {
                cache = new QueryResultCache(request -> CurrentBuild.of(request).publication().buildId(),
                        queryCacheBytes, Math.min(queryCacheBytes, MAX_CACHED_ANSWER_BYTES));
                b.addFilter(SPARQL, cache).addFilter(DATASET, cache).addFilter(DATASET + "/*", cache);
            }
            if (passwordFile != null) {
                b.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC);
            }
            QueryResultCache answers = cache;
            Predicate<Request> queries = request -> QUERY_PATHS.getMatched(request.getHttpURI().getPath()) != null;
            Predicate<Request> takesPlace = request -> {
                String path = request.getHttpURI().getPath();
                // a CORS preflight runs nothing
                if (!queries.test(request) || "OPTIONS".equals(request.getMethod())) return false;
                if (front.describes(request.getMethod(), path, request.getHttpURI().getQuery())) return false;
                return answers == null || !answers.holds(request, current.get().publication().buildId());
            };
            return new GraphServer(b, current, settings, adminPasswordFile, requestLog,
                    app -> QueryAdmission.around(app, admission, timeout, maxBodyBytes, queries, takesPlace));
        }
    }

    public GraphServer start() {
        fuseki.start();
        return this;
    }

    /**
     * Rebuilds the graph (in a child process) and switches to the new build: requests already running finish
     * on the old one, which is closed when the last of them leaves. A rebuild that fails leaves the old build
     * serving and says why. One reload at a time.
     */
    public Reloaded reload() throws Rebuild.ReloadException {
        if (settings.rebuild() == null) throw new Rebuild.ReloadException("this server was started without a way to rebuild");
        if (!reloading.tryLock()) throw new Rebuild.ReloadException("another reload is running");
        try {
            long start = System.nanoTime();
            LOG.info("Reload: rebuilding the graph");
            Path dir;
            try {
                dir = settings.rebuild().run();
            } catch (Rebuild.ReloadException e) {
                LOG.warn("Reload failed, still serving build {}: {}", buildId(), e.getMessage());
                throw e;
            }
            ServedBuild next;
            try {
                next = ServedBuild.open(dir, settings.served(), settings.timeout(), settings.update(), settings.federated());
            } catch (RuntimeException e) {
                LOG.warn("Reload failed, still serving build {}: the new build {} does not open", buildId(), dir, e);
                throw new Rebuild.ReloadException("the new build does not open: " + e.getMessage());
            }
            publish(next);
            current.replace(next);
            Reloaded reloaded = new Reloaded(next.publication().buildId(), dir, (System.nanoTime() - start) / 1_000_000);
            LOG.info("Reload: now serving build {} from {} ({} ms)", reloaded.buildId(), dir, reloaded.millis());
            return reloaded;
        } finally {
            reloading.unlock();
        }
    }

    /**
     * Puts the new build's services in a new registry and installs it in one step: Fuseki reads the registry
     * once per request, so a request sees either the old services or the new ones, never a mix.
     */
    private void publish(ServedBuild next) {
        OperationRegistry operations = OperationRegistry.get(fuseki.getServletContext());
        DataAccessPointRegistry registry = new DataAccessPointRegistry();
        next.dataServices().forEach((name, service) -> {
            service.setEndpointProcessors(operations);
            service.goActive();
            registry.register(new DataAccessPoint(name, service));
        });
        DataAccessPointRegistry.set(fuseki.getServletContext(), registry);
    }

    /** The id of the build being served ({@link Publication#buildId()}). */
    public String buildId() {
        return current.get().publication().buildId();
    }

    /** The port the server listens on (the free port chosen when 0 was asked). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** Where this server answers, on the loopback interface. */
    public String localUrl() {
        return Iris.local(port()).base();
    }

    public void stop() {
        fuseki.stop();
        current.retire();
    }

    public void join() {
        fuseki.join();
    }
}
