package be.wallonia.clusterkg.bench;

import be.wallonia.clusterkg.measure.Report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the benchmark's section of {@code docs/benchmarks.md}, between {@code <!-- bench:begin -->} and
 * {@code <!-- bench:end -->} (other sections of the file are left as they are), and the plot beside it.
 */
public final class BenchReport {
    /** The name of this command's section of benchmarks.md. */
    public static final String SECTION = "bench";
    public static final String FILE = "benchmarks.md";
    public static final String PLOT = "benchmarks-scale.svg";

    /** Jena's version, from the Maven metadata the jar keeps (the shaded jar drops Jena's own manifest). */
    static final String JENA_VERSION = jenaVersion();

    private BenchReport() {}

    private static String jenaVersion() {
        try (var in = BenchReport.class.getResourceAsStream("/META-INF/maven/org.apache.jena/jena-arq/pom.properties")) {
            if (in == null) return "unknown";
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * @param serving the serving part's tables ({@link ServingTables}), empty when it did not run
     */
    public static void write(Path docsDir, String command, List<BuildBench.Row> rows, String serving) {
        try {
            Files.createDirectories(docsDir);
            Files.writeString(docsDir.resolve(PLOT), plot(rows));
            Report.writeSection(docsDir.resolve(FILE), SECTION, section(command, rows) + serving);
        } catch (IOException e) {
            throw new UncheckedIOException(docsDir + ": cannot write the benchmark report", e);
        }
    }

    static String section(String command, List<BuildBench.Row> rows) {
        StringBuilder md = new StringBuilder();
        md.append("Written by `").append(command).append("` on ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME)).append(".\n\n");
        md.append(machine()).append('\n');
        md.append("Every figure comes from child processes on this machine in the same run, ours and the stock tools' ")
                .append("alike; when the machine is shared with other work the figures are noisy (load average at the ")
                .append(f("start: %s), so read the ratios rather than the absolute numbers.%n%n", Report.loadAverage()));
        md.append("## Build against Jena's bulk loader\n\n");
        md.append("Each build runs in its own JVM: ours is `build` (assemble, SHACL validation, inference, TDB2, text index, ")
                .append("dumps and their check); Jena's is `tdb2.tdbloader` (jena-cmds ").append(JENA_VERSION)
                .append(") loading the N-Quads dump of the same build into a fresh TDB2 database. Peak memory is the ")
                .append("child's resident high-water mark (VmHWM). The ratio is our quads per second over the loader's ")
                .append("(target at scale 1000: ≥ 0.8).\n\n");
        md.append("| data | quads | build s | build quads/s | build peak MiB | tdbloader s | tdbloader quads/s | tdbloader peak MiB | ratio |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BuildBench.Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %,d | %.1f | %,.0f | %,d | %.2f× |%n", r.name(), r.quads(),
                    r.ours().millis() / 1000.0, r.oursQuadsPerSecond(), r.ours().peakRssKib() / 1024,
                    r.loader().millis() / 1000.0, r.loaderQuadsPerSecond(), r.loader().peakRssKib() / 1024, r.ratio()));
        }
        md.append("\nWhere our build's time goes, stage by stage (seconds, from the build's own report): `import` reads, ")
                .append("validates, entails and bulk-loads the imported files one at a time (the synthetic graph is all ")
                .append("imports); `store` bulk-loads the rest with the derived and inferred graphs; `dump` and `check ")
                .append("dumps` publish the database once built. \"To database\" is the build's wall time without these two, ")
                .append("and its ratio the loader's time over it: the same work as the loader's plus validation, ")
                .append("inference and the text index.\n\n");
        List<String> stages = rows.stream().flatMap(r -> r.stageMillis().keySet().stream()).distinct().toList();
        md.append("| data | ").append(String.join(" | ", stages)).append(" | to database s | ratio to database |\n");
        md.append("|---|").append("---:|".repeat(stages.size() + 2)).append('\n');
        for (BuildBench.Row r : rows) {
            md.append("| ").append(r.name()).append(" | ");
            for (String stage : stages) md.append(f("%.1f", r.stageMillis().getOrDefault(stage, 0L) / 1000.0)).append(" | ");
            md.append(f("%.1f | %.2f× |%n", r.millisToDatabase() / 1000.0, r.ratioToDatabase()));
        }
        md.append("\n![Build time against the number of quads](").append(PLOT).append(")\n\n");
        return md.toString();
    }

    private static String machine() {
        return "Machine: " + Report.machine() + "; Jena " + JENA_VERSION + ".%n".formatted();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String plot(List<BuildBench.Row> rows) {
        List<double[]> ours = new ArrayList<>();
        List<double[]> loader = new ArrayList<>();
        for (BuildBench.Row r : rows) {
            ours.add(new double[] {r.quads(), Math.max(0.01, r.ours().millis() / 1000.0)});
            loader.add(new double[] {r.quads(), Math.max(0.01, r.loader().millis() / 1000.0)});
        }
        return ScalePlot.svg("Build wall time against size", List.of(
                new ScalePlot.Series("clusterkg build", "#1f77b4", ours),
                new ScalePlot.Series("tdb2.tdbloader", "#d62728", loader)));
    }
}
