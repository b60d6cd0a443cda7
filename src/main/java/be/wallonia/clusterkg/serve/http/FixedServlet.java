package be.wallonia.clusterkg.serve.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** One document in one format, written on its first request and served with the build's caching headers. */
public final class FixedServlet extends HttpServlet {
    private final Publication publication;
    private final String path;
    private final String contentType;
    private final Lazy<byte[]> body;

    /** @param body the document, written on the first request */
    public FixedServlet(Publication publication, String path, String contentType, Supplier<String> body) {
        this.publication = publication;
        this.path = path;
        this.contentType = contentType;
        this.body = Lazy.of(() -> body.get().getBytes(StandardCharsets.UTF_8));
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (HttpCaching.notModified(req, resp, publication, path)) return;
        resp.setContentType(contentType);
        byte[] bytes = body.get();
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
