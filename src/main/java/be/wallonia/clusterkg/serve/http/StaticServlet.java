package be.wallonia.clusterkg.serve.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Static assets (the query UI's scripts and styles, the pages' stylesheet) from the jar, under
 * {@code /static/}. Paths are checked before any lookup: only plain names under the asset folder answer.
 */
public final class StaticServlet extends HttpServlet {
    private static final String ROOT = "be/wallonia/clusterkg/serve/static/";
    private static final Pattern SAFE_PATH = Pattern.compile("^(/[A-Za-z0-9_][A-Za-z0-9_.-]*)+$");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon", "txt", "text/plain; charset=utf-8",
            "map", "application/json", "woff2", "font/woff2");

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || !SAFE_PATH.matcher(path).matches() || path.contains("..")) {
            ErrorResponse.send(resp, HttpServletResponse.SC_NOT_FOUND, "no such asset");
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(ROOT + path.substring(1))) {
            if (in == null || type == null) {
                ErrorResponse.send(resp, HttpServletResponse.SC_NOT_FOUND, "no such asset");
                return;
            }
            resp.setContentType(type);
            resp.setHeader("Cache-Control", "public, max-age=86400");
            in.transferTo(resp.getOutputStream());
        }
    }
}
