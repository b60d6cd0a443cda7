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

/** The review verb of the packaged jar, over a build it makes itself. */
class ReviewCommandIT {
    @TempDir static Path out;
    @TempDir static Path logs;

    @BeforeAll
    static void build() throws Exception {
        assertEquals(0, ClusterKgJar.run(logs.resolve("build.log"), 180, "build", "--out", out.toString()));
    }

    private static String review(String format) throws Exception {
        Path log = Files.createTempFile(logs, "review", ".log");
        assertEquals(0, ClusterKgJar.run(log, 120, "review", "--out", out.toString(), "--format", format), Files.readString(log));
        return Files.readString(log);
    }

    @Test
    void csvListsEveryDerivedAndCuratedClaimWithAnEmptyDecision() throws Exception {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(review("csv"))).getRecords();
        assertTrue(rows.stream().anyMatch(r -> r.get("claim").endsWith("/id/complementarity/vertical-plastiwin-skywin")
                && r.get("rule").equals("vertical-by-supply") && r.get("passages").startsWith("key-sectors-en line 15: ")), "a derived claim");
        assertTrue(rows.stream().anyMatch(r -> r.get("claim").endsWith("/id/programme/marshall-plan")
                && r.get("sources").equals("https://economie.wallonie.be/content/plan-marshall-2006-2009")), "a curated claim");
        assertTrue(rows.stream().allMatch(r -> r.get("decision").isEmpty()));
    }

    @Test
    void markdownIsATableWithTheSameColumns() throws Exception {
        assertTrue(review("md").startsWith("| claim | kind | standing | statement | rule | basis | sources | passages | decision |\n| --- |"));
    }
}
