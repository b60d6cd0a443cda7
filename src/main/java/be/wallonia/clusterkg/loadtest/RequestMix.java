package be.wallonia.clusterkg.loadtest;

import be.wallonia.clusterkg.vocab.Iris;
import be.wallonia.clusterkg.measure.Load;
import be.wallonia.clusterkg.error.UserError;

import be.wallonia.clusterkg.measure.QueryShapes;
import be.wallonia.clusterkg.measure.Target;

import be.wallonia.clusterkg.cookbook.Cookbook;
import be.wallonia.clusterkg.cookbook.CookbookQuery;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the load test asks a server: every query of the cookbook, the page of every thing its sitemap lists
 * (HTML), and text searches, interleaved so that each client meets every kind; and, apart, the runaway
 * queries (cartesian products that only the timeout stops).
 */
public final class RequestMix {
    /** Words a visitor types into the search box: a sector, a place, a technology, in both languages. */
    static final List<String> SEARCHES = List.of("energie", "biotechnologie", "logistique", "aeronautique", "plastique",
            "numerique", "agroalimentaire", "construction", "sante", "environnement", "transport", "wallonie");
    static final List<String> RUNAWAYS = List.of(
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

    private final URI server;
    private final List<Target> ordinary;
    private final List<Target> runaways;
    /** The cookbook's queries, by name, to send other shapes of in the unique mode. */
    private final Map<String, CookbookQuery> cookbook;
    private final QueryShapes shapes;

    private RequestMix(URI server, List<Target> ordinary, List<Target> runaways, List<CookbookQuery> cookbook) {
        this.server = server;
        this.ordinary = ordinary;
        this.runaways = runaways;
        this.cookbook = cookbook.stream().collect(Collectors.toMap(CookbookQuery::name, q -> q));
        // a new LIMIT each time is enough to make a query unique: the slugs stay as written
        this.shapes = new QueryShapes(cookbook, Map.of());
    }

    /** The mix for the server at this URL (its pages are read from its sitemap). */
    public static RequestMix of(URI server) {
        List<Target> queries = new ArrayList<>();
        // a query that needs the internet (a federated one) is not this server's to answer fast
        List<CookbookQuery> cookbook = Cookbook.fromClasspath().stream().filter(CookbookQuery::selfContained).toList();
        for (CookbookQuery q : cookbook) queries.add(Target.query(Target.COOKBOOK, q.name(), server, q.text()));
        List<Target> pages = new ArrayList<>();
        for (String path : documentPaths(server)) {
            pages.add(new Target(Target.PAGE, path, server.resolve(path.substring(1)), "text/html"));
        }
        if (pages.isEmpty()) throw new UserError(server + "sitemap.xml lists no documents");
        List<Target> searches = new ArrayList<>();
        for (String word : SEARCHES) {
            searches.add(new Target(Target.SEARCH, word, server.resolve("search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)),
                    "text/html"));
        }
        List<Target> ordinary = new ArrayList<>();
        int n = Math.max(queries.size(), Math.max(pages.size(), searches.size()));
        for (int i = 0; i < n; i++) {
            // one of each kind in turn, so the proportions do not depend on how many pages the graph has
            ordinary.add(queries.get(i % queries.size()));
            ordinary.add(pages.get(i % pages.size()));
            ordinary.add(searches.get(i % searches.size()));
        }
        List<Target> runaways = new ArrayList<>();
        for (int i = 0; i < RUNAWAYS.size(); i++) runaways.add(Target.query(Target.RUNAWAY, "runaway-" + (i + 1), server, RUNAWAYS.get(i)));
        return new RequestMix(server, List.copyOf(ordinary), List.copyOf(runaways), cookbook);
    }

    /** The local paths of the documents ({@code /doc/…}) the sitemap lists. */
    private static List<String> documentPaths(URI server) {
        String sitemap = new String(Load.fetch(Target.get(server.resolve("sitemap.xml").toString(), "application/xml")),
                StandardCharsets.UTF_8);
        List<String> paths = new ArrayList<>();
        Matcher m = LOC.matcher(sitemap);
        while (m.find()) {
            String path = URI.create(m.group(1)).getRawPath();
            if (Iris.isDocumentPath(path)) paths.add(path);
        }
        return paths;
    }

    /** The ordinary mix, the cookbook's queries as written. */
    public List<Target> ordinary() { return ordinary; }

    /**
     * The i-th request of the ordinary mix: in the unique mode each cookbook query has a LIMIT never sent before
     * (above any answer's size), so that no answer can be reused, as when many users ask their own questions.
     */
    public IntFunction<Target> requests(QueryShapes.Mode mode) {
        return i -> {
            Target t = ordinary.get(i % ordinary.size());
            if (mode == QueryShapes.Mode.REPEATED || !Target.COOKBOOK.equals(t.kind())) return t;
            CookbookQuery q = cookbook.get(t.name());
            return Target.query(Target.COOKBOOK, q.name(), server, shapes.text(mode, q, i));
        };
    }

    public List<Target> runaways() { return runaways; }
}
