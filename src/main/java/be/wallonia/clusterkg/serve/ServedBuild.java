package be.wallonia.clusterkg.serve;

import be.wallonia.clusterkg.serve.pages.Catalogue;
import be.wallonia.clusterkg.serve.pages.CoverageServlet;
import be.wallonia.clusterkg.serve.documents.DatasetDocuments;
import be.wallonia.clusterkg.serve.fragments.FragmentsServlet;
import be.wallonia.clusterkg.serve.fragments.SkolemServlet;
import be.wallonia.clusterkg.serve.pages.DocumentServlet;
import be.wallonia.clusterkg.serve.pages.IndexServlet;
import be.wallonia.clusterkg.serve.pages.PageServlet;
import be.wallonia.clusterkg.serve.pages.SearchServlet;
import be.wallonia.clusterkg.serve.sparql.ServiceDescription;
import be.wallonia.clusterkg.serve.http.StaticServlet;
import be.wallonia.clusterkg.serve.pages.ThingServlet;

import be.wallonia.clusterkg.serve.http.Lazy;
import be.wallonia.clusterkg.serve.http.Pages;
import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.serve.pages.EntityDocuments;
import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.cookbook.Cookbook;
import be.wallonia.clusterkg.store.Database;
import be.wallonia.clusterkg.store.TextIndexes;
import be.wallonia.clusterkg.vocab.WCO;
import jakarta.servlet.http.HttpServlet;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One build as the server serves it: its database opened with the text index, its {@link Publication}, the
 * servlets rendering its pages and documents (each caching what it rendered for this build only), and the
 * Fuseki data services over it. A reload makes a new one and retires the old, which stays open as long as
 * a request still holds it ({@link #acquire()}/{@link #release()}) and is closed when the last one leaves.
 */
final class ServedBuild {
    private static final Logger LOG = LoggerFactory.getLogger(ServedBuild.class);
    private final Dataset tdb;
    private final Dataset indexed;
    private final Publication publication;
    private final Lazy<Model> description;
    private final Map<String, HttpServlet> servlets;
    private final Map<String, DataService> services;
    /** Requests holding this build, plus one for being current: it is closed when that reaches 0. */
    private final AtomicInteger holders = new AtomicInteger(1);

    private ServedBuild(Dataset tdb, Dataset indexed, Publication publication, Lazy<Model> description,
                        Map<String, HttpServlet> servlets, Map<String, DataService> services) {
        this.tdb = tdb;
        this.indexed = indexed;
        this.publication = publication;
        this.description = description;
        this.servlets = servlets;
        this.services = services;
    }

    /** Opens a build directory and prepares everything the server answers from it. */
    static ServedBuild open(Path buildDir, Iris iris, Duration timeout, boolean update, boolean federated) {
        Dataset tdb = Database.open(buildDir);
        try {
            return open(tdb, buildDir, iris, timeout, update, federated);
        } catch (RuntimeException e) {
            Database.release(tdb);
            throw e;
        }
    }

    private static ServedBuild open(Dataset tdb, Path buildDir, Iris iris, Duration timeout, boolean update,
                                    boolean federated) {
        Dataset indexed = TextIndexes.over(tdb, buildDir);
        DatasetGraph dsg = indexed.asDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        dsg.getContext().set(Service.httpServiceAllowed, federated);

        Pages pages = new Pages();
        Publication publication = Publication.of(iris, indexed, buildDir, pages);
        EntityDocuments documents = new EntityDocuments(publication);
        // the home page, the query UI and the service description count and list the graph: done on their first
        // request, so that the server answers its first query sooner
        Lazy<Map<String, Object>> page = Lazy.of(() -> homePage(indexed, iris, documents));

        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        servlets.put("/static/*", new StaticServlet());
        servlets.put("/ui", new PageServlet(() -> pages.render("ui", queryUi(page.get(), indexed))));
        servlets.put(Iris.THINGS_PATH_SPEC, new ThingServlet(publication, documents));
        servlets.put(Iris.DOCUMENTS_PATH_SPEC, new DocumentServlet(publication, documents));
        servlets.put("/search", new SearchServlet(publication, documents));
        servlets.put(CoverageServlet.PATH, new CoverageServlet(publication));
        servlets.put(FragmentsServlet.PATH, new FragmentsServlet(publication));
        servlets.put(Iris.SKOLEMS_PATH_SPEC, new SkolemServlet(publication));
        servlets.put("/clusters", new IndexServlet(publication, documents,
                Map.of("en", "Business clusters", "fr", "Clusters d'entreprises"), List.of(WCO.BusinessCluster.getURI())));
        servlets.put("/poles", new IndexServlet(publication, documents,
                Map.of("en", "Competitiveness clusters", "fr", "Pôles de compétitivité"),
                List.of(WCO.CompetitivenessCluster.getURI())));
        servlets.put("/sectors", new IndexServlet(publication, documents,
                Map.of("en", "Sectors, activity domains and thematic groups", "fr", "Secteurs, domaines d'activité et groupes thématiques"),
                List.of(WCO.ActivityDomain.getURI(), WCO.ThematicGroup.getURI(), WCO.Sector.getURI())));
        // "" is the servlet mapping of the context root alone
        servlets.put("", new PageServlet(() -> pages.render("home", page.get())));
        DatasetDocuments.register(servlets, publication);

        Map<String, DataService> services = new LinkedHashMap<>();
        services.put(GraphServer.SPARQL, DataService.newBuilder(dsg).addEndpoint(Operation.Query).build());
        services.put(GraphServer.DATASET, datasetService(dsg, update).build());
        return new ServedBuild(tdb, indexed, publication, Lazy.of(() -> ServiceDescription.of(iris, indexed)),
                Map.copyOf(servlets), Map.copyOf(services));
    }

    private static Map<String, Object> homePage(Dataset indexed, Iris iris, EntityDocuments documents) {
        Map<String, Object> page = new HashMap<>();
        page.put("base", "/");
        // the served address, for what is copied out of the page (the curl example)
        page.put("site", iris.base());
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
        ui.put("endpoint", GraphServer.SPARQL);
        ui.put("queries", Cookbook.fromClasspath());
        ui.put("prefixes", prefixDeclarations(indexed));
        return ui;
    }

    /** The PREFIX lines of the graph's namespaces, and jena-text's, for the query editor. */
    private static String prefixDeclarations(Dataset dataset) {
        Map<String, String> prefixes = new TreeMap<>(Txn.calculateRead(dataset,
                () -> dataset.getPrefixMapping().getNsPrefixMap()));
        prefixes.put("text", TextVocab.NS);
        StringBuilder out = new StringBuilder();
        prefixes.forEach((p, ns) -> out.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return out.toString();
    }

    private static DataService.Builder datasetService(DatasetGraph dsg, boolean update) {
        DataService.Builder ds = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.GSP_R, "get");
        if (update) {
            ds.addEndpoint(Operation.Update, "update", Auth.ANY_USER).addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
        }
        return ds;
    }

    Publication publication() { return publication; }

    Model description() { return description.get(); }

    /** The servlet answering a path spec of the server for this build. */
    HttpServlet servlet(String pathSpec) {
        HttpServlet servlet = servlets.get(pathSpec);
        if (servlet == null) throw new IllegalArgumentException("no servlet for " + pathSpec);
        return servlet;
    }

    Iterable<String> pathSpecs() { return servlets.keySet(); }

    /** Fuseki's services over this build's database, by dataset name ({@code /sparql}, {@code /ds}). */
    Map<String, DataService> dataServices() { return services; }

    /** Holds the build for a request; false when it is already closed (a newer one is current). */
    boolean acquire() {
        while (true) {
            int n = holders.get();
            if (n == 0) return false;
            if (holders.compareAndSet(n, n + 1)) return true;
        }
    }

    /** Lets go of the build; the last to leave a retired build closes it. */
    void release() {
        if (holders.decrementAndGet() == 0) close();
    }

    boolean isClosed() { return holders.get() == 0; }

    private void close() {
        try {
            indexed.close();
        } finally {
            try {
                Database.release(tdb);
            } catch (TransactionException e) {
                // No request holds this build any more, yet TDB2 counts a read transaction open: seen once at
                // shutdown after runaway queries were stopped. The build is only ever read, so nothing is lost.
                LOG.warn("Build {}: {}; releasing it anyway", publication.buildId(), e.getMessage());
                TDBInternal.expel(tdb.asDatasetGraph(), true);
            }
        }
    }
}
