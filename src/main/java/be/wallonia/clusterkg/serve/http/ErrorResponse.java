package be.wallonia.clusterkg.serve.http;

import be.wallonia.clusterkg.format.MediaTypes;

import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** An error answered as one line of plain text, the way Fuseki answers its own, never a stack trace. */
public final class ErrorResponse {
    private static final String TEXT = "text/plain; charset=utf-8";
    private ErrorResponse() {}

    /** An HTML page for a client that prefers HTML (a browser), else the line of text. */
    public static void send(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse resp, Pages pages, int status,
                     String message) throws IOException {
        boolean html = MediaTypes.choose(req.getHeader("Accept"), java.util.List.of("text/plain", MediaTypes.HTML))
                .filter(MediaTypes.HTML::equals).isPresent();
        if (!html) {
            send(resp, status, message);
            return;
        }
        byte[] body = pages.render("error", java.util.Map.of("base", "/", "lang", "en", "status", status, "message", message))
                .getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    public static void send(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] body = line(message);
        resp.setStatus(status);
        resp.setContentType(TEXT);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The same line, from a handler in front of the servlets (Jetty's core API). */
    public static void send(Response resp, Callback callback, int status, String message) {
        resp.setStatus(status);
        resp.getHeaders().put(HttpHeader.CONTENT_TYPE, TEXT);
        resp.write(true, ByteBuffer.wrap(line(message)), callback);
    }

    private static byte[] line(String message) {
        return (message + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
