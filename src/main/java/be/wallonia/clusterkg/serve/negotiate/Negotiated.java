package be.wallonia.clusterkg.serve.negotiate;

import be.wallonia.clusterkg.format.MediaTypes;

import be.wallonia.clusterkg.serve.http.ErrorResponse;
import be.wallonia.clusterkg.serve.http.HttpCaching;
import be.wallonia.clusterkg.vocab.Iris;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Content negotiation for one document offered in some forms (RDF formats, CSV, JSON, text) and, optionally,
 * as HTML in one or more languages, with the headers that go with it. The document is {@code {base}{path}}; each variant also has
 * its own address, {@code {base}{path}.{extension}} ({@code .ttl}, {@code .rdf}, {@code .jsonld}, {@code .nt},
 * {@code .trig}, {@code .nq}, {@code .html}), which the caller serves with the same handler ({@link #paths()}).
 *
 * <pre>{@code
 * Negotiated doc = Negotiated.of(iris, "doc/pole/biowin", MediaTypes.ALL, List.of("en", "fr"));
 * Optional<Negotiated.Variant> v = doc.negotiate(req, resp);   // empty: 406 already sent
 * if (v.isEmpty() || HttpCaching.notModified(req, resp, publication, v.get().cacheKey())) return;
 * resp.setContentType(v.get().contentType());
 * }</pre>
 *
 * <p>The variant is the one the request path's extension names, else the one {@code ?format=} names
 * ({@code ttl}, {@code rdf}, {@code jsonld}, {@code nt}, {@code trig}, {@code nq}, {@code html}), else the one {@code Accept} prefers
 * (q-values honoured; no header or {@code *}{@code /*}: the first RDF format). For HTML the language is
 * {@code ?lang=} when offered, else the one {@code Accept-Language} prefers, else the first offered.
 * Headers written: {@code Vary} ({@code Accept}, and {@code Accept-Language} on HTML in several languages),
 * {@code Content-Location} (the variant's own address), {@code Content-Language} (HTML),
 * {@code Link: <…>; rel="alternate"; type="…"} for every other variant and
 * {@code Link: <{base}{path}>; rel="canonical"}. A request for nothing offered gets 406 naming what is.
 */
public final class Negotiated {
    /**
     * One variant of the document.
     *
     * @param form the form, or null for HTML
     * @param language the language of an HTML variant, or null for the other forms
     */
    public record Variant(String path, String mediaType, MediaTypes.Form form, String language) {
        public boolean isHtml() { return form == null; }

        /** The RDF format of an RDF variant. */
        public MediaTypes.Rdf rdf() { return (MediaTypes.Rdf) form; }

        public String extension() { return isHtml() ? MediaTypes.HTML_EXTENSION : form.extension(); }

        /** The Content-Type to send (UTF-8). */
        public String contentType() { return mediaType + "; charset=utf-8"; }

        /** A name of this variant for {@link HttpCaching#etag}: path, format and language. */
        public String cacheKey() { return path + "|" + extension() + (language == null ? "" : "|" + language); }
    }

    /** A variant's address other than HTML, for a page's links: "Turtle", "text/turtle", "/ontology.ttl". */
    public record Alternate(String name, String mediaType, String href) {}

    private final String base;
    private final String basePath;
    private final String path;
    private final List<MediaTypes.Form> formats;
    private final List<String> languages;
    private final boolean htmlFirst;

    private Negotiated(String base, String path, List<? extends MediaTypes.Form> formats, List<String> languages, boolean htmlFirst) {
        this.base = base;
        this.basePath = URI.create(base).getRawPath();
        this.path = path;
        this.formats = List.copyOf(formats);
        this.languages = List.copyOf(languages);
        this.htmlFirst = htmlFirst;
    }

    /**
     * A document at {@code {base}{path}}.
     *
     * @param path relative to the base, without a leading slash or an extension: {@code "ontology"}
     * @param formats the forms offered besides HTML (RDF formats, CSV, …), the first being the default
     * @param htmlLanguages the languages HTML is offered in, the first being the default; empty: no HTML
     */
    public static Negotiated of(Iris iris, String path, List<? extends MediaTypes.Form> formats, List<String> htmlLanguages) {
        Objects.requireNonNull(path);
        if (path.startsWith("/")) throw new IllegalArgumentException("the path is relative to the base: " + path);
        if (formats.isEmpty() && htmlLanguages.isEmpty()) throw new IllegalArgumentException("nothing offered");
        return new Negotiated(iris.base(), path, formats, htmlLanguages, false);
    }

    /** The same document, HTML being the default when a request has no preference (pages about things). */
    public Negotiated htmlFirst() {
        if (languages.isEmpty()) throw new IllegalStateException("no HTML offered");
        return new Negotiated(base, path, formats, languages, true);
    }

    /**
     * The variant a request asks for (extension of the request path, then {@code format=}, then Accept), or
     * empty when nothing offered is acceptable. Writes nothing.
     */
    public Optional<Variant> choose(HttpServletRequest req) {
        String requestPath = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        Optional<String> byPath = extensions().stream().filter(ext -> requestPath.equals("/" + path + "." + ext)).findFirst();
        String format = req.getParameter("format");
        Optional<String> mediaType;
        if (byPath.isPresent()) {
            mediaType = Optional.of(mediaTypeOf(byPath.get()));
        } else if (format != null) {
            mediaType = extensions().contains(format) ? Optional.of(mediaTypeOf(format)) : Optional.empty();
        } else {
            mediaType = MediaTypes.choose(req.getHeader("Accept"), mediaTypes());
        }
        return mediaType.map(type -> type.equals(MediaTypes.HTML)
                ? new Variant(path, MediaTypes.HTML, null, Languages.choose(req, languages))
                : new Variant(path, type, formats.stream().filter(f -> f.mediaType().equals(type)).findFirst().orElseThrow(), null));
    }

    /**
     * Chooses the variant for a request, saying in {@code Vary} that the choice depended on {@code Accept}
     * (unless the path's extension named it); when nothing offered is acceptable, sends 406 with the list of what
     * is offered and returns empty. Writes no other header: for a handler that redirects to the variant.
     */
    public Optional<Variant> choose(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String requestPath = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        boolean negotiatedType = extensions().stream().noneMatch(ext -> requestPath.equals("/" + path + "." + ext));
        if (negotiatedType) HttpCaching.vary(resp, "Accept");
        Optional<Variant> variant = choose(req);
        if (variant.isEmpty()) {
            ErrorResponse.send(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable: /" + path
                    + " is offered as " + String.join(", ", mediaTypes()) + " (format=" + String.join("|", extensions()) + ")");
        }
        return variant;
    }

    /** Where a variant is: "/doc/pole/biowin.ttl". */
    public String address(Variant variant) {
        return address(variant.extension());
    }

    /** The document's own address, without extension: "/doc/pole/biowin". */
    public String address() {
        return basePath + path;
    }

    /** The server paths the document answers at: {@code /path} and {@code /path.ext} for each variant. */
    public List<String> paths() {
        List<String> out = new ArrayList<>();
        out.add("/" + path);
        extensions().forEach(ext -> out.add("/" + path + "." + ext));
        return out;
    }

    /** The variants other than HTML, for the links of the HTML page. */
    public List<Alternate> alternates() {
        List<Alternate> out = new ArrayList<>();
        formats.forEach(f -> out.add(new Alternate(f.name(), f.mediaType(), address(f.extension()))));
        return out;
    }

    /**
     * Chooses the variant for a request and writes the headers above; when nothing offered is acceptable,
     * sends 406 with the list of what is offered and returns empty.
     */
    public Optional<Variant> negotiate(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Variant> variant = choose(req, resp);
        if (variant.isEmpty()) return variant;
        Variant chosen = variant.get();
        if (chosen.isHtml()) {
            if (languages.size() > 1) HttpCaching.vary(resp, "Accept-Language");
            resp.setHeader("Content-Language", chosen.language());
        }
        resp.setHeader("Content-Location", address(chosen.extension()));
        List<String> links = new ArrayList<>();
        for (String ext : extensions()) {
            if (ext.equals(chosen.extension())) continue;
            links.add("<" + address(ext) + ">; rel=\"alternate\"; type=\"" + mediaTypeOf(ext) + "\"");
        }
        links.add("<" + base + path + ">; rel=\"canonical\"");
        resp.setHeader("Link", String.join(", ", links));
        return Optional.of(chosen);
    }

    /** The variant's own address, as an absolute path under the base's path ("/ontology.ttl"). */
    private String address(String extension) {
        return basePath + path + "." + extension;
    }

    private List<String> extensions() {
        List<String> out = new ArrayList<>();
        formats.forEach(f -> out.add(f.extension()));
        if (!languages.isEmpty()) out.add(MediaTypes.HTML_EXTENSION);
        return out;
    }

    /** The media types offered, the default first. */
    public List<String> mediaTypes() {
        List<String> out = new ArrayList<>();
        formats.forEach(f -> out.add(f.mediaType()));
        if (!languages.isEmpty()) out.add(htmlFirst ? 0 : out.size(), MediaTypes.HTML);
        return out;
    }

    private String mediaTypeOf(String extension) {
        if (extension.equals(MediaTypes.HTML_EXTENSION)) return MediaTypes.HTML;
        return formats.stream().filter(f -> f.extension().equals(extension)).findFirst().orElseThrow().mediaType();
    }
}
