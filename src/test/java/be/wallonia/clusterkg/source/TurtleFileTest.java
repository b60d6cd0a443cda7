package be.wallonia.clusterkg.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TurtleFileTest {
    @TempDir Path dir;

    @Test
    void relativeIrisResolveAgainstTheBase() throws IOException {
        Path file = Files.writeString(dir.resolve("a.ttl"), "<id/cluster/tweed> <http://ex.org/p> \"x\" .\n");
        assertTrue(TurtleFile.read(file, "http://example.org/").containsResource(
                org.apache.jena.rdf.model.ResourceFactory.createResource("http://example.org/id/cluster/tweed")));
    }

    @Test
    void invalidTurtleNamesTheFileAndTheLineOfTheError() throws IOException {
        Path file = Files.writeString(dir.resolve("b.ttl"), "@prefix ex: <http://ex.org/> .\n\n\nex:a ex:b ex:c ex:d .\n");
        SourceException e = assertThrows(SourceException.class, () -> TurtleFile.read(file, "http://example.org/"));
        assertEquals(file, e.file());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("is not valid Turtle"), e.getMessage());
    }

    @Test
    void aMissingFileSaysATurtleFileWasExpected() {
        SourceException e = assertThrows(SourceException.class, () -> TurtleFile.read(dir.resolve("none.ttl"), "http://example.org/"));
        assertEquals(0, e.line());
        assertTrue(e.getMessage().contains("expected a Turtle file"), e.getMessage());
    }
}
