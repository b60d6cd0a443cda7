package be.wallonia.clusterkg.serve.pages;

import be.wallonia.clusterkg.serve.http.HttpCaching;

import be.wallonia.clusterkg.serve.http.ErrorResponse;
import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.serve.negotiate.Languages;
import be.wallonia.clusterkg.vocab.QueryFile;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /search?q=}: the text index over labels and descriptions, best matches first, linked to their pages, each
 * with the text it matched and its words marked. Every word is required; when that finds nothing, any word
 * ({@link SearchQuery}: a word ending in {@code *} is a prefix, "quoted words" a phrase).
 */
public final class SearchServlet extends HttpServlet {
    static final int MAX_QUERY_CHARS = 200;
    private static final int MAX_RESULTS = 50;
    private static final String SEARCH = QueryFile.read(SearchServlet.class, "search.rq");

    record Hit(String label, String href, String kind, Snippet snippet) {}

    private final Publication publication;
    private final EntityDocuments documents;

    public SearchServlet(Publication publication, EntityDocuments documents) {
        this.publication = publication;
        this.documents = documents;
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        if (q.length() > MAX_QUERY_CHARS) {
            ErrorResponse.send(resp, HttpServletResponse.SC_BAD_REQUEST, "A search is at most " + MAX_QUERY_CHARS + " characters.");
            return;
        }
        String lang = Languages.choose(req);
        SearchQuery query = SearchQuery.of(q);
        List<Hit> hits = query.isEmpty() ? List.of() : search(query.all(), query, lang);
        boolean anyWord = false;
        if (hits.isEmpty() && query.terms().size() > 1) {
            hits = search(query.any(), query, lang);
            anyWord = !hits.isEmpty();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("base", "/");
        model.put("lang", lang);
        model.put("q", q);
        model.put("hits", hits);
        model.put("anyWord", anyWord);
        byte[] body = publication.pages().render("search", model).getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/html; charset=utf-8");
        HttpCaching.vary(resp, "Accept-Language");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private List<Hit> search(String lucene, SearchQuery typed, String lang) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(SEARCH);
        query.setLiteral("q", lucene);
        Map<String, Hit> hits = new LinkedHashMap<>();
        Txn.executeRead(publication.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(publication.dataset()).query(query.asQuery()).build()) {
                qe.execSelect().forEachRemaining(row -> {
                    if (!row.get("s").isURIResource() || hits.size() >= MAX_RESULTS) return;
                    String iri = row.getResource("s").getURI();
                    if (!publication.iris().isThing(iri) || publication.iris().isPassage(iri)) return;
                    String matched = row.contains("matched") ? row.getLiteral("matched").getLexicalForm() : "";
                    hits.putIfAbsent(iri, new Hit(documents.vocabulary().label(iri, lang), documents.pageLink(iri, lang),
                            publication.iris().kind(iri).orElseThrow(), Snippet.of(matched, typed.words())));
                });
            }
        });
        return new ArrayList<>(hits.values());
    }
}
