package be.wallonia.clusterkg.bench;

import be.wallonia.clusterkg.measure.Report;

import be.wallonia.clusterkg.cli.ClusterKgJar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The smoke run of the benchmark (the real graph only, a second per run): the build against tdb2.tdbloader, serve's
 * startup, the cookbook against stock Fuseki and the entity page, written into a docs directory.
 */
class BenchCommandIT {
    @TempDir Path tmp;

    @BeforeEach void stockToolsAreFetched() {
        boolean fetched = Files.isRegularFile(Tools.DEFAULT_TOOLS.resolve("jena-fuseki-server.jar"));
        String missing = "the stock tools are fetched into target/bench-tools by `mvn package`";
        if (System.getenv("CI") != null) org.junit.jupiter.api.Assertions.assertTrue(fetched, missing); // never skipped in CI
        assumeTrue(fetched, missing);
    }

    @Test void aQuickRunWritesEveryTableBetweenItsMarkersKeepsOtherSectionsAndHasNoFailedRequest() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve(BenchReport.FILE), "# Benchmarks\n\n<!-- loadtest:begin -->kept<!-- loadtest:end -->\n");
        Path log = tmp.resolve("bench.log");
        int exit = ClusterKgJar.run(log, 600, "bench", "--quick", "--scales=", "--heap", "1g",
                "--work", tmp.resolve("work").toString(), "--docs", docs.toString());
        assertEquals(0, exit, Files.readString(log));
        String md = Files.readString(docs.resolve(BenchReport.FILE));
        assertTrue(md.contains("<!-- loadtest:begin -->kept<!-- loadtest:end -->"), md);
        String section = md.substring(md.indexOf(Report.begin(BenchReport.SECTION)), md.indexOf(Report.end(BenchReport.SECTION)));
        assertTrue(section.matches("(?s).*\\| real \\| [0-9,]+ \\| .*"), "build row: " + section);
        assertTrue(section.matches("(?s).*\\| real \\| 1 \\| [0-9,]+ \\| .*"), "startup row: " + section);
        assertTrue(section.contains("| 01-networks-kind-domain-source | "), "a query alone: " + section);
        assertTrue(Files.readString(docs.resolve(BenchReport.PLOT)).startsWith("<svg"));

        Matcher mixed = Pattern.compile("\\| real \\| (repeated|unique) \\| (\\d+) \\| [0-9.,]+ \\| [0-9.]+ / [0-9.]+ \\| [0-9.]+ / [0-9.]+ \\| (\\d+) \\| [0-9.,]+ \\| [0-9.]+ / [0-9.]+ \\| (\\d+) \\|").matcher(section);
        int mixedRows = 0;
        while (mixed.find()) {
            mixedRows++;
            assertEquals("0", mixed.group(3), "our errors in " + mixed.group());
            assertEquals("0", mixed.group(4), "stock errors in " + mixed.group());
        }
        assertEquals(4, mixedRows, "repeated and unique at 1 and 4 clients: " + section);

        Matcher deref = Pattern.compile("(?m)^\\| real \\| (1|4) \\| [0-9,]+ \\(.*$").matcher(section);
        int derefRows = 0;
        while (deref.find()) {
            derefRows++;
            assertTrue(!deref.group().contains("errors"), deref.group());
        }
        assertEquals(2, derefRows, "dereferencing at 1 and 4 clients: " + section);
        assertTrue(section.contains(StaticServer.available() ? "nginx serving our HTML and Turtle bytes" : "nginx is not installed"), section);
    }

    @Test void aBuildThatFailsStopsTheRunWithOneLineNamingItAndItsLog() throws Exception {
        Path emptyData = Files.createDirectories(tmp.resolve("no-data"));
        Path log = tmp.resolve("bench.log");
        int exit = ClusterKgJar.run(log, 300, "bench", "--quick", "--scales=", "--heap", "1g", "--data", emptyData.toString(),
                "--work", tmp.resolve("work").toString(), "--docs", tmp.resolve("docs").toString());
        List<String> lines = Files.readAllLines(log);
        assertEquals(1, exit, String.join("\n", lines));
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("clusterkg bench: build of real exited with 1: "), lines.get(0));
        assertTrue(lines.get(0).endsWith("(log " + tmp.resolve("work").resolve("logs/build-real.log") + ")"), lines.get(0));
    }
}
