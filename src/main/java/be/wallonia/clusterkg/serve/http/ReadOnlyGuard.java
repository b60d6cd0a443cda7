package be.wallonia.clusterkg.serve.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * The public services are read-only: a SPARQL Update, an upload or a Graph Store write sent to them is
 * refused with 403 and a message saying where writes go, before Fuseki sees it. The update services,
 * when the server runs with them, are the only exception, and there Fuseki asks for credentials.
 */
public final class ReadOnlyGuard implements Filter {
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private final Set<String> writablePaths;

    public ReadOnlyGuard(Set<String> writablePaths) {
        this.writablePaths = writablePaths;
    }

    @Override public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI();
        if (writablePaths.contains(path) || isRead(req)) {
            chain.doFilter(request, response);
            return;
        }
        ErrorResponse.send(resp, HttpServletResponse.SC_FORBIDDEN, writablePaths.isEmpty()
                ? "This server is read-only: it accepts SPARQL queries, not updates or uploads."
                : "This service is read-only: updates go to " + String.join(" or ", writablePaths.stream().sorted().toList())
                  + ", with credentials.");
    }

    private static boolean isRead(HttpServletRequest req) {
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        if (READ_METHODS.contains(method)) return true;
        if (!"POST".equals(method)) return false;
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/sparql-query")) return true;
        return type.startsWith("application/x-www-form-urlencoded") && req.getParameter("update") == null
                && req.getParameter("query") != null;
    }
}
