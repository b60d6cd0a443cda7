package be.wallonia.clusterkg.serve.pages;

import be.wallonia.clusterkg.serve.http.HttpCaching;
import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.serve.negotiate.Languages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import be.wallonia.clusterkg.vocab.QueryFile;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An index page: every resource of some classes, by label, linked to its page ({@code /clusters}, {@code /poles},
 * {@code /sectors}). Rendered once per language.
 */
public final class IndexServlet extends HttpServlet {
    record Entry(String label, String href) {}

    private static final String QUERY = QueryFile.read(IndexServlet.class, "things-of-classes.rq");

    private final Publication publication;
    private final EntityDocuments documents;
    private final Map<String, String> titles;
    private final List<String> classes;
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

    /** @param titles the page's title per language; @param classes the classes listed, as IRIs */
    public IndexServlet(Publication publication, EntityDocuments documents, Map<String, String> titles, List<String> classes) {
        this.publication = publication;
        this.documents = documents;
        this.titles = titles;
        this.classes = classes;
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String lang = Languages.choose(req);
        HttpCaching.vary(resp, "Accept-Language");
        if (HttpCaching.notModified(req, resp, publication, req.getRequestURI() + "|" + lang)) return;
        byte[] body = rendered.computeIfAbsent(lang, this::render);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Content-Language", lang);
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) resp.getOutputStream().write(body);
    }

    private byte[] render(String lang) {
        List<Entry> entries = new ArrayList<>();
        ParameterizedSparqlString query = new ParameterizedSparqlString(QUERY);
        query.setValues("indexed", classes.stream().map(ResourceFactory::createResource).toList());
        Txn.executeRead(publication.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(publication.dataset()).query(query.asQuery()).build()) {
                qe.execSelect().forEachRemaining(row -> {
                    String iri = row.getResource("s").getURI();
                    if (publication.iris().isThing(iri)) {
                        entries.add(new Entry(documents.vocabulary().label(iri, lang), documents.pageLink(iri, lang)));
                    }
                });
            }
        });
        entries.sort(Comparator.comparing(Entry::label, String.CASE_INSENSITIVE_ORDER));
        Map<String, Object> model = new HashMap<>();
        model.put("base", "/");
        model.put("lang", lang);
        model.put("title", titles.getOrDefault(lang, titles.get("en")));
        model.put("entries", entries);
        return publication.pages().render("index", model).getBytes(StandardCharsets.UTF_8);
    }
}
