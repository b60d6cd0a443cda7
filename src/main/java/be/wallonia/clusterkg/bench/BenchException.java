package be.wallonia.clusterkg.bench;

import be.wallonia.clusterkg.error.UserError;

/**
 * A benchmark that cannot go on: a child process that failed or never answered. The message is one line naming
 * what failed and the log to read; {@code bench} prints it and exits non-zero.
 */
public final class BenchException extends UserError {
    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
