package be.wallonia.clusterkg.bench;

import java.io.IOException;
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
            throw new BenchException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while running " + command.get(0), e);
        }
    }

    /** Throws, in one line, what failed and the last line of its log, when the process failed. */
    public ChildRun orFail(String what, Path log) {
        if (exitCode == 0) return this;
        throw new BenchException(what + " exited with " + exitCode + ": " + lastLine(log) + " (log " + log + ")");
    }

    static boolean logContains(Path log, String text) {
        try (var lines = Files.lines(log)) {
            return lines.anyMatch(l -> l.contains(text));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /** The last line of a log that is not blank, or a note saying there is none. */
    static String lastLine(Path log) {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> !l.isBlank()).reduce((a, b) -> b).map(String::strip).orElse("(empty log)");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
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
