package be.wallonia.clusterkg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A smoke run of the load test, a few seconds long, as a user runs it: it stops by itself and reports. */
class LoadTestCommandIT {
    private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\| (\\d+) \\| (\\d+) \\| [^|]+\\|[^|]+\\|[^|]+\\|[^|]+\\|[^|]+\\| (\\d+) \\| (\\d+) \\| ([^|]+) \\| ([^|]+) \\|",
            Pattern.MULTILINE);
    @TempDir Path out;
    @TempDir Path docs;

    @Test
    void aShortLoadTestOfUniqueQueriesAnswersEveryRequestStopsTheRunawaysAndWritesItsTablesAndMemoryBetweenItsMarkers() throws Exception {
        Path report = Files.writeString(docs.resolve("benchmarks.md"), "# Benchmarks\n\nOther figures stay.\n");
        Path log = docs.resolve("loadtest.log");
        int status = ClusterKgJar.run(log, 300, "loadtest", "--out", out.toString(), "--clients", "1,2", "--seconds", "2",
                "--runaway-clients", "1", "--runaway-step-clients", "1", "--timeout", "1", "--report", report.toString());
        assertEquals(0, status, Files.readString(log));

        String text = Files.readString(report);
        assertTrue(text.startsWith("# Benchmarks\n\nOther figures stay.\n"), text);
        assertTrue(text.contains("<!-- loadtest:begin -->") && text.contains("<!-- loadtest:end -->"), text);
        assertTrue(text.contains("cores (nproc)") && text.contains("Java "), text);
        Matcher m = ROW.matcher(text);
        List<String[]> rows = new java.util.ArrayList<>();
        while (m.find()) rows.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(6).strip(), m.group(7).strip()});
        assertEquals(3, rows.size(), text);
        for (String[] row : rows) {
            assertTrue(Integer.parseInt(row[2]) > 0, "a step with no request: " + String.join(" ", row));
            assertEquals("0", row[3], "errors in a step: " + text);
        }
        String[] runaway = rows.get(2);
        assertEquals("1", runaway[1]);
        assertTrue(Integer.parseInt(runaway[5]) >= 1, "no runaway was stopped by the timeout: " + text);
        assertEquals(runaway[4], runaway[5], "a runaway was not stopped by the timeout: " + text);
        assertTrue(text.contains("each one unique, with a LIMIT never sent before"), text);
        assertTrue(text.contains("Resident memory of the server (VmRSS)"), text);
        assertTrue(text.contains("Run as `clusterkg loadtest --out "), "the section names its command line: " + text);
    }
}
