package be.wallonia.clusterkg.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coverage verb of the packaged jar, over a build it makes itself. */
class CoverageCommandIT {
    @TempDir static Path out;
    @TempDir static Path logs;

    @BeforeAll
    static void build() throws Exception {
        assertEquals(0, ClusterKgJar.run(logs.resolve("build.log"), 180, "build", "--out", out.toString()));
    }

    private static String run(int status, String... args) throws Exception {
        Path log = Files.createTempFile(logs, "coverage", ".log");
        String[] all = new String[args.length + 3];
        all[0] = "coverage";
        all[1] = "--out";
        all[2] = out.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        assertEquals(status, ClusterKgJar.run(log, 120, all), Files.readString(log));
        return Files.readString(log);
    }

    @Test
    void coverageBySectionPrintsTheCoveredShareAndTheGaps() throws Exception {
        String text = run(0, "--level", "section");
        assertTrue(text.contains("Covered: 8 of 21 sections (38.1%); 29 of 88 divisions (33.0%)"), text);
        assertTrue(text.contains("Gaps: sections no network covers (13):\n  A     Agriculture, forestry and fishing\n"), text);
        assertTrue(text.contains("clusters-2008-fr against the sources that replace it (clusters-en + clusters-fr + key-sectors-en)"), text);
    }

    @Test
    void csvIsTheMatrixOfDivisionsAgainstNetworks() throws Exception {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(run(0, "--level", "division", "--format", "csv"))).getRecords();
        assertEquals(88, rows.size());
        CSVRecord plastics = rows.stream().filter(r -> r.get("code").equals("22")).findFirst().orElseThrow();
        assertEquals(List.of("1", "single", "1", "0"), List.of(plastics.get("networks"), plastics.get("status"),
                plastics.get("plastiwin"), plastics.get("mecatech")));
    }

    @Test
    void htmlIsThePageWithItsCharts() throws Exception {
        String html = run(0, "--format", "html");
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 80));
        assertTrue(html.contains("<svg id=\"heatmap\""), "heatmap");
        assertTrue(html.contains("<svg id=\"bars\""), "bar chart");
    }

    @Test
    void anUnknownSourceGetsOneLineAndExitStatusOne() throws Exception {
        String message = run(1, "--source", "nope").strip();
        assertEquals("clusterkg: unknown source \"nope\"; expected one of [cluster-definition-en, clusters-2008-fr, clusters-en, "
                + "clusters-fr, key-sectors-en]", message);
    }
}
