package be.wallonia.clusterkg.error;

/**
 * What the user can fix: an input that cannot be used, an option that makes no sense, a tool that is missing. The
 * command line prints its message as one line and exits 1 (as Jena's {@code CmdException}); any other exception
 * is a bug, printed with its trace, exit 2. Every stage's own refusal extends this type, so that the command line
 * knows a user's mistake by its type, never by a list kept by hand.
 */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
