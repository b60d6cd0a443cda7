package be.wallonia.clusterkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Test fixture: HTTP/1.1 over a plain socket, for requests no HTTP client sends (invalid bytes, bad escapes,
 * unknown methods, huge headers): the request is written as given, the answer read to the end.
 */
public final class RawHttp {
    private RawHttp() {}

    /** An answer: its status (0 when the server closed without one), head and body (de-chunked). */
    public record Answer(int status, String head, String body) {
        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) return line.substring(colon + 1).trim();
            }
            return null;
        }
    }

    /** A request of a method, a raw target (sent byte for byte as ISO-8859-1) and extra header lines. */
    public static Answer send(int port, String method, String target, String... headerLines) throws IOException {
        return sendFrom(InetAddress.getLoopbackAddress(), port, method, target, headerLines);
    }

    /** The same from another local address (any of 127.0.0.0/8 is this machine): another client, to the server. */
    public static Answer sendFrom(InetAddress from, int port, String method, String target, String... headerLines) throws IOException {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
        for (String h : headerLines) head.append(h).append("\r\n");
        head.append("Connection: close\r\n\r\n");
        return exchange(from, port, head.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Writes the bytes, reads the whole answer (the request asks the server to close). */
    public static Answer exchange(int port, byte[] request) throws IOException {
        return exchange(InetAddress.getLoopbackAddress(), port, request);
    }

    private static Answer exchange(InetAddress from, int port, byte[] request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, from, 0)) {
            socket.setSoTimeout(30_000);
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            } catch (IOException e) {
                // the server may answer and close before reading all of a request it refuses
            }
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) out.write(buffer, 0, n);
        } catch (java.net.SocketException e) {
            // a reset after the answer: what was read is the answer
        }
        return out.toByteArray();
    }

    private static Answer parse(byte[] bytes) {
        String all = new String(bytes, StandardCharsets.UTF_8);
        int end = all.indexOf("\r\n\r\n");
        if (!all.startsWith("HTTP/") || end < 0) return new Answer(0, all, "");
        String head = all.substring(0, end);
        String body = all.substring(end + 4);
        int status = Integer.parseInt(head.substring(9, 12));
        Answer answer = new Answer(status, head, body);
        String coding = answer.header("Transfer-Encoding");
        return coding != null && coding.toLowerCase(Locale.ROOT).contains("chunked")
                ? new Answer(status, head, dechunk(body)) : answer;
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int eol = chunked.indexOf("\r\n", at);
            if (eol < 0) break;
            int size = Integer.parseInt(chunked.substring(at, eol).split(";")[0].trim(), 16);
            if (size == 0) break;
            int start = eol + 2;
            // sizes count bytes; the bodies here are ASCII or short enough that a character overrun only truncates
            out.append(chunked, start, Math.min(chunked.length(), start + size));
            at = start + size + 2;
        }
        return out.toString();
    }
}
