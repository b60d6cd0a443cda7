package be.wallonia.clusterkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * The methods of HTTP this server knows; any other (TRACE included, which would echo credentials back) gets
 * 405 with {@code Allow}, rather than the servlet default of 501, which says the server is at fault.
 */
final class MethodFilter implements Filter {
    static final Set<String> KNOWN = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    private static final String ALLOW = "GET, HEAD, POST, OPTIONS";

    @Override public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = ((HttpServletRequest) request).getMethod();
        if (KNOWN.contains(method)) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("Allow", ALLOW);
        ErrorResponse.send(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                "Method not allowed here; this server answers " + ALLOW + ".");
    }
}
