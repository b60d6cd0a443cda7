package be.wallonia.clusterkg.serve.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.util.function.Function;

/**
 * A path that nothing of the server serves gets a page that says so and leads on, for a browser (the line of text for
 * any other client), not Jetty's bare error page: Fuseki answers such a path by {@code sendError(404)}, which this
 * filter answers in its place.
 */
public final class NotFoundFilter extends HttpFilter {
    private final Function<HttpServletRequest, Pages> pages;

    /** @param pages the pages of the build that serves the request */
    public NotFoundFilter(Function<HttpServletRequest, Pages> pages) {
        this.pages = pages;
    }

    @Override protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(req, new HttpServletResponseWrapper(resp) {
            @Override public void sendError(int status) throws IOException {
                sendError(status, null);
            }

            @Override public void sendError(int status, String message) throws IOException {
                if (status != SC_NOT_FOUND || resp.isCommitted()) {
                    super.sendError(status, message);
                    return;
                }
                resp.resetBuffer();
                ErrorResponse.send(req, resp, pages.apply(req), SC_NOT_FOUND, "There is no page at " + req.getRequestURI() + ".");
            }
        });
    }
}
