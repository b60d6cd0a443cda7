package be.wallonia.clusterkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * At most so many queries run at once; one more is refused at once with 503 and {@code Retry-After}, not
 * queued: a queue would hold the client's connection and a worker thread while hiding the overload from
 * it, where a refusal lets a well-behaved client back off and leaves the workers to the pages.
 */
final class QueryCap implements Filter {
    static final int RETRY_AFTER_SECONDS = 2;
    private final Semaphore running;
    private final int cap;

    QueryCap(int cap) {
        if (cap <= 0) throw new IllegalArgumentException("the concurrent query cap must be positive");
        this.cap = cap;
        this.running = new Semaphore(cap);
    }

    @Override public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!running.tryAcquire()) {
            HttpServletResponse resp = (HttpServletResponse) response;
            resp.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            ErrorResponse.send(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is running its limit of "
                    + cap + " queries at once; retry in " + RETRY_AFTER_SECONDS + " s.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            running.release();
        }
    }
}
