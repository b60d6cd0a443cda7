package be.wallonia.clusterkg.serve.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * CORS on every read, for browser clients (YASGUI elsewhere, Comunica): Fuseki's own filter, configured to
 * expose the headers those clients need ({@code ETag}, {@code Link}, {@code Location}, {@code Vary}, …),
 * which Fuseki's defaults do not.
 */
public final class CorsFilter implements Filter {
    static final String EXPOSED = "Cache-Control, Content-Language, Content-Length, Content-Location, Content-Type, "
            + "ETag, Expires, Last-Modified, Link, Location, Pragma, Retry-After, Vary";
    private static final Map<String, String> PARAMETERS = Map.of(
            CrossOriginFilter.ALLOWED_ORIGINS_PARAM, "*",
            CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,HEAD,POST,OPTIONS",
            CrossOriginFilter.ALLOWED_HEADERS_PARAM,
            "X-Requested-With, Content-Type, Accept, Accept-Language, Origin, If-None-Match, If-Modified-Since, Authorization",
            CrossOriginFilter.EXPOSED_HEADERS_PARAM, EXPOSED,
            CrossOriginFilter.PREFLIGHT_MAX_AGE_PARAM, "86400",
            CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
            CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");

    private final CrossOriginFilter delegate = new CrossOriginFilter();

    @Override public void init(FilterConfig config) throws ServletException {
        delegate.init(new FilterConfig() {
            @Override public String getFilterName() { return "cors"; }
            @Override public ServletContext getServletContext() { return config.getServletContext(); }
            @Override public String getInitParameter(String name) { return PARAMETERS.get(name); }
            @Override public Enumeration<String> getInitParameterNames() { return Collections.enumeration(PARAMETERS.keySet()); }
        });
    }

    @Override public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        delegate.doFilter(request, response, chain);
    }

    @Override public void destroy() {
        delegate.destroy();
    }
}
