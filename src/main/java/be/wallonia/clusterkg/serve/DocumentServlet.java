package be.wallonia.clusterkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code {base}doc/{kind}/{slug}}: the document about a resource, in HTML for people (language by
 * Accept-Language or {@code ?lang=}) and in every RDF format, chosen by extension, {@code ?format=} or
 * {@code Accept} (q-values honoured). Unknown resources get 404, unsupported types 406.
 */
final class DocumentServlet extends HttpServlet {
    private final Publication publication;
    private final EntityDocuments documents;

    DocumentServlet(Publication publication, EntityDocuments documents) {
        this.publication = publication;
        this.documents = documents;
    }

    /** The media types a document is offered in, HTML first. */
    static List<String> offered() {
        List<String> offered = new ArrayList<>(List.of(MediaTypes.HTML));
        MediaTypes.DOCUMENT_FORMATS.forEach(f -> offered.add(f.mediaType()));
        return offered;
    }

    /** The media type asked for by extension, then ?format=, then Accept; empty when none is offered. */
    static Optional<String> variant(HttpServletRequest req, Optional<String> extension) {
        String named = extension.orElse(req.getParameter("format"));
        if (named != null) {
            if (named.equals("html")) return Optional.of(MediaTypes.HTML);
            return MediaTypes.byExtension(MediaTypes.DOCUMENT_FORMATS, named).map(MediaTypes.Rdf::mediaType)
                    .or(() -> MediaTypes.rdf(named).map(MediaTypes.Rdf::mediaType));
        }
        return MediaTypes.choose(req.getHeader("Accept"), offered());
    }

    static String extensionOf(String mediaType) {
        return mediaType.equals(MediaTypes.HTML) ? "html" : MediaTypes.rdf(mediaType).orElseThrow().extension();
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<ResourcePaths> path = ResourcePaths.parse(req.getPathInfo());
        String iri = path.map(p -> publication.iris().base() + "id/" + p.kindAndSlug()).orElse(null);
        if (path.isEmpty() || !documents.isKnown(iri)) {
            ErrorResponse.send(req, resp, publication.pages(), HttpServletResponse.SC_NOT_FOUND, "Nothing in the graph is named " + req.getRequestURI()
                    + ". Resources are listed on the home page and at /sitemap.xml.");
            return;
        }
        resp.setHeader("Vary", "Accept, Accept-Language");
        Optional<String> chosen = variant(req, path.get().extension());
        if (chosen.isEmpty()) {
            ErrorResponse.send(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "This document is offered as " + String.join(", ", offered()) + ".");
            return;
        }
        String doc = "/doc/" + path.get().kindAndSlug();
        links(resp, doc, chosen.get());
        String lang = Languages.choose(req);
        boolean html = chosen.get().equals(MediaTypes.HTML);
        if (HttpCaching.notModified(req, resp, publication, iri + "|" + chosen.get() + (html ? "|" + lang : ""))) return;
        byte[] body = html ? documents.html(iri, lang) : documents.rdf(iri, MediaTypes.rdf(chosen.get()).orElseThrow());
        resp.setContentType(chosen.get() + "; charset=utf-8");
        if (html) resp.setHeader("Content-Language", lang);
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) resp.getOutputStream().write(body);
    }

    /** Content-Location of the variant served, the other variants as alternates, the canonical document. */
    private static void links(HttpServletResponse resp, String doc, String chosen) {
        resp.setHeader("Content-Location", doc + "." + extensionOf(chosen));
        List<String> links = new ArrayList<>();
        links.add("<" + doc + ">; rel=\"canonical\"");
        for (String type : offered()) {
            if (!type.equals(chosen)) links.add("<" + doc + "." + extensionOf(type) + ">; rel=\"alternate\"; type=\"" + type + "\"");
        }
        resp.setHeader("Link", String.join(", ", links));
    }
}
