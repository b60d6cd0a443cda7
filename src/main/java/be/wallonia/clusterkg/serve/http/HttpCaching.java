package be.wallonia.clusterkg.serve.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * HTTP caching tied to the build: everything the server derives from a build is the same until the next
 * build, so its ETag names the build (and the variant) and its Last-Modified is the build's time.
 */
public final class HttpCaching {
    public static final String CACHE_CONTROL = "public, max-age=3600";

    private HttpCaching() {}

    /** A strong ETag for one variant of one build. */
    public static String etag(Publication publication, String variant) {
        return "\"" + publication.buildId() + "-" + Integer.toHexString(variant.hashCode()) + "\"";
    }

    /**
     * Sets ETag, Last-Modified and Cache-Control; answers 304 and returns true when the request's
     * If-None-Match (or, without it, If-Modified-Since) shows the client has this variant already.
     */
    public static boolean notModified(HttpServletRequest req, HttpServletResponse resp, Publication publication,
                                      String variant) {
        String etag = etag(publication, variant);
        Instant lastModified = publication.builtAt().truncatedTo(ChronoUnit.SECONDS);
        resp.setHeader("ETag", etag);
        resp.setHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atOffset(ZoneOffset.UTC)));
        resp.setHeader("Cache-Control", CACHE_CONTROL);
        String ifNoneMatch = req.getHeader("If-None-Match");
        boolean unchanged = ifNoneMatch != null ? matches(ifNoneMatch, etag)
                : notModifiedSince(req.getHeader("If-Modified-Since"), lastModified);
        if (unchanged) resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return unchanged;
    }

    /**
     * Whether an {@code If-None-Match} header names this ETag: {@code *}, or one of its tags by the weak
     * comparison RFC 9110 prescribes for it ({@code W/"x"} matches {@code "x"}).
     */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        if (ifNoneMatch.trim().equals("*")) return true;
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        return java.util.Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t).anyMatch(opaque::equals);
    }

    /**
     * Adds headers to {@code Vary}, keeping those already there (the CORS filter's {@code Origin}): every handler
     * that negotiates says so through here.
     */
    public static void vary(HttpServletResponse resp, String... headers) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        for (String value : resp.getHeaders("Vary")) {
            for (String h : value.split(",")) if (!h.isBlank()) all.add(h.trim());
        }
        all.addAll(java.util.List.of(headers));
        resp.setHeader("Vary", String.join(", ", all));
    }

    private static boolean notModifiedSince(String header, Instant lastModified) {
        if (header == null) return false;
        try {
            Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(header.trim(), Instant::from);
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
