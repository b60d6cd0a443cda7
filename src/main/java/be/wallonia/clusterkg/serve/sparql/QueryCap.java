package be.wallonia.clusterkg.serve.sparql;

import be.wallonia.clusterkg.serve.http.ErrorResponse;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Semaphore;

/**
 * At most so many queries run at once; one more is refused at once with 503 and {@code Retry-After}, not
 * queued: a queue would hold the client's connection and a worker thread while hiding the overload from
 * it, where a refusal lets a well-behaved client back off and leaves the workers to the pages.
 *
 * <p>A request's body is read before it takes a place: a client that announces a body and sends it slowly,
 * or never, holds a connection until the idle timeout, but never one of the places of the queries.
 */
public final class QueryCap implements Filter {
    static final int RETRY_AFTER_SECONDS = 2;
    private final Semaphore running;
    private final int cap;

    public QueryCap(int cap) {
        if (cap <= 0) throw new IllegalArgumentException("the concurrent query cap must be positive");
        this.cap = cap;
        this.running = new Semaphore(cap);
    }

    @Override public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ServletRequest read = withBodyRead((HttpServletRequest) request);
        if (!running.tryAcquire()) {
            HttpServletResponse resp = (HttpServletResponse) response;
            resp.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            ErrorResponse.send(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is running its limit of "
                    + cap + " queries at once; retry in " + RETRY_AFTER_SECONDS + " s.");
            return;
        }
        try {
            chain.doFilter(read, response);
        } finally {
            running.release();
        }
    }

    /** The request with its body in memory (its size was checked in front); a form is parsed by the container. */
    private static ServletRequest withBodyRead(HttpServletRequest req) throws IOException {
        if (req.getContentLengthLong() == 0 || "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod())) return req;
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            req.getParameterMap();
            return req;
        }
        byte[] body = req.getInputStream().readAllBytes();
        return new HttpServletRequestWrapper(req) {
            @Override public ServletInputStream getInputStream() {
                ByteArrayInputStream in = new ByteArrayInputStream(body);
                return new ServletInputStream() {
                    @Override public int read() { return in.read(); }
                    @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
                    @Override public boolean isFinished() { return in.available() == 0; }
                    @Override public boolean isReady() { return true; }
                    @Override public void setReadListener(ReadListener listener) {
                        throw new UnsupportedOperationException("the body is already read");
                    }
                };
            }
        };
    }
}
