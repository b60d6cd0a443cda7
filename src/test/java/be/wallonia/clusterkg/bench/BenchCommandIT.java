package be.wallonia.clusterkg.bench;

import be.wallonia.clusterkg.cli.ClusterKgJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The smoke run of the benchmark: the real graph against tdb2.tdbloader, written into a docs directory. */
class BenchCommandIT {
    @TempDir Path tmp;

    @Test void aQuickRunWritesTheBuildTableBetweenItsMarkersAndThePlot() throws Exception {
        assumeTrue(Files.isRegularFile(Tools.DEFAULT_TOOLS.resolve("jena-cmds.jar")),
                "the stock tools are fetched by `mvn -Pbench package`");
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve(BenchReport.FILE), "# Benchmarks\n\n<!-- loadtest:begin -->kept<!-- loadtest:end -->\n");
        Path log = tmp.resolve("bench.log");
        int exit = ClusterKgJar.run(log, 300, "bench", "--quick", "--scales=", "--heap", "1g",
                "--work", tmp.resolve("work").toString(), "--docs", docs.toString());
        assertEquals(0, exit, Files.readString(log));
        String md = Files.readString(docs.resolve(BenchReport.FILE));
        assertTrue(md.contains("<!-- loadtest:begin -->kept<!-- loadtest:end -->"), md);
        assertTrue(md.matches("(?s).*<!-- bench:begin -->.*\\| real \\| [0-9,]+ \\| .*<!-- bench:end -->.*"), md);
        assertTrue(Files.readString(docs.resolve(BenchReport.PLOT)).startsWith("<svg"));
    }
}
