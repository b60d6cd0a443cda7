package be.wallonia.clusterkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A page rendered once, when the server starts: the graph does not change while it is served, so
 * neither does the page.
 */
final class PageServlet extends HttpServlet {
    private final byte[] html;

    PageServlet(String html) {
        this.html = html.getBytes(StandardCharsets.UTF_8);
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(html.length);
        resp.getOutputStream().write(html);
    }
}
