package be.wallonia.clusterkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What a build remembers of itself ({@code build.properties}): the base its IRIs were minted under and a
 * fingerprint of its inputs. A database of another base, or older than its inputs, is rebuilt.
 */
public record BuildStamp(String base, String inputsFingerprint, String builtAt) {
    public static final String FILE = "build.properties";

    public void write(Path buildDir) {
        Properties p = new Properties();
        p.setProperty("base", base);
        p.setProperty("inputs.sha256", inputsFingerprint);
        p.setProperty("built.at", builtAt);
        try (OutputStream out = Files.newOutputStream(buildDir.resolve(FILE))) {
            p.store(out, "Wallonia clusters knowledge graph: build stamp");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path programJar() {
        try {
            Path location = Path.of(BuildStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? location : null;
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    public static Optional<BuildStamp> read(Path buildDir) {
        Path file = buildDir.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new BuildStamp(p.getProperty("base", ""), p.getProperty("inputs.sha256", ""),
                p.getProperty("built.at", "")));
    }

    /**
     * SHA-256 over the inputs' paths and contents, in order, and over the packaged program's size and modification
     * time when it runs from a jar: a new version of the program rebuilds the graph (building is cheap; a stale
     * index is not). The jar itself is not hashed: reading its 50 MB took a good part of serve's startup, and any
     * new package of it has a new modification time.
     */
    public static String fingerprint(List<Path> inputs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            Path program = programJar();
            if (program != null) {
                md.update((Files.size(program) + " " + Files.getLastModifiedTime(program).toMillis())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            for (Path p : inputs) {
                md.update(p.toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(p));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
