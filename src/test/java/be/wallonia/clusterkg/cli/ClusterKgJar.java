package be.wallonia.clusterkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test fixture: the packaged jar, run as a separate process, as a user runs it. */
public final class ClusterKgJar {
    public static final Path JAR = Path.of("target", "clusterkg.jar");

    private ClusterKgJar() {}

    public static Process start(Path log, String... args) throws IOException {
        if (!Files.isRegularFile(JAR)) throw new IllegalStateException(JAR + " is missing: run mvn package first");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Runs the jar to completion; returns its exit status. */
    public static int run(Path log, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        Process p = start(log, args);
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("clusterkg " + String.join(" ", args) + " did not finish in " + timeoutSeconds + " s");
        }
        return p.exitValue();
    }
}
