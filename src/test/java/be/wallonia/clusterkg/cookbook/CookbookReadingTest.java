package be.wallonia.clusterkg.cookbook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading the cookbook: the header of a query file, the files of a directory, the folder of a classpath. */
class CookbookReadingTest {
    private static final String QUERY = "SELECT ?n WHERE { ?n ?p ?o } ORDER BY ?n\n";
    private static final String FULL = """
            # title: Every network
            # question: Which networks are there?
            # audience: researchers
            # reading: one row per network.
            """ + QUERY;

    @TempDir Path dir;

    @Test
    void theFourHeaderLinesGiveTitleQuestionAudienceAndReading() {
        CookbookQuery q = Cookbook.parse("01-networks.rq", FULL);
        assertEquals(List.of("Every network", "Which networks are there?", "researchers", "one row per network."),
                List.of(q.title(), q.question(), q.audience(), q.reading()));
    }

    @Test
    void theNameIsTheFileStemAndTheTextIsTheWholeFile() {
        CookbookQuery q = Cookbook.parse("01-networks.rq", FULL);
        assertEquals("01-networks", q.name());
        assertEquals(FULL, q.text());
    }

    @Test
    void audienceAndReadingAreEmptyWhenTheHeaderLeavesThemOut() {
        CookbookQuery q = Cookbook.parse("02-x.rq", "# title: T\n# question: Q?\n" + QUERY);
        assertEquals(List.of("", ""), List.of(q.audience(), q.reading()));
    }

    @Test
    void otherCommentLinesOfTheHeaderAreAllowed() {
        CookbookQuery q = Cookbook.parse("02-x.rq", "# title: T\n# see also 01\n# question: Q?\n" + QUERY);
        assertEquals("Q?", q.question());
    }

    @Test
    void windowsLineEndingsAreRead() {
        CookbookQuery q = Cookbook.parse("02-x.rq", "# title: T\r\n# question: Q?\r\n" + QUERY);
        assertEquals(List.of("T", "Q?"), List.of(q.title(), q.question()));
    }

    @Test
    void aFileWithoutATitleLineIsAnErrorNamingTheFileAndTheLineExpected() {
        CookbookException e = assertThrows(CookbookException.class,
                () -> Cookbook.parse("03-untitled.rq", "# question: Q?\n" + QUERY));
        assertEquals("03-untitled.rq: no title line; expected the line '# title: …' in the comment block that opens"
                + " the file", e.getMessage());
    }

    @Test
    void aFileWithoutAQuestionLineIsAnErrorNamingTheFileAndTheLineExpected() {
        CookbookException e = assertThrows(CookbookException.class,
                () -> Cookbook.parse("04-no-question.rq", "# title: T\n# audience: A\n" + QUERY));
        assertEquals("04-no-question.rq: no question line; expected the line '# question: …' in the comment block"
                + " that opens the file", e.getMessage());
    }

    @Test
    void aTitleLineAfterTheQueryHasBegunDoesNotCount() {
        CookbookException e = assertThrows(CookbookException.class,
                () -> Cookbook.parse("05-late.rq", "# question: Q?\nPREFIX x: <urn:x:>\n# title: T\n" + QUERY));
        assertEquals("05-late.rq: no title line; expected the line '# title: …' in the comment block that opens"
                + " the file", e.getMessage());
    }

    @Test
    void aTitleLineWithoutTheSpaceAfterTheHashIsNotATitleLine() {
        CookbookException e = assertThrows(CookbookException.class,
                () -> Cookbook.parse("05-cramped.rq", "#title: T\n# question: Q?\n" + QUERY));
        assertEquals("05-cramped.rq: no title line; expected the line '# title: …' in the comment block that opens"
                + " the file", e.getMessage());
    }

    @Test
    void anEmptyTitleIsAnErrorNamingTheFileAndTheLine() {
        CookbookException e = assertThrows(CookbookException.class,
                () -> Cookbook.parse("06-empty.rq", "# question: Q?\n# title:   \n" + QUERY));
        assertEquals("06-empty.rq:2: empty title; expected the line '# title: …'", e.getMessage());
    }

    @Test
    void anEmptyQuestionIsAnErrorNamingTheFileAndTheLine() {
        CookbookException e = assertThrows(CookbookException.class,
                () -> Cookbook.parse("06-empty.rq", "# title: T\n# question:\n" + QUERY));
        assertEquals("06-empty.rq:2: empty question; expected the line '# question: …'", e.getMessage());
    }

