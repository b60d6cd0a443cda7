package be.wallonia.clusterkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One measured child process: its wall time and its peak resident memory, read from {@code /proc/{pid}/status}
 * ({@code VmHWM}, the high-water mark, which only grows) while it runs. Its output goes to a log file.
 *
 * @param exitCode   the process's exit status
 * @param millis     wall time from start to exit
 * @param peakRssKib the last high-water mark read before it exited (0 where /proc is not there)
 */
public record ChildRun(int exitCode, long millis, long peakRssKib) {
    private static final long POLL_MILLIS = 50;

    public static ChildRun run(List<String> command, Path log) {
        try {
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long start = System.nanoTime();
            Path status = Path.of("/proc", Long.toString(p.pid()), "status");
            long peak = 0;
            while (!p.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) peak = Math.max(peak, highWaterMark(status));
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new ChildRun(p.exitValue(), millis, peak);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    /** Throws with the log's last lines when the process failed. */
    public ChildRun orFail(List<String> command, Path log) {
        if (exitCode == 0) return this;
        String tail;
        try {
            List<String> lines = Files.readAllLines(log);
            tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            tail = "(log unreadable: " + e.getMessage() + ")";
        }
        throw new IllegalStateException(String.join(" ", command) + " exited with " + exitCode + "; log " + log + ":\n" + tail);
    }

    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | NumberFormatException e) {
            // the process exited between two reads, or there is no /proc: the last reading stands
        }
        return 0;
    }
}
