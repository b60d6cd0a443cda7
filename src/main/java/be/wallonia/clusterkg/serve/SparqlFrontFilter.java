package be.wallonia.clusterkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * In front of the SPARQL endpoint: a GET with no query is answered with the Service Description
 * (RDF by content negotiation; a browser is sent to the query UI); request bodies over the limit are
 * refused with 413 before Fuseki reads them.
 */
final class SparqlFrontFilter implements Filter {
    private final Supplier<Model> description;
    private final long maxBodyBytes;
    private final String uiPath;

    /** @param description the service description, computed when first asked for */
    SparqlFrontFilter(Supplier<Model> description, long maxBodyBytes, String uiPath) {
        this.description = description;
        this.maxBodyBytes = maxBodyBytes;
        this.uiPath = uiPath;
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
        boolean bare = ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))
                && req.getParameter("query") == null && req.getQueryString() == null;
        if (!bare) {
            chain.doFilter(request, response);
            return;
        }
        List<String> offered = new ArrayList<>();
        MediaTypes.GRAPH_FORMATS.forEach(f -> offered.add(f.mediaType()));
        offered.add(MediaTypes.HTML);
        Optional<String> chosen = MediaTypes.choose(req.getHeader("Accept"), offered);
        resp.setHeader("Vary", "Accept");
        if (chosen.isEmpty()) {
            ErrorResponse.send(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "The service description is offered as " + offered);
            return;
        }
        if (chosen.get().equals(MediaTypes.HTML)) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", uiPath);
            return;
        }
        MediaTypes.Rdf format = MediaTypes.rdf(chosen.get()).orElseThrow();
        resp.setContentType(format.mediaType() + "; charset=utf-8");
        if ("HEAD".equals(req.getMethod())) return;
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, description.get(), format.format());
        }
    }
}
