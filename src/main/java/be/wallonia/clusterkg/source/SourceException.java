package be.wallonia.clusterkg.source;

import java.nio.file.Path;

/** A source the build cannot use: says which file, which line (0 when none applies) and what was expected. */
public class SourceException extends RuntimeException {
    private final Path file;
    private final int line;

    public SourceException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    /** A Turtle file the parser refused, with the line the parser names. */
    public static SourceException invalidTurtle(Path file, org.apache.jena.riot.RiotException e) {
        var m = java.util.regex.Pattern.compile("\\[line: (\\d+)").matcher(String.valueOf(e.getMessage()));
        return new SourceException(file, m.find() ? Integer.parseInt(m.group(1)) : 0,
                "is not valid Turtle: " + e.getMessage());
    }

    public Path file() { return file; }
    public int line() { return line; }
}
