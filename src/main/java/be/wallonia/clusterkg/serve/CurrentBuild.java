package be.wallonia.clusterkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one place every handler reads the build it answers from. Each request holds the build that was current
 * when it arrived for its whole life (a filter in front of everything takes it and lets it go), so a reload
 * never changes the graph under a request, and a retired build is closed only when its last request leaves.
 */
public final class CurrentBuild implements Filter {
    private static final String ATTRIBUTE = CurrentBuild.class.getName();
    private final AtomicReference<ServedBuild> current;

    CurrentBuild(ServedBuild first) {
        this.current = new AtomicReference<>(first);
    }

    /** The build a request holds. */
    public static ServedBuild of(ServletRequest request) {
        ServedBuild build = (ServedBuild) request.getAttribute(ATTRIBUTE);
        if (build == null) throw new IllegalStateException("the request holds no build: CurrentBuild must filter every path");
        return build;
    }

    ServedBuild get() { return current.get(); }

    /** Makes the next build current; the previous one closes when its last request leaves. */
    void replace(ServedBuild next) {
        current.getAndSet(next).release();
    }

    /** Retires the current build, at shutdown. */
    void retire() {
        current.get().release();
    }

    private ServedBuild hold() {
        while (true) {
            ServedBuild build = current.get();
            // a build retired between get() and acquire() is closed: the new current one is taken instead
            if (build.acquire()) return build;
        }
    }

    @Override public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ServedBuild build = hold();
        request.setAttribute(ATTRIBUTE, build);
        try {
            chain.doFilter(request, response);
        } finally {
            request.removeAttribute(ATTRIBUTE);
            build.release();
        }
    }
}
