package be.wallonia.clusterkg.serve;

import be.wallonia.clusterkg.error.UserError;

import be.wallonia.clusterkg.serve.http.ErrorResponse;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * {@code POST /admin/reload}: rebuilds the graph and serves the new build, for the administrator only (HTTP
 * Basic, user {@value #USER}, the password of the admin password file). 200 with the new build's id; 409 with
 * the reason when the rebuild failed (the previous build still serving) or another reload is running.
 */
final class ReloadServlet extends HttpServlet {
    static final String PATH = "/admin/reload";
    static final String USER = "admin";
    private final GraphServer server;
    private final byte[] expected;

    ReloadServlet(GraphServer server, Path passwordFile) {
        this.server = server;
        this.expected = ("Basic " + Base64.getEncoder().encodeToString(
                (USER + ":" + password(passwordFile)).getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
    }

    /** The first line of the file, without surrounding blanks. */
    static String password(Path file) {
        try {
            String password = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            if (password.isEmpty()) throw new UserError("the admin password file " + file + " is empty");
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the admin password file " + file, e);
        }
    }

    @Override protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String given = req.getHeader("Authorization");
        // compared in constant time, so the time to refuse tells nothing about the password
        if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"clusterkg admin\", charset=\"UTF-8\"");
            ErrorResponse.send(resp, HttpServletResponse.SC_UNAUTHORIZED, "The reload is for the administrator.");
            return;
        }
        if (!"POST".equals(req.getMethod())) {
            resp.setHeader("Allow", "POST");
            ErrorResponse.send(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "POST to reload.");
            return;
        }
        try {
            GraphServer.Reloaded reloaded = server.reload();
            ErrorResponse.send(resp, HttpServletResponse.SC_OK, "Reloaded: now serving build " + reloaded.buildId()
                    + " (" + reloaded.buildDir().getFileName() + "), rebuilt in " + reloaded.millis() + " ms.");
        } catch (Rebuild.ReloadException e) {
            ErrorResponse.send(resp, HttpServletResponse.SC_CONFLICT, "Not reloaded, still serving build "
                    + server.buildId() + ": " + e.getMessage());
        }
    }
}
