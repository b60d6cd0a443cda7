package be.wallonia.clusterkg.serve.pages;

import be.wallonia.clusterkg.error.UserError;

import be.wallonia.clusterkg.format.MediaTypes;

import be.wallonia.clusterkg.serve.http.ErrorResponse;
import be.wallonia.clusterkg.serve.http.HttpCaching;
import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.serve.negotiate.Languages;
import be.wallonia.clusterkg.serve.negotiate.Negotiated;

import be.wallonia.clusterkg.coverage.CoverageData;
import be.wallonia.clusterkg.coverage.CoverageFormat;
import be.wallonia.clusterkg.coverage.CoverageReport;
import be.wallonia.clusterkg.coverage.Level;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /coverage}: the sector coverage report of the build, as a page with its charts, or as CSV, JSON or text
 * ({@code ?format=html|csv|json|txt} or the Accept header); {@code ?level=section|division}, {@code ?source=slug}. Computed once per
 * build and form.
 */
public final class CoverageServlet extends HttpServlet {
    public static final String PATH = "/coverage";

    private final Publication publication;
    /** The report as a document: the page first, then its forms of data. */
    private final Negotiated document;
    private volatile CoverageData data;
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

    public CoverageServlet(Publication publication) {
        this.publication = publication;
        this.document = Negotiated.of(publication.iris(), PATH.substring(1),
                Arrays.stream(CoverageFormat.values()).map(CoverageFormat::form).toList(), Languages.OFFERED).htmlFirst();
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String levelId = Optional.ofNullable(req.getParameter("level")).orElse(Level.SECTION.id());
        String source = Optional.ofNullable(req.getParameter("source")).filter(s -> !s.isBlank()).orElse(null);
        Optional<Negotiated.Variant> chosen = document.choose(req, resp);
        if (chosen.isEmpty()) return;
        Negotiated.Variant variant = chosen.get();
        Level level;
        try {
            level = Level.of(levelId);
            if (source != null) data().source(source);
        } catch (UserError e) {
            ErrorResponse.send(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage() + ".");
            return;
        }
        if (variant.isHtml()) {
            HttpCaching.vary(resp, "Accept-Language");
            resp.setHeader("Content-Language", variant.language());
        }
        String key = level.id() + "|" + source + "|" + variant.cacheKey();
        if (HttpCaching.notModified(req, resp, publication, key)) return;
        // the report is computed only for a form not rendered yet, not for every request
        byte[] body = rendered.computeIfAbsent(key,
                k -> render(CoverageReport.of(data(), level, Optional.ofNullable(source)), variant));
        resp.setContentType(variant.contentType());
        if (variant.form() == MediaTypes.CSV) {
            resp.setHeader("Content-Disposition", "inline; filename=\"coverage-" + level.id() + (source == null ? "" : "-" + source) + ".csv\"");
        }
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) resp.getOutputStream().write(body);
    }

    private CoverageData data() {
        CoverageData d = data;
        if (d == null) data = d = CoverageData.read(publication.dataset(), publication.iris());
        return d;
    }

    private byte[] render(CoverageReport report, Negotiated.Variant variant) {
        String text = variant.isHtml()
                ? publication.pages().render(CoveragePage.TEMPLATE, CoveragePage.model(report, variant.language(), publication.iris(), PATH))
                : Arrays.stream(CoverageFormat.values()).filter(f -> f.form() == variant.form()).findFirst().orElseThrow().render(report);
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
