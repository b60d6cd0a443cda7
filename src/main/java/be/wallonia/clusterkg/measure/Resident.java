package be.wallonia.clusterkg.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The resident memory of a process over a run, sampled at a fixed period from {@code /proc/{pid}/status} (Linux):
 * what the machine gives the process, heap, metaspace, threads, mapped files and all, which the JVM's own heap
 * figures leave out.
 */
public final class Resident {
    /** One sample: seconds since the watch began, resident KiB. */
    public record Sample(double seconds, long kib) {}

    private final long pid;
    private final long startNanos = System.nanoTime();
    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "resident-memory-" + r.hashCode());
        t.setDaemon(true);
        return t;
    });

    private Resident(long pid) {
        this.pid = pid;
    }

    /** Samples the process now and then every period, until stopped. */
    public static Resident watch(long pid, Duration every) {
        Resident r = new Resident(pid);
        r.clock.scheduleAtFixedRate(r::sample, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return r;
    }

    private void sample() {
        kib(pid).ifPresent(kib -> samples.add(new Sample((System.nanoTime() - startNanos) / 1e9, kib)));
    }

    /** Takes a last sample and returns them all, in order. */
    public List<Sample> stop() {
        clock.shutdownNow();
        sample();
        return List.copyOf(samples);
    }

    /** The resident memory of a process, if it runs here and the system tells. */
    private static Optional<Long> kib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) return Optional.of(Long.parseLong(line.replaceAll("\\D", "")));
            }
        } catch (IOException | NumberFormatException e) {
            // no such process, or not Linux: nothing to sample
        }
        return Optional.empty();
    }
}
