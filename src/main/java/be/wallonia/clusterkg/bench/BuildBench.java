package be.wallonia.clusterkg.bench;

import be.wallonia.clusterkg.pipeline.BuildReport;
import be.wallonia.clusterkg.pipeline.GraphBuild;

import be.wallonia.clusterkg.store.Dumps;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The build part of the benchmark, for one data directory: our {@code build} (assemble, SHACL validation,
 * inference, TDB2, text index, dumps and their check) in a child JVM, then Jena's bulk loader
 * {@code tdb2.tdbloader} (jena-cmds) loading the same quads (the build's N-Quads dump) into a fresh TDB2 database,
 * in a child JVM of the same heap limit.
 */
public final class BuildBench {
    /**
     * One measured build of one data set.
     *
     * @param data     the data directory it was built from
     * @param database the directory of builds our build made ({@code current} in it)
     */
    public record Row(String name, Path data, Path database, long quads, ChildRun ours, Map<String, Long> stageMillis,
                      ChildRun loader) {
        public double oursQuadsPerSecond() { return quads * 1000.0 / Math.max(1, ours.millis()); }
        public double loaderQuadsPerSecond() { return quads * 1000.0 / Math.max(1, loader.millis()); }
        /** Our throughput as a multiple of the bulk loader's (≥ 0.8 is the target at scale 1000). */
        public double ratio() { return oursQuadsPerSecond() / loaderQuadsPerSecond(); }

        /** Our wall time without the stages that publish the database once built (its dumps and their check). */
        public long millisToDatabase() {
            return ours.millis() - stageMillis.getOrDefault(GraphBuild.DUMP, 0L) - stageMillis.getOrDefault(GraphBuild.CHECK_DUMPS, 0L);
        }

        /** As {@link #ratio}, up to a served database: what the loader's own work compares with. */
        public double ratioToDatabase() { return (double) loader.millis() / Math.max(1, millisToDatabase()); }
    }

    private final Tools tools;
    private final Path work;

    public BuildBench(Tools tools, Path work) {
        this.tools = tools;
        this.work = work;
    }

    public Row measure(String name, Path dataDir) {
        Path out = work.resolve("db-" + name);
        List<String> build = new ArrayList<>(tools.java());
        build.addAll(List.of("-jar", tools.clusterkgJar().toString(), "build", "--data", dataDir.toString(),
                "--out", out.toString()));
        Path buildLog = work.resolve("logs/build-" + name + ".log");
        ChildRun ours = ChildRun.run(build, buildLog).orFail("build of " + name, buildLog);
        Map<String, Long> stages;
        try {
            stages = BuildReport.stageMillis(Files.readAllLines(buildLog));
        } catch (IOException e) {
            throw new BenchException(buildLog + ": the build's report cannot be read (" + e.getMessage() + ")", e);
        }
        Path dump = out.resolve("current").resolve(Dumps.DIRECTORY).resolve("clusterkg.nq.gz");
        long quads = countLines(dump);

        Path loc = work.resolve("tdbloader-" + name);
        List<String> load = new ArrayList<>(tools.java());
        load.addAll(List.of("-cp", tools.clusterkgJar() + java.io.File.pathSeparator + tools.jenaCmdsJar(),
                "tdb2.tdbloader", "--loc", loc.toString(), dump.toString()));
        Path loadLog = work.resolve("logs/tdbloader-" + name + ".log");
        ChildRun loader = ChildRun.run(load, loadLog).orFail("tdb2.tdbloader of " + name, loadLog);
        return new Row(name, dataDir, out, quads, ours, stages, loader);
    }

    /** N-Quads hold one quad to a line. */
    static long countLines(Path gz) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank()).count();
        } catch (IOException e) {
            throw new BenchException(gz + ": the build's dump cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
