package be.wallonia.clusterkg.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestTest {
    private static final String BASE = "http://localhost:8080/";
    private static final String PREFIXES = """
            @prefix wco: <https://w3id.org/wallonia-clusters/ontology#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            """;

    @TempDir
    Path dir;

    private static Manifest real() {
        return Manifest.read(Path.of("data/sources.ttl"), BASE);
    }

    private Path write(String turtle) throws IOException {
        Path file = dir.resolve("sources.ttl");
        Files.writeString(file, turtle);
        return file;
    }

    @Test
    void realManifestListsTheFiveSourcesByFileName() {
        assertEquals(List.of("000_7ef19ab278af4166.txt", "001_ccad7ad75f7ef23c.txt", "002_665da9c000591ef1.txt",
                        "003_f17fd7da474da1c9.txt", "004_c2bc9d8114849695.txt"),
                real().entries().stream().map(SourceEntry::fileName).toList());
    }

    @Test
    void realManifestNamesTheExtractorOfEachSource() {
        assertEquals(List.of("headed-sections", "headed-sections", "headed-sections", "network-table", "network-descriptions"),
                real().entries().stream().map(SourceEntry::extractorId).toList());
    }

    @Test
    void entryIrisResolveAgainstTheBase() {
        SourceEntry clustersFr = real().entries().get(2);
        assertEquals(new SourceEntry("http://localhost:8080/id/source/clusters-fr", "clusters-fr", "002_665da9c000591ef1.txt",
                "headed-sections", "fr", Optional.of("http://localhost:8080/id/programme/walloon-clusters"),
                Optional.of("http://localhost:8080/id/source/clusters-en"), Optional.of("text/plain")), clustersFr);
    }

    @Test
    void entryIrisFollowAnotherBase() {
        assertEquals("https://example.org/kg/id/source/key-sectors-en",
                Manifest.read(Path.of("data/sources.ttl"), "https://example.org/kg/").entries().get(4).iri());
    }

    @Test
    void entryWithoutTranslationOrSubjectHasNone() throws IOException {
        Path file = write(PREFIXES + """
                <id/source/a> a wco:SourceDocument ;
                    wco:slug "a" ; wco:fileName "a.txt" ; wco:extractor "headed-sections" ; dcterms:language "en" .
                """);
        assertEquals(List.of(new SourceEntry(BASE + "id/source/a", "a", "a.txt", "headed-sections", "en",
                Optional.empty(), Optional.empty(), Optional.empty())), Manifest.read(file, BASE).entries());
    }

    @Test
    void manifestKeepsItsTriplesForTheGraph() {
        Manifest manifest = real();
        assertEquals(Path.of("data/sources.ttl"), manifest.file());
        assertTrue(manifest.model().contains(manifest.model().createResource(BASE + "id/source/clusters-2008-fr"),
                manifest.model().createProperty("http://purl.org/dc/terms/publisher"),
                manifest.model().createResource(BASE + "id/authority/dg-economie-emploi-recherche")));
    }

    @Test
    void missingManifestFailsNamingTheFile() {
        Path file = dir.resolve("absent.ttl");
        SourceException e = assertThrows(SourceException.class, () -> Manifest.read(file, BASE));
        assertEquals(file, e.file());
        assertEquals(0, e.line());
        assertEquals(file + ": manifest not found; expected a Turtle file describing the sources", e.getMessage());
    }

    @Test
    void invalidTurtleFailsAtTheLineTheParserNames() throws IOException {
        Path file = write(PREFIXES + """
                <id/source/a> a wco:SourceDocument ;
                    wco:slug "a"
                    wco:fileName "a.txt" .
                """);
        SourceException e = assertThrows(SourceException.class, () -> Manifest.read(file, BASE));
        assertEquals(file, e.file());
        assertEquals(5, e.line());
        assertTrue(e.getMessage().startsWith(file + ":5: is not valid Turtle: [line: 5, col: "), e.getMessage());
    }

    @Test
    void entryWithoutFileNameFailsNamingTheSourceAndTheProperty() throws IOException {
        Path file = write(PREFIXES + """
                <id/source/a> a wco:SourceDocument ;
                    wco:slug "a" ; wco:extractor "headed-sections" ; dcterms:language "en" .
                """);
        SourceException e = assertThrows(SourceException.class, () -> Manifest.read(file, BASE));
        assertEquals(file, e.file());
        assertEquals(0, e.line());
        assertEquals(file + ": source http://localhost:8080/id/source/a has no fileName; every wco:SourceDocument needs one",
                e.getMessage());
    }

    @Test
    void entryWithoutLanguageFailsNamingDctermsLanguage() throws IOException {
        Path file = write(PREFIXES + """
                <id/source/a> a wco:SourceDocument ;
                    wco:slug "a" ; wco:fileName "a.txt" ; wco:extractor "headed-sections" .
                """);
        SourceException e = assertThrows(SourceException.class, () -> Manifest.read(file, BASE));
        assertEquals(file + ": source http://localhost:8080/id/source/a has no dcterms:language; every wco:SourceDocument needs one",
                e.getMessage());
    }

    @Test
    void fileNameGivenAsAnIriIsMissing() throws IOException {
        Path file = write(PREFIXES + """
                <id/source/a> a wco:SourceDocument ;
                    wco:slug "a" ; wco:fileName <a.txt> ; wco:extractor "headed-sections" ; dcterms:language "en" .
                """);
        SourceException e = assertThrows(SourceException.class, () -> Manifest.read(file, BASE));
        assertEquals(file + ": source http://localhost:8080/id/source/a has no fileName; every wco:SourceDocument needs one",
                e.getMessage());
    }

    @Test
    void manifestWithNoSourceDocumentFails() throws IOException {
        Path file = write(PREFIXES + """
                <id/source/a> wco:slug "a" ; wco:fileName "a.txt" .
                """);
        SourceException e = assertThrows(SourceException.class, () -> Manifest.read(file, BASE));
        assertEquals(file, e.file());
        assertEquals(0, e.line());
        assertEquals(file + ": describes no source; expected resources of type wco:SourceDocument", e.getMessage());
    }
}
