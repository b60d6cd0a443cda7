package be.wallonia.clusterkg.serve.http;

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
public final class MalformedRequestFilter implements Filter {
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
     * not decode arrives as U+FFFD. Such a character is a whole UTF-8 sequence, so the bytes of a run of escapes
     * must be UTF-8 on their own; only a run with a byte past ASCII needs decoding (this runs on every request).
     */
    public static boolean isPercentEncodedUtf8(String query) {
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == 0xFFFD) return false;
            if (c != '%') {
                i++;
                continue;
            }
            int runStart = i;
            boolean ascii = true;
            while (i < query.length() && query.charAt(i) == '%') {
                int b = escapedByte(query, i);
                if (b < 0) return false;
                ascii &= b < 0x80;
                i += 3;
            }
            if (!ascii && !isUtf8(query, runStart, i)) return false;
        }
        return true;
    }

    /** The byte {@code %XX} at {@code i} stands for, or -1 when it is not two hexadecimal digits. */
    private static int escapedByte(String query, int i) {
        if (i + 2 >= query.length()) return -1;
        int high = Character.digit(query.charAt(i + 1), 16);
        int low = Character.digit(query.charAt(i + 2), 16);
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    }

    /** Whether the well-formed escapes between {@code from} and {@code to} stand for UTF-8. */
    private static boolean isUtf8(String query, int from, int to) {
        byte[] bytes = new byte[(to - from) / 3];
        for (int k = 0; k < bytes.length; k++) bytes[k] = (byte) escapedByte(query, from + 3 * k);
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
