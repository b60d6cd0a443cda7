package be.wallonia.clusterkg.serve.negotiate;

import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Locale;

/** The language of a page: {@code ?lang=} when given, else the preferred of English and French in Accept-Language. */
public final class Languages {
    public static final List<String> OFFERED = List.of("en", "fr");

    private Languages() {}

    public static String choose(HttpServletRequest req) {
        return choose(req, OFFERED);
    }

    /** The offered language {@code ?lang=} names, else the one Accept-Language prefers, else the first offered. */
    public static String choose(HttpServletRequest req, List<String> offered) {
        String asked = req.getParameter("lang");
        if (asked != null && offered.contains(asked)) return asked;
        String header = req.getHeader("Accept-Language");
        if (header == null || header.isBlank() || header.length() > 1000) return offered.get(0);
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(header), offered);
            return best == null ? offered.get(0) : best;
        } catch (IllegalArgumentException malformed) {
            return offered.get(0);
        }
    }
}
