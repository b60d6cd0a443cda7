package be.wallonia.clusterkg.measure;

import be.wallonia.clusterkg.cookbook.CookbookQuery;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cookbook's queries as the benchmark sends them. "Repeated" sends each as it is written. "Unique" sends
 * each shape with other constants, so that no answer can be reused: a slug in {@code VALUES ?…slug { "…" }}
 * becomes another slug of the same kind drawn from the data, and every query gets a LIMIT never sent before,
 * above any result's size (so it does the same work as the query as written).
 */
public final class QueryShapes {
    /** Far above the number of rows any cookbook query returns at any scale. */
    static final long LIMIT_FLOOR = 100_000_000L;
    private static final Pattern SLUG_VALUES = Pattern.compile("(VALUES\\s+\\?\\w*[sS]lug\\s*\\{\\s*\")([^\"]+)(\"\\s*})");

    public enum Mode { REPEATED, UNIQUE }

    private final List<CookbookQuery> queries;
    private final Map<String, List<String>> slugsByKind;
    private final AtomicLong limits = new AtomicLong(LIMIT_FLOOR);

    /**
     * @param slugsByKind the slugs of the data's IRIs ({@code id/{kind}/{slug}}) by kind, to draw from
     */
    public QueryShapes(List<CookbookQuery> queries, Map<String, List<String>> slugsByKind) {
        if (queries.isEmpty()) throw new IllegalArgumentException("no cookbook query to run");
        this.queries = List.copyOf(queries);
        this.slugsByKind = Map.copyOf(slugsByKind);
    }

    public List<CookbookQuery> queries() { return queries; }

    /** The text of the {@code i}-th request for a query in a mode. */
    public String text(Mode mode, CookbookQuery query, int i) {
        return mode == Mode.REPEATED ? query.text() : unique(query, i);
    }

    /** The {@code i}-th request of a mix going through the cookbook in turn. */
    public String mixed(Mode mode, int i) {
        return text(mode, queries.get(i % queries.size()), i / queries.size());
    }

    private String unique(CookbookQuery query, int i) {
        Matcher m = SLUG_VALUES.matcher(query.text());
        StringBuilder varied = new StringBuilder();
        while (m.find()) {
            List<String> sameKind = kindOf(m.group(2));
            String slug = sameKind.isEmpty() ? m.group(2) : sameKind.get(i % sameKind.size());
            m.appendReplacement(varied, Matcher.quoteReplacement(m.group(1) + slug + m.group(3)));
        }
        m.appendTail(varied);
        Query parsed = QueryFactory.create(varied.toString());
        parsed.setLimit(limits.getAndIncrement());
        return parsed.serialize();
    }

    private List<String> kindOf(String slug) {
        return slugsByKind.values().stream().filter(slugs -> slugs.contains(slug)).findFirst().orElse(List.of());
    }
}
