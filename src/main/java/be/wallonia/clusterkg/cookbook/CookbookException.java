package be.wallonia.clusterkg.cookbook;

import be.wallonia.clusterkg.error.UserError;

/** A cookbook that cannot be read: the message names the file and what was expected in it. */
public class CookbookException extends UserError {
    public CookbookException(String message) {
        super(message);
    }

    public CookbookException(String message, Throwable cause) {
        super(message, cause);
    }
}
