package be.wallonia.clusterkg.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SourceReaderTest {
    private static final SourceEntry PAGE = new SourceEntry("http://localhost:8080/id/source/page", "page", "page.txt",
            "headed-sections", "en", Optional.empty(), Optional.empty(), Optional.empty());
    private static final String NOT_UTF8 = "is not valid UTF-8; expected UTF-8 text (re-save the file as UTF-8)";

    @TempDir
    Path dir;

    private Path write(byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] p : parts) bytes.write(p);
        Path file = dir.resolve(PAGE.fileName());
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
        return out;
    }

    @Test
    void realDocumentIsReadLineByLineFromTheSourcesDirectory() {
        SourceEntry entry = Manifest.read(Path.of("data/sources.ttl"), "http://localhost:8080/").entries().get(0);
        SourceText text = SourceReader.read(entry, Path.of("data/sources"));
        assertEquals(Path.of("data/sources/000_7ef19ab278af4166.txt"), text.path());
        assertEquals(36, text.lines().size());
        assertEquals("Definition of cluster", text.line(1));
        assertEquals("Cluster jobs", text.line(24));
    }

    @Test
    void lineEndingsAreNotPartOfTheLines() throws IOException {
        write(utf8("Title\r\n\r\nText.\nLast"));
        assertEquals(List.of("Title", "", "Text.", "Last"), SourceReader.read(PAGE, dir).lines());
    }

    @Test
    void textKeepsItsEntry() throws IOException {
        write(utf8("Title\n"));
        assertEquals(PAGE, SourceReader.read(PAGE, dir).entry());
    }

    @Test
    void fileListedInTheManifestButMissingFailsNamingTheEntry() {
        SourceException e = assertThrows(SourceException.class, () -> SourceReader.read(PAGE, dir));
        assertEquals(dir.resolve("page.txt"), e.file());
        assertEquals(0, e.line());
        assertEquals(dir.resolve("page.txt") + ": file not found; the manifest entry http://localhost:8080/id/source/page"
                + " names it (wco:fileName)", e.getMessage());
    }

    @Test
    void emptyFileFailsAtLineOne() throws IOException {
        Path file = write(new byte[0]);
        SourceException e = assertThrows(SourceException.class, () -> SourceReader.read(PAGE, dir));
        assertEquals(file, e.file());
        assertEquals(1, e.line());
        assertEquals(file + ":1: the document is empty; expected the text of a web page", e.getMessage());
    }

    @Test
    void fileOfBlankLinesIsEmpty() throws IOException {
        write(utf8("\n  \n\t\n"));
        SourceException e = assertThrows(SourceException.class, () -> SourceReader.read(PAGE, dir));
        assertEquals(1, e.line());
    }

    @Test
    void invalidUtf8OnLineThreeFailsAtLineThree() throws IOException {
        Path file = write(utf8("Les clusters\n\nCr"), bytes(0xE9), utf8("ation des r\u00E9seaux\nFin\n"));
        SourceException e = assertThrows(SourceException.class, () -> SourceReader.read(PAGE, dir));
        assertEquals(file, e.file());
        assertEquals(3, e.line());
        assertEquals(file + ":3: " + NOT_UTF8, e.getMessage());
    }

    @Test
    void truncatedSequenceAtTheEndOfLineThreeFailsAtLineThree() throws IOException {
        write(utf8("a\nb\nc"), bytes(0xC3), utf8("\nd\n"));
        assertEquals(3, assertThrows(SourceException.class, () -> SourceReader.read(PAGE, dir)).line());
    }

    @Test
    void truncatedSequenceAtTheEndOfTheFileFailsAtTheLastLine() throws IOException {
        write(utf8("a\nb\nc"), bytes(0xE2, 0x80));
        assertEquals(3, assertThrows(SourceException.class, () -> SourceReader.read(PAGE, dir)).line());
    }
    @Test
    void overlongEncodingOnLineThreeFailsAtLineThree() throws IOException {
        write(utf8("ok\nok\n"), bytes(0xC0, 0x80), utf8("\nok\nok\n"));
        assertEquals(3, assertThrows(SourceException.class, () -> SourceReader.read(PAGE, dir)).line());
    }
    @Test
    void byteOrderMarkIsNotPartOfTheFirstLine() throws IOException {
        write(bytes(0xEF, 0xBB, 0xBF), utf8("Missions\n"));
        assertEquals("Missions", SourceReader.read(PAGE, dir).line(1));
    }
}
