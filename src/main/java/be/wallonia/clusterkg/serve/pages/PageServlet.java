package be.wallonia.clusterkg.serve.pages;

import be.wallonia.clusterkg.serve.http.Lazy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A page rendered once, on its first request (not at start, which it would slow): the graph does not change while
 * it is served, so neither does the page.
 */
public final class PageServlet extends HttpServlet {
    private final Lazy<byte[]> html;

    public PageServlet(Supplier<String> html) {
        this.html = Lazy.of(() -> html.get().getBytes(StandardCharsets.UTF_8));
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] page = html.get();
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(page.length);
        resp.getOutputStream().write(page);
    }
}
