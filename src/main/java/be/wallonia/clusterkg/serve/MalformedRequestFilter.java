package be.wallonia.clusterkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * First in front of everything: requests no handler should have to guess at.
 * <ul>
 *   <li>A method this server does not know (TRACE included, which would echo credentials back) gets 405 with
 *       {@code Allow}, rather than the servlet default of 501, which says the server is at fault.</li>
 *   <li>A query string that is not percent-encoded UTF-8 gets 400, whichever handler would have read it (or
 *       ignored it): Jetty checks the path, this checks the parameters.</li>
 * </ul>
 */
final class MalformedRequestFilter implements Filter {
    static final Set<String> KNOWN = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    private static final String ALLOW = "GET, HEAD, POST, OPTIONS";

    @Override public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (!KNOWN.contains(req.getMethod())) {
            resp.setHeader("Allow", ALLOW);
            // without it Jetty keeps a refused CONNECT's connection open, as for a tunnel, until the idle timeout
            resp.setHeader("Connection", "close");
            ErrorResponse.send(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "Method not allowed here; this server answers " + ALLOW + ".");
            return;
        }
        String query = req.getQueryString();
        if (query != null && !isPercentEncodedUtf8(query)) {
            ErrorResponse.send(resp, HttpServletResponse.SC_BAD_REQUEST,
                    "The query string is not valid: a '%' must be followed by two hexadecimal digits, and the bytes "
                    + "they encode must be UTF-8.");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the query string's escapes are well formed and the bytes they stand for are UTF-8. Characters that
     * came unescaped (curl sends typed accents as they are) were decoded as UTF-8 by Jetty already; one it could
     * not decode arrives as U+FFFD.
     */
    static boolean isPercentEncodedUtf8(String query) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); ) {
            int c = query.codePointAt(i);
            if (c == 0xFFFD) return false;
            if (c != '%') {
                bytes.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
                continue;
            }
            if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
                    || Character.digit(query.charAt(i + 2), 16) < 0) return false;
            bytes.write(Integer.parseInt(query.substring(i + 1, i + 3), 16));
            i += 3;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
