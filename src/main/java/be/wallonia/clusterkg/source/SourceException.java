package be.wallonia.clusterkg.source;

import be.wallonia.clusterkg.error.UserError;

import java.nio.file.Path;

/** A source the build cannot use: says which file, which line (0 when none applies) and what was expected. */
public class SourceException extends UserError {
    private final Path file;
    private final int line;

    public SourceException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public Path file() { return file; }
    public int line() { return line; }
}