    @Test
    void aSecondTitleLineIsAnErrorNamingTheFileAndTheLine() {
        CookbookException e = assertThrows(CookbookException.class,
                () -> Cookbook.parse("07-twice.rq", "# title: T\n# question: Q?\n# title: T2\n" + QUERY));
        assertEquals("07-twice.rq:3: a second title line; the header has one line '# title: …'", e.getMessage());
    }

    @Test
    void aHeaderWithNoQueryAfterItIsAnError() {
        CookbookException e = assertThrows(CookbookException.class,
                () -> Cookbook.parse("08-empty.rq", "# title: T\n# question: Q?\n\n# nothing here\n"));
        assertEquals("08-empty.rq: no query after the header; expected a SPARQL query after the comment block",
                e.getMessage());
    }

    @Test
    void aFileNotNamedTwoDigitsHyphenShortNameIsAnError() {
        for (String name : List.of("networks.rq", "1-networks.rq", "001-networks.rq", "01_networks.rq",
                "01-Networks.rq", "01-networks-.rq", "01-.rq")) {
            CookbookException e = assertThrows(CookbookException.class, () -> Cookbook.parse(name, FULL), name);
            assertEquals(name + ": a cookbook file is named NN-short-name.rq (two digits, a hyphen, lower-case words"
                    + " joined by hyphens)", e.getMessage());
        }
    }

    @Test
    void aDirectoryGivesItsQueryFilesInNameOrderAndNothingElse() throws IOException {
        write(dir.resolve("02-second.rq"), "# title: Second\n# question: Q2?\n" + QUERY);
        write(dir.resolve("01-first.rq"), "# title: First\n# question: Q1?\n" + QUERY);
        write(dir.resolve("README.md"), "# The cookbook\n");
        Files.createDirectories(dir.resolve("expected"));
        write(dir.resolve("expected/01-first.tsv"), "n\n");
        write(dir.resolve("expected/03-nested.rq"), "# title: Nested\n# question: Q3?\n" + QUERY);
        assertEquals(List.of("01-first", "02-second"), Cookbook.fromDirectory(dir).stream().map(CookbookQuery::name).toList());
    }

    @Test
    void aBadFileOfADirectoryIsAnErrorNamingIt() throws IOException {
        write(dir.resolve("01-first.rq"), "# title: First\n# question: Q1?\n" + QUERY);
        write(dir.resolve("02-second.rq"), "# title: Second\n" + QUERY);
        CookbookException e = assertThrows(CookbookException.class, () -> Cookbook.fromDirectory(dir));
        assertEquals("02-second.rq: no question line; expected the line '# question: …' in the comment block that"
                + " opens the file", e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsAnErrorNamingIt() throws IOException {
        Files.write(dir.resolve("01-latin.rq"), "# title: Pôles\n# question: Q?\nSELECT * {}\n".getBytes(StandardCharsets.ISO_8859_1));
        CookbookException e = assertThrows(CookbookException.class, () -> Cookbook.fromDirectory(dir));
        assertEquals(dir.resolve("01-latin.rq") + ": not UTF-8 text", e.getMessage());
    }

    @Test
    void aMissingDirectoryIsAnErrorNamingIt() {
        Path missing = dir.resolve("no-such-dir");
        CookbookException e = assertThrows(CookbookException.class, () -> Cookbook.fromDirectory(missing));
        assertEquals(missing + ": no such cookbook directory", e.getMessage());
    }

    @Test
    void theClasspathFolderIsReadFromADirectory() throws IOException {
        Path classes = dir.resolve("classes");
        write(classes.resolve("queries/01-first.rq"), FULL);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            assertEquals(List.of(Cookbook.parse("01-first.rq", FULL)), Cookbook.fromClasspath(loader));
        }
    }

    @Test
    void theClasspathFolderIsReadFromAJar() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("queries/"));
            out.closeEntry();
            entry(out, "queries/01-first.rq", FULL);
            entry(out, "queries/02-second.rq", "# title: Second\n# question: Q2?\n" + QUERY);
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertEquals(List.of("01-first", "02-second"),
                    Cookbook.fromClasspath(loader).stream().map(CookbookQuery::name).toList());
        }
    }

    @Test
    void aClasspathWithoutTheFolderIsAnError() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            CookbookException e = assertThrows(CookbookException.class, () -> Cookbook.fromClasspath(loader));
            assertEquals("classpath: no folder queries/", e.getMessage());
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void entry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
