package be.wallonia.clusterkg.serve.documents;

import be.wallonia.clusterkg.serve.http.ErrorResponse;
import be.wallonia.clusterkg.serve.http.HttpCaching;
import be.wallonia.clusterkg.serve.http.Lazy;
import be.wallonia.clusterkg.serve.http.Publication;

import be.wallonia.clusterkg.store.Dumps;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.riot.Lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /dumps/}: the listing of the build's dump files (size, SHA-256, format, how to load them) and the
 * files themselves. Only the names of {@link Dumps} answer; the request path is compared with them and never
 * resolved against the file system, so no other file can be reached.
 */
final class DumpsServlet extends HttpServlet {
    static final String PATH = "/dumps";
    private static final String GZIP = "application/gzip";

    /** One dump file as listed. */
    record Entry(String name, String format, String mediaType, long bytes, String size, String sha256,
                 String rdf4jFormat) {}

    /** A file that answers, with its type and whether it is downloaded rather than shown. */
    private record Served(Path file, String contentType, boolean attachment) {}

    private final Publication publication;
    private final Map<String, Served> files;
    private final Lazy<byte[]> listing;

    private DumpsServlet(Publication publication, Map<String, Served> files, Lazy<byte[]> listing) {
        this.publication = publication;
        this.files = files;
        this.listing = listing;
    }

    static DumpsServlet of(Publication publication) {
        Path dir = publication.dumpsDir();
        Map<String, String> sums = Dumps.checksums(dir);
        Map<String, Served> files = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Dumps.Dump dump : Dumps.ALL) {
            Path file = dir.resolve(dump.fileName());
            if (!Files.isRegularFile(file)) continue;
            files.put("/" + dump.fileName(), new Served(file, GZIP, true));
            long bytes = size(file);
            String syntax = dump.lang().getLabel();
            entries.add(new Entry(dump.fileName(), syntax, dump.lang().getHeaderString(), bytes, humanSize(bytes),
                    sums.getOrDefault(dump.fileName(), ""), dump.lang().equals(Lang.TRIG) ? "TRIG" : "NQUADS"));
        }
        if (Files.isRegularFile(dir.resolve(Dumps.CHECKSUMS))) {
            files.put("/" + Dumps.CHECKSUMS, new Served(dir.resolve(Dumps.CHECKSUMS), "text/plain; charset=utf-8", false));
        }
        Map<String, Object> page = new HashMap<>();
        page.put("base", publication.iris().basePath());
        page.put("lang", "en");
        page.put("dumps", entries);
        page.put("checksums", Dumps.CHECKSUMS);
        page.put("built", publication.builtAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        // rendered on the first request: the first page rendered pays for the template engine, not the startup
        Lazy<byte[]> listing = Lazy.of(() -> publication.pages().render("dumps", page).getBytes(StandardCharsets.UTF_8));
        return new DumpsServlet(publication, Map.copyOf(files), listing);
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo();
        if (name == null) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", publication.iris().dumpsPath());
            return;
        }
        if (name.equals("/")) {
            if (HttpCaching.notModified(req, resp, publication, PATH + "/")) return;
            resp.setContentType("text/html; charset=utf-8");
            byte[] page = listing.get();
            resp.setContentLength(page.length);
            resp.getOutputStream().write(page);
            return;
        }
        Served served = files.get(name);
        if (served == null) {
            ErrorResponse.send(resp, HttpServletResponse.SC_NOT_FOUND, "No such dump. The dumps are listed at "
                    + publication.iris().dumpsPath());
            return;
        }
        if (HttpCaching.notModified(req, resp, publication, PATH + name)) return;
        resp.setContentType(served.contentType());
        if (served.attachment()) resp.setHeader("Content-Disposition", "attachment; filename=\"" + name.substring(1) + "\"");
        resp.setContentLengthLong(Files.size(served.file()));
        if ("HEAD".equals(req.getMethod())) return;
        Files.copy(served.file(), resp.getOutputStream());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String humanSize(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
