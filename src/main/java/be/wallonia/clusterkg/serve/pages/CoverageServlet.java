package be.wallonia.clusterkg.serve.pages;

import be.wallonia.clusterkg.error.UserError;

import be.wallonia.clusterkg.format.MediaTypes;

import be.wallonia.clusterkg.serve.http.ErrorResponse;
import be.wallonia.clusterkg.serve.http.HttpCaching;
import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.serve.negotiate.Languages;

import be.wallonia.clusterkg.coverage.CoverageData;
import be.wallonia.clusterkg.coverage.CoverageFormat;
import be.wallonia.clusterkg.coverage.CoverageReport;
import be.wallonia.clusterkg.coverage.Level;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /coverage}: the sector coverage report of the build, as a page with its charts, or as CSV, JSON or text
 * ({@code ?format=} or the Accept header); {@code ?level=section|division}, {@code ?source=slug}. Computed once per
 * build and form.
 */
public final class CoverageServlet extends HttpServlet {
    public static final String PATH = "/coverage";
    /** The forms of the report by their {@code ?format=} name, the page first. */
    private static final Map<String, String> MEDIA_TYPES = mediaTypes();

    private final Publication publication;
    private volatile CoverageData data;
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

    public CoverageServlet(Publication publication) {
        this.publication = publication;
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String levelId = Optional.ofNullable(req.getParameter("level")).orElse(Level.SECTION.id());
        String source = Optional.ofNullable(req.getParameter("source")).filter(s -> !s.isBlank()).orElse(null);
        HttpCaching.vary(resp, "Accept", "Accept-Language");
        Optional<String> chosen = req.getParameter("format") != null
                ? Optional.of(req.getParameter("format")).filter(MEDIA_TYPES::containsKey) : negotiate(req);
        if (chosen.isEmpty()) {
            ErrorResponse.send(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable: " + PATH + " is offered as "
                    + String.join(", ", MEDIA_TYPES.values()) + " (format=" + String.join("|", MEDIA_TYPES.keySet()) + ")");
            return;
        }
        String format = chosen.get();
        Level level;
        try {
            level = Level.of(levelId);
            if (source != null) data().source(source);
        } catch (UserError e) {
            ErrorResponse.send(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage() + ".");
            return;
        }
        String lang = Languages.choose(req);
        String key = level.id() + "|" + source + "|" + format + "|" + ("html".equals(format) ? lang : "");
        if (HttpCaching.notModified(req, resp, publication, PATH + "|" + key)) return;
        // the report is computed only for a form not rendered yet, not for every request
        byte[] body = rendered.computeIfAbsent(key,
                k -> render(CoverageReport.of(data(), level, Optional.ofNullable(source)), format, lang));
        resp.setContentType(MEDIA_TYPES.get(format) + "; charset=utf-8");
        if ("html".equals(format)) resp.setHeader("Content-Language", lang);
        if ("csv".equals(format)) {
            resp.setHeader("Content-Disposition", "inline; filename=\"coverage-" + level.id() + (source == null ? "" : "-" + source) + ".csv\"");
        }
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) resp.getOutputStream().write(body);
    }

    private static Map<String, String> mediaTypes() {
        Map<String, String> types = new java.util.LinkedHashMap<>();
        types.put("html", "text/html");
        for (CoverageFormat f : CoverageFormat.values()) types.put(f.id(), f.mediaType());
        return java.util.Collections.unmodifiableMap(types);
    }

    private CoverageData data() {
        CoverageData d = data;
        if (d == null) data = d = CoverageData.read(publication.dataset(), publication.iris());
        return d;
    }

    private byte[] render(CoverageReport report, String format, String lang) {
        String text = "html".equals(format)
                ? publication.pages().render(CoveragePage.TEMPLATE, CoveragePage.model(report, lang, publication.iris(), PATH))
                : CoverageFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT)).render(report);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The form the Accept header prefers (the page without a preference); empty when it accepts none of them. */
    private static Optional<String> negotiate(HttpServletRequest req) {
        return MediaTypes.choose(req.getHeader("Accept"), List.copyOf(MEDIA_TYPES.values()))
                .flatMap(type -> MEDIA_TYPES.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey).findFirst());
    }
}
