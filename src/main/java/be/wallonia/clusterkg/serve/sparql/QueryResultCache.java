package be.wallonia.clusterkg.serve.sparql;

import be.wallonia.clusterkg.serve.http.HttpCaching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.util.Fields;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reuses SPARQL query results until the next build. The graph changes only at a build, so the answer to a request
 * is a function of the build and the request: the key is the build id plus the request as sent (the query text, the
 * sorted default and named graph IRIs, the path, the Accept header and the format parameters). The query is not
 * parsed here: Fuseki parses it once, and a query that is never asked again (the usual case on a public endpoint)
 * should cost the cache no more than a lookup. So the same query written with other spacing is another entry.
 * An answer is sent with a strong ETag derived from that key, so a client that has it gets 304 without
 * the query running. Only 200 answers of GET and form POST requests are kept, none larger than a bound, in an LRU
 * bounded in bytes (Caffeine); a query that names NOW(), RAND(), UUID(), STRUUID() or BNODE() is never reused.
 * A server switched to another build looks up other keys, so nothing of the old build is served.
 */
public final class QueryResultCache implements Filter {
    /** What an entry costs beyond its bytes (key, headers, the map's node), so that the byte bound also bounds the count. */
    static final int ENTRY_OVERHEAD = 512;
    /** The SPARQL functions whose value changes at each call. */
    private static final List<String> VOLATILE = List.of("NOW", "RAND", "UUID", "STRUUID", "BNODE");
    private static final int LONGEST_VOLATILE = 7;

    private record Answer(String contentType, String vary, byte[] body) {}

    private final Function<ServletRequest, String> buildId;
    private final long maxEntryBytes;
    private final Cache<String, Answer> answers;

    /**
     * @param buildId       the id of the build a request is answered from, read at every request (a reload changes it)
     * @param maxBytes      the bound of the whole cache, in bytes
     * @param maxEntryBytes answers larger than this are streamed and not kept
     */
    public QueryResultCache(Function<ServletRequest, String> buildId, long maxBytes, long maxEntryBytes) {
        if (maxBytes <= 0 || maxEntryBytes <= 0 || maxEntryBytes > maxBytes) {
            throw new IllegalArgumentException("a query cache needs 0 < largest answer ≤ total bytes; got "
                    + maxEntryBytes + " and " + maxBytes);
        }
        this.buildId = Objects.requireNonNull(buildId);
        this.maxEntryBytes = maxEntryBytes;
        this.answers = Caffeine.newBuilder().maximumWeight(maxBytes)
                .<String, Answer>weigher((k, a) -> (int) Math.min(Integer.MAX_VALUE, a.body().length + k.length() + ENTRY_OVERHEAD))
                .build();
    }

    @Override public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String key = key(Asked.of(req));
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        String build = buildId.apply(request);
        String etag = etag(build, key);
        String fullKey = entry(build, key);
        if (HttpCaching.matches(req.getHeader("If-None-Match"), etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            resp.setHeader("ETag", etag);
            return;
        }
        Answer cached = answers.getIfPresent(fullKey);
        if (cached != null) {
            send(resp, cached, etag, "hit");
            return;
        }
        Capture capture = new Capture(resp, maxEntryBytes);
        chain.doFilter(request, capture);
        if (capture.kept() && resp.getStatus() == HttpServletResponse.SC_OK) {
            Answer answer = new Answer(resp.getContentType(), resp.getHeader("Vary"), capture.body());
            answers.put(fullKey, answer);
            send(resp, answer, etag, "miss");
        } else {
            capture.release();
        }
    }

