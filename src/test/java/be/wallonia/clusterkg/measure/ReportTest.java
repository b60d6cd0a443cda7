package be.wallonia.clusterkg.measure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportTest {
    @TempDir Path dir;

    @Test
    void aFileWithoutTheMarkersGetsThemAppendedAndKeepsItsText() throws Exception {
        Path file = Files.writeString(dir.resolve("benchmarks.md"), "# Benchmarks\n\n<!-- bench:begin -->x<!-- bench:end -->\n");
        Report.writeSection(file, "loadtest", "| a |\n");
        assertEquals("# Benchmarks\n\n<!-- bench:begin -->x<!-- bench:end -->\n\n<!-- loadtest:begin -->\n| a |\n<!-- loadtest:end -->\n",
                Files.readString(file));
    }

    @Test
    void aSecondRunReplacesOnlyWhatIsBetweenTheMarkers() throws Exception {
        Path file = Files.writeString(dir.resolve("benchmarks.md"), "before\n<!-- loadtest:begin -->\nold\n<!-- loadtest:end -->\nafter\n");
        Report.writeSection(file, "loadtest", "new");
        assertEquals("before\n<!-- loadtest:begin -->\nnew\n<!-- loadtest:end -->\nafter\n", Files.readString(file));
    }

    @Test
    void aMissingFileIsCreatedWithATitle() throws Exception {
        Path file = dir.resolve("docs/benchmarks.md");
        Report.writeSection(file, "loadtest", "t");
        assertEquals("# Benchmarks\n\n<!-- loadtest:begin -->\nt\n<!-- loadtest:end -->\n", Files.readString(file));
    }
}
