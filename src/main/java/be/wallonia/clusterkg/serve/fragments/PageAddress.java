package be.wallonia.clusterkg.serve.fragments;

import be.wallonia.clusterkg.vocab.Iris;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where a page of a fragment is. The page's IRI is the request's, query string as sent, and the fragment's is the
 * same without {@code page=}: a client that follows the search form finds the IRI it asked for in the page's
 * metadata (Comunica tells a page's metadata from its data that way), whatever its way of encoding the query.
 *
 * @param fragmentQuery the query string without {@code page=}, raw
 * @param pageQuery     the query string as requested, raw
 */
public record PageAddress(Iris iris, String fragmentQuery, String pageQuery) {
    static final String PAGE = "page";

    /** The address of the page a request asks for, by its raw query string (null for none). */
    public static PageAddress of(Iris iris, String rawQuery) {
        String query = rawQuery == null ? "" : iriSafe(rawQuery);
        String fragment = Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.equals(PAGE) && !p.startsWith(PAGE + "="))
                .collect(Collectors.joining("&"));
        return new PageAddress(iris, fragment, query);
    }

    public String fragment() { return iris.fragments(fragmentQuery); }

    public String self() { return iris.fragments(pageQuery); }

    /** Page n of the fragment: the fragment itself for the first. */
    public String page(long n) {
        return n == 1 ? fragment() : iris.fragments(fragmentQuery + (fragmentQuery.isEmpty() ? "" : "&") + PAGE + "=" + n);
    }

    /** The named graph holding the metadata and controls, as the Linked Data Fragments server names it. */
    public String metadataGraph() { return fragment() + "#metadata"; }

    /**
     * The query string with every character an IRI's query cannot hold percent-encoded (a client may send a quote or
     * a space unencoded), so that the page's IRI can be written in any syntax.
     */
    static String iriSafe(String rawQuery) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = rawQuery.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean escape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if (escape || (b < 0x80 && (Character.isLetterOrDigit(b) || "-._~!$&'()*+,;=:@/?".indexOf(b) >= 0))) {
                out.append((char) b);
            } else {
                out.append('%').append(String.format("%02X", b));
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
