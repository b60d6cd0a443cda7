package be.wallonia.clusterkg.source;

import org.apache.jena.riot.RiotException;
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

    @Test
    void invalidTurtleTakesItsLineFromTheParserMessage() {
        SourceException e = SourceException.invalidTurtle(Path.of("m.ttl"),
                new RiotException("[line: 12, col: 4 ] Triples not terminated by DOT"));
        assertEquals(12, e.line());
        assertEquals("m.ttl:12: is not valid Turtle: [line: 12, col: 4 ] Triples not terminated by DOT", e.getMessage());
    }

    @Test
    void invalidTurtleWithoutALineInTheParserMessageHasLineZero() {
        assertEquals(0, SourceException.invalidTurtle(Path.of("m.ttl"), new RiotException("Bad input")).line());
    }
}
