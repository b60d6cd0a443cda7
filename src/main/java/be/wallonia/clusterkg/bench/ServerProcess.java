package be.wallonia.clusterkg.bench;

import be.wallonia.clusterkg.process.ChildProcess;

import be.wallonia.clusterkg.measure.Load;
import be.wallonia.clusterkg.measure.Target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server run as a child process for a benchmark, on 127.0.0.1 and a free port: started, polled until a
 * request is answered (the time that takes is its startup time), stopped by {@link #close()}. Its output goes
 * to a log file.
 */
public final class ServerProcess implements AutoCloseable {
    private static final long POLL_MILLIS = 20;
    private static final Pattern HEAP_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private final String name;
    private final ChildProcess process;
    private final Path log;
    private final String url;
    private final long startupMillis;

    private ServerProcess(String name, ChildProcess process, Path log, String url, long startupMillis) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.url = url;
        this.startupMillis = startupMillis;
    }


    /**
     * Starts a server and waits until {@code probe} (a path under {@code url}) answers 200.
     *
     * @param url the server's root, {@code http://127.0.0.1:{port}/}
     */
    public static ServerProcess start(String name, List<String> command, Path workingDir, Path log, String url,
                                      String probe, long timeoutSeconds) {
        ChildProcess p;
        long start = System.nanoTime();
        try {
            p = ChildProcess.start(command, workingDir, log);
        } catch (IOException e) {
            throw new BenchException(name + ": cannot start " + command.get(0) + " (" + e.getMessage() + ")", e);
        }
        ServerProcess server = new ServerProcess(name, p, log, url, 0);
        Target request = Target.get(url + probe, "*/*");
        long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new BenchException(name + " exited with " + p.exitValue() + " before answering; "
                        + ChildProcess.lastLine(log) + " (log " + log + ")");
            }
            if (Load.send(request).status() == 200) {
                return new ServerProcess(name, p, log, url, (System.nanoTime() - start) / 1_000_000);
            }
            sleep();
        }
        server.close();
        throw new BenchException(name + " did not answer " + url + probe + " within " + timeoutSeconds + " s (log " + log + ")");
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while waiting for a server");
        }
    }

    public String url() { return url; }

    /** From launching the process to its first answered request. */
    public long startupMillis() { return startupMillis; }

    /**
     * The Java heap after a full collection (what stays live after startup) and the heap the JVM holds, in KiB,
     * through {@code jcmd}; empty when the child is not a JVM or jcmd is not there.
     */
    public Optional<long[]> heapAfterGcKib(Path javaBinary) {
        Path jcmd = javaBinary.resolveSibling("jcmd");
        if (!Files.isExecutable(jcmd)) return Optional.empty();
        String pid = Long.toString(process.pid());
        try {
            run(List.of(jcmd.toString(), pid, "GC.run"));
            Matcher m = HEAP_USED.matcher(run(List.of(jcmd.toString(), pid, "GC.heap_info")));
            return m.find() ? Optional.of(new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(1))}) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Asks the server to stop (SIGTERM), then kills it if it has not stopped within ten seconds. */
    @Override public void close() {
        process.close();
    }

    @Override public String toString() { return name + " at " + url + " (log " + log + ")"; }
}
