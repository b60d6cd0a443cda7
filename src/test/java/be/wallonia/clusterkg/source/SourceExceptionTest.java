package be.wallonia.clusterkg.source;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceExceptionTest {

    @Test
    void messageNamesTheFileTheLineAndWhatWasExpected() {
        assertEquals("data/sources/x.txt:3: expected a table",
                new SourceException(Path.of("data/sources/x.txt"), 3, "expected a table").getMessage());
    }

    @Test
    void messageOmitsALineOfZero() {
        assertEquals("data/sources.ttl: describes no source",
                new SourceException(Path.of("data/sources.ttl"), 0, "describes no source").getMessage());
    }
}
