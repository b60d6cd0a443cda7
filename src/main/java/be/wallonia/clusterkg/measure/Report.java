package be.wallonia.clusterkg.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one writer of {@code docs/benchmarks.md}: each measuring command owns a section between its own two marker
 * comments ({@code <!-- name:begin -->}, {@code <!-- name:end -->}), replaced where it stands or appended, and
 * everything outside it is left as it was; every section names the machine it was measured on.
 */
public final class Report {
    private Report() {}

    /** Writes the section {@code name} of the file, creating the file when absent. */
    public static void writeSection(Path file, String name, String section) throws IOException {
        String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.writeString(file, replaceSection(text, name, section.strip() + "\n"), StandardCharsets.UTF_8);
    }

    /** The document with {@code section} between the markers of {@code name}, where they stand, or appended with them. */
    public static String replaceSection(String document, String name, String section) {
        String begin = begin(name);
        String end = end(name);
        String block = begin + "\n" + section + end;
        int b = document.indexOf(begin);
        int e = document.indexOf(end);
        if (b >= 0 && e > b) return document.substring(0, b) + block + document.substring(e + end.length());
        return document.stripTrailing() + "\n\n" + block + "\n";
    }

    public static String begin(String name) { return "<!-- " + name + ":begin -->"; }

    public static String end(String name) { return "<!-- " + name + ":end -->"; }

    /** The machine the figures were measured on: processors, memory, OS, Java. */
    public static String machine() {
        long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        return String.format(Locale.ROOT, "%d cores (nproc), %.1f GiB memory, %s %s (%s), Java %s (%s)",
                Runtime.getRuntime().availableProcessors(), memory / (1024.0 * 1024 * 1024), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.name"));
    }

    /** The load average when the figures were taken: what else the machine was doing. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
