package be.wallonia.clusterkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The practical ceiling for serving a page: Debian's nginx serving the same bytes from files, started as a child
 * with its own configuration in a scratch directory (no root, no system paths), on 127.0.0.1 and a free port.
 */
final class StaticServer {
    static final Path NGINX = Path.of("/usr/sbin/nginx");

    private StaticServer() {}

    /** Whether nginx is installed here; without it the benchmark leaves its column out and says so. */
    static boolean available() {
        return Files.isExecutable(NGINX);
    }

    /**
     * Starts nginx serving {@code files} (name → bytes; {@code .html} as text/html, {@code .ttl} as text/turtle).
     * Empty when nginx is not installed.
     */
    static Optional<ServerProcess> start(Path scratch, Map<String, byte[]> files, int port) {
        if (!available()) return Optional.empty();
        // nginx reads a relative -c against its -p prefix, not against its working directory
        Path dir = scratch.toAbsolutePath();
        try {
            Path root = Files.createDirectories(dir.resolve("www"));
            Files.createDirectories(dir.resolve("temp"));
            for (Map.Entry<String, byte[]> f : files.entrySet()) Files.write(root.resolve(f.getKey()), f.getValue());
            Path conf = dir.resolve("nginx.conf");
            Files.writeString(conf, config(dir, root, port));
            List<String> command = List.of(NGINX.toString(), "-p", dir.toString(), "-e", dir.resolve("error.log").toString(),
                    "-c", conf.toString());
            String url = "http://127.0.0.1:" + port + "/";
            return Optional.of(ServerProcess.start("nginx", command, dir, dir.resolve("nginx.log"), url,
                    files.keySet().iterator().next(), 30));
        } catch (IOException e) {
            throw new BenchException(dir + ": cannot prepare nginx's files (" + e.getMessage() + ")", e);
        }
    }

    private static String config(Path dir, Path root, int port) {
        String temp = dir.resolve("temp").toString();
        return String.join("\n",
                "daemon off;",
                // run as root, nginx's workers would switch to nobody, who cannot read a private scratch directory
                "user " + System.getProperty("user.name") + ";",
                "worker_processes auto;",
                "pid " + dir.resolve("nginx.pid") + ";",
                "error_log " + dir.resolve("error.log") + " warn;",
                "events { worker_connections 1024; }",
                "http {",
                "  access_log off;",
                "  types { text/html html; text/turtle ttl; }",
                "  default_type application/octet-stream;",
                "  client_body_temp_path " + temp + "; proxy_temp_path " + temp + "; fastcgi_temp_path " + temp + ";",
                "  uwsgi_temp_path " + temp + "; scgi_temp_path " + temp + ";",
                "  server { listen 127.0.0.1:" + port + "; root " + root + "; }",
                "}", "");
    }
}
