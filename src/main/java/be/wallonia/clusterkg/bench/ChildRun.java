package be.wallonia.clusterkg.bench;

import java.util.Optional;

import be.wallonia.clusterkg.process.ChildProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One measured child process: its wall time and its peak resident memory, read from {@code /proc/{pid}/status}
 * ({@code VmHWM}, the high-water mark, which only grows) while it runs. Its output goes to a log file.
 *
 * @param exitCode   the process's exit status
 * @param millis     wall time from start to exit
 * @param peakRssKib the last high-water mark read before it exited (0 where /proc is not there)
 */
public record ChildRun(int exitCode, long millis, long peakRssKib) {
    private static final java.time.Duration POLL = java.time.Duration.ofMillis(50);

    public static ChildRun run(List<String> command, Path log) {
        try {
            ChildProcess p = ChildProcess.start(command, null, log);
            long start = System.nanoTime();
            Path status = Path.of("/proc", Long.toString(p.pid()), "status");
            long peak = 0;
            Optional<Integer> exit;
            while ((exit = p.waitFor(POLL)).isEmpty()) peak = Math.max(peak, highWaterMark(status));
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new ChildRun(exit.get(), millis, peak);
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
        throw new BenchException(what + " exited with " + exitCode + ": " + ChildProcess.lastLine(log) + " (log " + log + ")");
    }

    static boolean logContains(Path log, String text) {
        try (var lines = Files.lines(log)) {
            return lines.anyMatch(l -> l.contains(text));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
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
