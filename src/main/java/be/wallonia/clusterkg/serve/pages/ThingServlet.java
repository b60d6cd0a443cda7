package be.wallonia.clusterkg.serve.pages;

import be.wallonia.clusterkg.vocab.Iris;
import be.wallonia.clusterkg.serve.http.ErrorResponse;
import be.wallonia.clusterkg.serve.http.HttpCaching;
import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.serve.negotiate.Languages;
import be.wallonia.clusterkg.serve.negotiate.Negotiated;
import be.wallonia.clusterkg.serve.negotiate.ResourcePaths;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code {base}id/{kind}/{slug}} names a thing, not a document: it answers 303 See Other to the document
 * about it ("Cool URIs for the Semantic Web"), to the variant the request negotiated.
 */
public final class ThingServlet extends HttpServlet {
    private final Publication publication;
    private final EntityDocuments documents;

    public ThingServlet(Publication publication, EntityDocuments documents) {
        this.publication = publication;
        this.documents = documents;
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<ResourcePaths> path = ResourcePaths.parse(req.getPathInfo()).filter(p -> p.extension().isEmpty());
        Optional<String> renamed = path.flatMap(p -> documents.renamed(publication.iris().thing(p.kindAndSlug())));
        if (renamed.isPresent()) {
            // another name of a network: its own IRI, for good
            String query = req.getQueryString();
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", Iris.thingPath(publication.iris().kindAndSlug(renamed.get()).orElseThrow())
                    + (query == null ? "" : "?" + query));
            return;
        }
        if (path.isEmpty() || !documents.isKnown(publication.iris().thing(path.get().kindAndSlug()))) {
            ErrorResponse.send(req, resp, publication.pages(), HttpServletResponse.SC_NOT_FOUND,
                    "Nothing in the graph is named " + req.getRequestURI() + ".");
            return;
        }
        Negotiated document = DocumentServlet.document(publication, path.get().kindAndSlug());
        Optional<Negotiated.Variant> variant = document.choose(req, resp);
        if (variant.isEmpty()) return;
        String location = variant.get().isHtml() ? document.address() : document.address(variant.get());
        String lang = req.getParameter("lang");
        if (lang != null && Languages.OFFERED.contains(lang)) location += "?lang=" + lang;
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", location);
        resp.setHeader("Cache-Control", HttpCaching.CACHE_CONTROL);
    }
}
