package be.wallonia.clusterkg.serve.sparql;

import be.wallonia.clusterkg.serve.http.HttpCaching;

import be.wallonia.clusterkg.format.MediaTypes;

import be.wallonia.clusterkg.serve.http.ErrorResponse;
import be.wallonia.clusterkg.serve.negotiate.Negotiated;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * In front of the SPARQL endpoint: a GET with no query is answered with the Service Description
 * of the build being served (RDF by content negotiation; a browser is sent to the query UI); request bodies over the limit are
 * refused with 413 before Fuseki reads them. The description is offered in every RDF format, quad formats
 * included (Comunica asks for N-Quads first when it discovers an endpoint); the whole dataset is at {@code /ds}.
 */
public final class SparqlFrontFilter implements Filter {
    private final long maxBodyBytes;
    private final String uiPath;
    /** The query endpoints, which describe themselves; the dataset's other services answer a bare GET with data. */
    private final Set<String> endpoints;
    /** The service description as a document: its formats, and HTML (the query UI). */
    private final Negotiated document;
    /** The description of the build that answers a request: the server swaps builds while serving. */
    private final Function<ServletRequest, Model> description;

    public SparqlFrontFilter(long maxBodyBytes, String uiPath, Set<String> endpoints, Negotiated document,
                             Function<ServletRequest, Model> description) {
        this.maxBodyBytes = maxBodyBytes;
        this.uiPath = uiPath;
        this.endpoints = Set.copyOf(endpoints);
        this.document = document;
        this.description = description;
    }

    /**
     * Whether a request asks a query endpoint for its description, a document, rather than a query: a GET with nothing
     * in its URL. The same GET of the dataset's Graph Store Protocol ({@code /ds}, {@code /ds/get}) asks for the
     * whole dataset, and gets it.
     */
    public boolean describes(String method, String path, String queryString) {
        return ("GET".equals(method) || "HEAD".equals(method)) && queryString == null && endpoints.contains(path);
    }

    @Override public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (req.getContentLengthLong() > maxBodyBytes) {
            ErrorResponse.send(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "The request body is over the limit of " + maxBodyBytes + " bytes.");
            return;
        }
        if (!describes(req.getMethod(), req.getRequestURI(), req.getQueryString())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Negotiated.Variant> chosen = document.choose(req, resp);
        if (chosen.isEmpty()) return;
        if (chosen.get().isHtml()) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", uiPath);
            return;
        }
        MediaTypes.Rdf format = chosen.get().rdf();
        resp.setContentType(format.mediaType() + "; charset=utf-8");
        if ("HEAD".equals(req.getMethod())) return;
        try (OutputStream out = resp.getOutputStream()) {
            format.write(out, description.apply(request).getGraph());
        }
    }
}
