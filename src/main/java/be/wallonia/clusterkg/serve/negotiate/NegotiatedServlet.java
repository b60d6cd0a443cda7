package be.wallonia.clusterkg.serve.negotiate;

import be.wallonia.clusterkg.serve.http.HttpCaching;
import be.wallonia.clusterkg.serve.http.Publication;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/** A document served by content negotiation from its representations, each written on its first request. */
public final class NegotiatedServlet extends HttpServlet {
    private final Publication publication;
    private final Negotiated document;
    private final Representations<?> representations;

    public NegotiatedServlet(Publication publication, Negotiated document, Representations<?> representations) {
        this.publication = publication;
        this.document = document;
        this.representations = representations;
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Negotiated.Variant> variant = document.negotiate(req, resp);
        if (variant.isEmpty()) return;
        if (HttpCaching.notModified(req, resp, publication, variant.get().cacheKey())) return;
        byte[] body = representations.body(variant.get());
        resp.setContentType(variant.get().contentType());
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
