package be.wallonia.clusterkg.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CorrectionsTest {
    private static final String EXPECTED = "expected file<TAB>as written<TAB>corrected<TAB>why, with a justification";

    @TempDir
    Path dir;

    private Path write(String tsv) throws IOException {
        Path file = dir.resolve("corrections.tsv");
        Files.writeString(file, tsv);
        return file;
    }

    @Test
    void curatedCorrectionsAreReadInFileOrder() {
        Corrections curated = Corrections.read(Path.of("data/curated/corrections.tsv"));
        assertEquals(List.of("technologies de ka communication", "companiesthat", "pilliers", "research centers ,"),
                curated.all().stream().map(Corrections.Correction::written).toList());
        assertEquals(new Corrections.Correction("004_c2bc9d8114849695.txt", "companiesthat", "companies that",
                "A missing space between two words."), curated.all().get(1));
    }

    @Test
    void correctionAppliesToLinesOfItsOwnFile() {
        Corrections curated = Corrections.read(Path.of("data/curated/corrections.tsv"));
        assertEquals("a network of companies that aim",
                curated.apply("004_c2bc9d8114849695.txt", "a network of companiesthat aim"));
    }

    @Test
    void correctionLeavesOtherFilesAlone() {
        Corrections curated = Corrections.read(Path.of("data/curated/corrections.tsv"));
        assertEquals("a network of companiesthat aim", curated.apply("001_ccad7ad75f7ef23c.txt", "a network of companiesthat aim"));
    }

    @Test
    void correctionReplacesEveryOccurrenceInALine() throws IOException {
        Corrections c = Corrections.read(write("f.txt\tka\tla\tTypo.\n"));
        assertEquals("la la", c.apply("f.txt", "ka ka"));
    }

    @Test
    void commentsAndBlankLinesAreSkipped() throws IOException {
        Corrections c = Corrections.read(write("# file\tas written\tcorrected\twhy\n\n   \nf.txt\tka\tla\tTypo.\n"));
        assertEquals(List.of(new Corrections.Correction("f.txt", "ka", "la", "Typo.")), c.all());
    }

    @Test
    void missingCorrectionsFileMeansNoCorrections() {
        assertEquals(List.of(), Corrections.read(dir.resolve("absent.tsv")).all());
    }

    @Test
    void correctionMayDeleteText() throws IOException {
        Corrections c = Corrections.read(write("f.txt\t (sic)\t\tAn editor's mark, not the author's text.\n"));
        assertEquals("pilliers", c.apply("f.txt", "pilliers (sic)"));
    }

    @Test
    void rowWithoutJustificationFailsAtItsLine() throws IOException {
        Path file = write("# corrections\nf.txt\tka\tla\tTypo.\ng.txt\tpilliers\tpiliers\t\n");
        SourceException e = assertThrows(SourceException.class, () -> Corrections.read(file));
        assertEquals(file, e.file());
        assertEquals(3, e.line());
        assertEquals(file + ":3: " + EXPECTED, e.getMessage());
    }

    @Test
    void rowWithABlankJustificationFails() throws IOException {
        Path file = write("f.txt\tka\tla\t   \n");
        assertEquals(1, assertThrows(SourceException.class, () -> Corrections.read(file)).line());
    }

    @Test
    void rowWithThreeColumnsFailsAtItsLine() throws IOException {
        Path file = write("f.txt\tka\tla\n");
        SourceException e = assertThrows(SourceException.class, () -> Corrections.read(file));
        assertEquals(1, e.line());
        assertEquals(file + ":1: " + EXPECTED, e.getMessage());
    }

    @Test
    void rowWithNothingWrittenFails() throws IOException {
        Path file = write("f.txt\t\tla\tTypo.\n");
        assertEquals(1, assertThrows(SourceException.class, () -> Corrections.read(file)).line());
    }
}
