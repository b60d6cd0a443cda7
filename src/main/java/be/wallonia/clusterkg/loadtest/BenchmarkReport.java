package be.wallonia.clusterkg.loadtest;

import be.wallonia.clusterkg.bench.BenchReport;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a section of docs/benchmarks.md between its own two marker comments, creating them (and the file)
 * when absent, and leaving everything outside them as it was.
 */
public final class BenchmarkReport {
    static final String BEGIN = "<!-- loadtest:begin -->";
    static final String END = "<!-- loadtest:end -->";

    private BenchmarkReport() {}

    public static void write(Path file, String section) throws IOException {
        String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.writeString(file, BenchReport.replaceSection(text, BEGIN, END, section.strip() + "\n"), StandardCharsets.UTF_8);
    }

    /** The machine the figures were measured on: cores, memory, OS, Java. */
    public static String machine() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        return String.format(java.util.Locale.ROOT, "%d cores (nproc), %.1f GiB memory, %s %s (%s), Java %s (%s %s)",
                Runtime.getRuntime().availableProcessors(), memory / (1024.0 * 1024 * 1024), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.name"), System.getProperty("java.vm.vendor"));
    }
}
