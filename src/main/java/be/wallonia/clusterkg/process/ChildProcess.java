package be.wallonia.clusterkg.process;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The one launcher of child processes: the server's rebuilds, the benchmarks' builds, stock tools and servers. A
 * child's output goes to a log file; a JVM child runs this JVM's own {@code java}, found one way, with a main class
 * named by reference, so that a renamed class cannot leave a launcher behind.
 */
public final class ChildProcess implements AutoCloseable {
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final Process process;
    private final Path log;

    private ChildProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** The {@code java} of the running JVM, for every JVM child. */
    public static Path javaBinary() {
        return ProcessHandle.current().info().command().map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    /** The command that runs {@code main} in a new JVM on this JVM's class path. */
    public static List<String> java(List<String> jvmOptions, Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary().toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        return command;
    }

    /** Starts a command in a directory (null: this one's), its output and errors to the log. */
    public static ChildProcess start(List<String> command, Path workingDir, Path log) throws IOException {
        if (log.getParent() != null) Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (workingDir != null) builder.directory(workingDir.toFile());
        return new ChildProcess(builder.start(), log);
    }

    /** A port nothing listens on now, on the loopback interface. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port: " + e.getMessage(), e);
        }
    }

    /** Its exit status, once it has ended within the limit; empty if it still runs. */
    public Optional<Integer> waitFor(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue()) : Optional.empty();
    }

    public boolean isAlive() { return process.isAlive(); }

    public int exitValue() { return process.exitValue(); }

    public long pid() { return process.pid(); }

    public Path log() { return log; }

    /** The last line of a child's log that is not blank, or a note saying there is none. */
    public static String lastLine(Path log) {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> !l.isBlank()).reduce((a, b) -> b).map(String::strip).orElse("(empty log)");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Asks it to stop (SIGTERM), then kills it if it has not stopped within ten seconds. */
    @Override public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
