package be.wallonia.clusterkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** One document in one format, written once at start and served with the build's caching headers. */
final class FixedServlet extends HttpServlet {
    private final Publication publication;
    private final String path;
    private final String contentType;
    private final byte[] body;

    FixedServlet(Publication publication, String path, String contentType, String body) {
        this.publication = publication;
        this.path = path;
        this.contentType = contentType;
        this.body = body.getBytes(StandardCharsets.UTF_8);
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (HttpCaching.notModified(req, resp, publication, path)) return;
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