    private static void send(HttpServletResponse resp, Answer a, String etag, String outcome) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        if (a.contentType() != null) resp.setContentType(a.contentType());
        if (a.vary() != null) resp.setHeader("Vary", a.vary());
        resp.setHeader("ETag", etag);
        resp.setHeader("X-Query-Cache", outcome);
        resp.setContentLength(a.body().length);
        resp.getOutputStream().write(a.body());
    }

    /**
     * Whether the answer to a request is at hand now, in the cache or in the client's own cache, so that it runs
     * no query; read by the admission in front of the servlets, from Jetty's core request.
     */
    public boolean holds(org.eclipse.jetty.server.Request request, String build) {
        String key = key(Asked.of(request));
        if (key == null) return false;
        // the ETag costs a digest: computed only for a client that says what it holds
        String held = request.getHeaders().get("If-None-Match");
        return held != null && HttpCaching.matches(held, etag(build, key)) || answers.getIfPresent(entry(build, key)) != null;
    }

    /** An answer's entry: the build's, as a server switched to another build must look up other keys. */
    private static String entry(String build, String key) {
        return build + "\n" + key;
    }

    private static String etag(String build, String key) {
        return "\"" + build + "-q" + digest(key) + "\"";
    }

    /** The request as it matters to its answer, or null when it is not a query this cache may answer. */
    static String key(Asked req) {
        boolean get = "GET".equals(req.method());
        boolean form = "POST".equals(req.method()) && req.contentType() != null
                && req.contentType().toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        List<String> texts = get || form ? req.values("query") : List.of();
        String text = texts.isEmpty() ? null : texts.get(0);
        if (text == null || !reusable(text)) return null;
        List<String> parts = new ArrayList<>(List.of(req.path(), text));
        for (String graphs : List.of("default-graph-uri", "named-graph-uri")) {
            List<String> sorted = req.values(graphs).stream().sorted().toList();
            parts.add(Integer.toString(sorted.size()));
            parts.addAll(sorted);
        }
        parts.add(req.header("Accept"));
        for (String format : List.of("format", "output")) parts.add(req.values(format).stream().findFirst().orElse(null));
        return unambiguous(parts);
    }

    /** What of a request its answer depends on, read alike from a servlet request and from Jetty's core request. */
    record Asked(String method, String contentType, String path, Function<String, List<String>> parameter,
                 Function<String, String> headers) {
        List<String> values(String name) {
            List<String> values = parameter.apply(name);
            return values == null ? List.of() : values;
        }

        String header(String name) { return headers.apply(name); }

        static Asked of(HttpServletRequest req) {
            return new Asked(req.getMethod(), req.getContentType(), req.getRequestURI(), name -> {
                String[] values = req.getParameterValues(name);
                return values == null ? null : Arrays.asList(values);
            }, req::getHeader);
        }

        /** The form fields are there when the body was read first ({@link QueryAdmission}); else only the URL's. */
        static Asked of(org.eclipse.jetty.server.Request req) {
            Fields fields = parameters(req);
            return new Asked(req.getMethod(), req.getHeaders().get(HttpHeader.CONTENT_TYPE), req.getHttpURI().getPath(),
                    fields::getValues, name -> req.getHeaders().get(name));
        }

        private static Fields parameters(org.eclipse.jetty.server.Request req) {
            Fields query = org.eclipse.jetty.server.Request.extractQueryParameters(req);
            Fields form = FormFields.get(req).getNow(null);
            return form == null ? query : Fields.combine(query, form);
        }
    }

    /**
     * Whether the answer to a query text may be reused: not when it calls a function whose value changes at each
     * call, that is when such a name (in any case) stands before an opening bracket, spaces between. Read on the
     * text as sent, so a call in a comment or a string also counts, which only means an answer not kept. It runs on
     * every query, so it looks only at the words before the brackets, not at every position of the text.
     */
    public static boolean reusable(String queryText) {
        for (int open = queryText.indexOf('('); open >= 0; open = queryText.indexOf('(', open + 1)) {
            int end = open;
            while (end > 0 && Character.isWhitespace(queryText.charAt(end - 1))) end--;
            int start = end;
            while (start > 0 && end - start <= LONGEST_VOLATILE && Character.isLetter(queryText.charAt(start - 1))) start--;
            for (String name : VOLATILE) {
                if (name.length() == end - start && queryText.regionMatches(true, start, name, 0, name.length())) return false;
            }
        }
        return true;
    }

    /**
     * The parts, each after its length ({@code -} for none): a query text may hold any character, so parts merely
     * joined could make one request's key out of another's, and one client's answer would be served to the other.
     */
    public static String unambiguous(List<String> parts) {
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            if (part == null) key.append('-');
            else key.append(part.length()).append(':').append(part);
        }
        return key.toString();
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Holds the answer in memory while it fits the bound; past it, writes what it holds to the client and streams
     * the rest, and the answer is not kept.
     */
    private static final class Capture extends HttpServletResponseWrapper {
        private final long limit;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private OutputStream target = buffer;
        private boolean overflowed;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletResponse resp, long limit) {
            super(resp);
            this.limit = limit;
        }

        boolean kept() { flushWriter(); return !overflowed; }

        byte[] body() { return buffer.toByteArray(); }

        /** Sends what was held to the client, as it was written. */
        void release() throws IOException {
            flushWriter();
            if (!overflowed && buffer.size() > 0) getResponse().getOutputStream().write(buffer.toByteArray());
        }

        private void flushWriter() { if (writer != null) writer.flush(); }

        private void write(byte[] b, int off, int len) throws IOException {
            if (!overflowed && buffer.size() + len > limit) {
                overflowed = true;
                target = getResponse().getOutputStream();
                target.write(buffer.toByteArray());
            }
            target.write(b, off, len);
        }

        @Override public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override public void write(int b) throws IOException { Capture.this.write(new byte[] {(byte) b}, 0, 1); }
                    @Override public void write(byte[] b, int off, int len) throws IOException { Capture.this.write(b, off, len); }
                    @Override public boolean isReady() { return true; }
                    @Override public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("the query cache captures answers synchronously");
                    }
                };
            }
            return stream;
        }

        @Override public PrintWriter getWriter() {
            if (writer == null) {
                String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.forName(charset)));
            }
            return writer;
        }

        @Override public void flushBuffer() throws IOException { if (overflowed) super.flushBuffer(); }

        @Override public void setContentLength(int len) { if (overflowed) super.setContentLength(len); }

        @Override public void setContentLengthLong(long len) { if (overflowed) super.setContentLengthLong(len); }
    }
}
