package be.wallonia.clusterkg.source;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each format becomes lines of text the extractors read, with the lines a passage quotes. */
class DocumentReadingTest {
    @TempDir Path dir;

    private SourceText read(String fileName, byte[] bytes) throws IOException {
        Files.write(dir.resolve(fileName), bytes);
        return SourceReader.read(new SourceEntry("http://localhost:8080/id/source/page", "page", fileName, "", "en",
                Optional.empty(), Optional.empty(), Optional.empty()), dir);
    }

    private SourceText read(String fileName, String text) throws IOException {
        return read(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void markdownIsReadWithoutItsMarkupLineForLine() throws IOException {
        SourceText md = read("page.md", "## Les clusters\n\n**14 clusters** sont reconnus.\n\n- un\n- deux\n\n1. premier\n2. second\n");
        assertEquals(List.of("## Les clusters", "", "14 clusters sont reconnus.", "", "\u2022 un", "\u2022 deux", "",
                "1. premier", "2. second"), md.reading());
        assertEquals("**14 clusters** sont reconnus.", md.line(3), "the passage quotes the line as written");
    }

    @Test
    void aMarkdownTableIsReadAsRowsOfCellsApartByTabs() throws IOException {
        SourceText md = read("t.md", "| Cluster | Domaine |\n|---|---|\n| **TWEED** | Energie durable |\n");
        assertEquals(List.of("Cluster\tDomaine", "", "TWEED\tEnergie durable"), md.reading());
    }

    @Test
    void aTabIndentedLineOfMarkdownStaysAsWritten() throws IOException {
        SourceText md = read("t.md", "\tDOMAINE\nARESA\tRecherche clinique\n");
        assertEquals(List.of("\tDOMAINE", "ARESA\tRecherche clinique"), md.reading());
    }

    @Test
    void htmlIsReadAsTheBlocksOfItsTextWithoutScriptsNavigationOrFooter() throws IOException {
        SourceText html = read("p.html", """
                <html><head><title>BioWin</title><script>var x = 1;</script></head><body>
                <nav><a href="/">Home</a> &gt; <a href="/s">The Strategy</a></nav>
                <h1>BioWin</h1><p>BioWin is the <b>health</b> competitiveness cluster.</p>
                <h2>Themes</h2><ul><li>Medical devices</li><li>Diagnostics</li></ul>
                <ol><li>first</li><li>second</li></ol>
                <table><tr><th>Members</th><td>234</td></tr></table>
                <dl><dt>Established</dt><dd>01 July 2006</dd></dl>
                <footer>Print this page</footer></body></html>""");
        assertEquals(List.of("# BioWin", "", "BioWin is the health competitiveness cluster.", "", "## Themes", "",
                "\u2022 Medical devices", "\u2022 Diagnostics", "", "1. first", "2. second", "", "Members\t234", "",
                "Established: 01 July 2006"), html.reading());
        assertEquals(html.lines(), html.reading(), "a passage quotes the page's text");
    }

    @Test
    void aPdfIsReadAsTheLinesOfItsText() throws IOException {
        SourceText pdf = read("r.pdf", pdf("Evaluation of the clusters", "14 clusters are recognised."));
        assertTrue(pdf.reading().contains("Evaluation of the clusters"), pdf.reading().toString());
        assertTrue(pdf.reading().contains("14 clusters are recognised."), pdf.reading().toString());
    }

    @Test
    void aFileThatIsNotAPdfStopsTheBuildNamingTheFile() {
        SourceException e = assertThrows(SourceException.class, () -> read("broken.pdf", "not a pdf"));
        assertTrue(e.getMessage().contains("broken.pdf") && e.getMessage().contains("is not a readable PDF"), e.getMessage());
    }

    @Test
    void aFileOfNoKnownFormatStopsTheBuildNamingTheFormatsItReads() {
        SourceException e = assertThrows(SourceException.class, () -> read("page.docx", "x"));
        assertTrue(e.getMessage().contains("[.txt, .md, .markdown, .html, .htm, .pdf]"), e.getMessage());
    }

    @Test
    void theManifestsFormatChoosesTheReaderOverTheExtension() throws IOException {
        Files.writeString(dir.resolve("page.txt"), "**bold**\n");
        SourceText md = SourceReader.read(new SourceEntry("http://localhost:8080/id/source/page", "page", "page.txt", "",
                "en", Optional.empty(), Optional.empty(), Optional.of("text/markdown")), dir);
        assertEquals(List.of("bold"), md.reading());
    }

    private static byte[] pdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -20);
                }
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
