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
 *
 * <p>A child does not outlive this process: the JVM's shutdown stops it, and a clusterkg child started here watches
 * this process and ends when it does, however it ended ({@code kill -9} runs no shutdown hook). An orphan would go on
 * writing beside whatever replaces its parent.
 */
public final class ChildProcess implements AutoCloseable {
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    /** Short, as the JVM is ending: systemd, say, waits 90 s for the whole stop before it kills. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(3);
    /** The environment variable that tells a child the id of the process whose end ends it. */
    static final String PARENT_PID = "CLUSTERKG_PARENT_PID";
    /**
     * How often a child looks whether its parent runs: polled, as {@code onExit()} of a process that is not one's
     * own child is itself a poll whose period grows to seconds.
     */
    private static final Duration PARENT_POLL = Duration.ofMillis(200);
    /** A child's exit status when its parent ended first. */
    static final int ORPHANED = 3;

    private final Process process;
    private final Path log;
    private final Thread stopAtShutdown;

    private ChildProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.stopAtShutdown = new Thread(() -> stop(SHUTDOWN_GRACE), "stop child " + process.pid());
        Runtime.getRuntime().addShutdownHook(stopAtShutdown);
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
        builder.environment().put(PARENT_PID, Long.toString(ProcessHandle.current().pid()));
        if (workingDir != null) builder.directory(workingDir.toFile());
        return new ChildProcess(builder.start(), log);
    }

    /**
     * In a process started by {@link #start}: ends it at once, with status {@value #ORPHANED} and nothing run on the
     * way out, when the process that started it ends. What it was writing stays as it was, partial, for the next
     * writer to remove. A process started otherwise (from a shell, say) is left as it is.
     */
    public static void endWithParent() {
        String pid = System.getenv(PARENT_PID);
        if (pid == null) return;
        long parentPid = Long.parseLong(pid);
        if (!startedBy(parentPid)) orphaned(parentPid);
        Thread watch = new Thread(() -> {
            try {
                while (startedBy(parentPid)) Thread.sleep(PARENT_POLL.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            orphaned(parentPid);
        }, "end with process " + parentPid);
        watch.setDaemon(true);
        watch.start();
    }

    /**
     * Whether the process is still this one's parent: the kernel gives an orphan another parent the moment its own
     * dies, reaped or not (a dead parent nobody reaped still looks alive by its id). {@link #start} runs the
     * command itself, never through a wrapper that would stand between the two.
     */
    private static boolean startedBy(long parentPid) {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == parentPid;
    }

    private static void orphaned(long parentPid) {
        System.err.println("clusterkg: process " + parentPid + ", which started this one, has ended; so does this one");
        System.err.flush();
        Runtime.getRuntime().halt(ORPHANED);
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
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) return Optional.empty();
        forgetAtShutdown();
        return Optional.of(process.exitValue());
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
        stop(STOP_GRACE);
        forgetAtShutdown();
    }

    private void stop(Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void forgetAtShutdown() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtShutdown);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it stops a child that has ended already, which costs nothing
        }
    }
}
