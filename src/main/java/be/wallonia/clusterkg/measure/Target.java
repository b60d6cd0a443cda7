package be.wallonia.clusterkg.measure;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One request of the mix: what kind it is (for the report), where it goes and what it accepts.
 *
 * @param kind cookbook, page, search or runaway
 */
public record Target(String kind, String name, URI uri, String accept) {
    public static final String COOKBOOK = "cookbook";
    public static final String PAGE = "page";
    public static final String SEARCH = "search";
    public static final String RUNAWAY = "runaway";

    /** A GET of one address, for a benchmark that names its requests by what they measure, not by kind. */
    public static Target get(String url, String accept) {
        return new Target("request", url, URI.create(url), accept);
    }

    public static Target query(String kind, String name, URI server, String sparql) {
        return new Target(kind, name, server.resolve("sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)),
                "application/sparql-results+json, text/turtle;q=0.9");
    }
}
