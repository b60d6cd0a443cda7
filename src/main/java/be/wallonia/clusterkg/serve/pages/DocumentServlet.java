package be.wallonia.clusterkg.serve.pages;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.format.MediaTypes;

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
 * {@code {base}doc/{kind}/{slug}}: the document about a resource, in HTML for people (language by
 * Accept-Language or {@code ?lang=}) and in every RDF format, chosen by extension, {@code ?format=} or
 * {@code Accept} (q-values honoured; HTML when the request has no preference). Unknown resources get 404,
 * unsupported types 406.
 */
public final class DocumentServlet extends HttpServlet {
    private final Publication publication;
    private final EntityDocuments documents;

    public DocumentServlet(Publication publication, EntityDocuments documents) {
        this.publication = publication;
        this.documents = documents;
    }

    /** The negotiable document about a resource ({@code {kind}/{slug}}). */
    static Negotiated document(Publication publication, String kindAndSlug) {
        return Negotiated.of(publication.iris(), Iris.document(kindAndSlug), MediaTypes.ALL, Languages.OFFERED)
                .htmlFirst();
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<ResourcePaths> path = ResourcePaths.parse(req.getPathInfo());
        String iri = path.map(p -> publication.iris().thing(p.kindAndSlug())).orElse(null);
        if (path.isEmpty() || !documents.isKnown(iri)) {
            ErrorResponse.send(req, resp, publication.pages(), HttpServletResponse.SC_NOT_FOUND, "Nothing in the graph is named "
                    + req.getRequestURI() + ". Resources are listed on the home page and at /sitemap.xml.");
            return;
        }
        Optional<Negotiated.Variant> variant = document(publication, path.get().kindAndSlug()).negotiate(req, resp);
        if (variant.isEmpty() || HttpCaching.notModified(req, resp, publication, variant.get().cacheKey())) return;
        byte[] body = variant.get().isHtml() ? documents.html(iri, variant.get().language())
                : documents.rdf(iri, variant.get().rdf());
        resp.setContentType(variant.get().contentType());
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) resp.getOutputStream().write(body);
    }
}
