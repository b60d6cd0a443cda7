package be.wallonia.clusterkg.serve.documents;

import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.vocab.Iris;

import java.util.List;

/**
 * {@code /robots.txt}: crawlers may read every page but the query services (SPARQL and Triple Pattern Fragments)
 * and the query UI, whose URLs are endless; the sitemap lists the pages.
 */
final class RobotsTxt {
    static final String PATH = "/robots.txt";
    static final String CONTENT_TYPE = "text/plain; charset=utf-8";
    private static final List<String> DISALLOWED = List.of(Iris.SPARQL_PATH, "ds", "ui", Iris.FRAGMENTS_PATH);

    private RobotsTxt() {}

    static String text(Publication publication) {
        StringBuilder out = new StringBuilder("User-agent: *\n");
        DISALLOWED.forEach(path -> out.append("Disallow: ").append(publication.iris().basePath()).append(path).append('\n'));
        out.append("Allow: ").append(publication.iris().basePath()).append('\n');
        out.append('\n').append("Sitemap: ").append(publication.iris().base()).append(Sitemap.PATH.substring(1)).append('\n');
        return out.toString();
    }
}
