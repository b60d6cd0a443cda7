package be.wallonia.clusterkg.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A SPARQL query kept as a {@code .rq} file beside the class that asks it (under the same package path in the
 * resources), so that it is read, commented and tried out as SPARQL rather than as a Java string. Its parameters are
 * variables the caller binds ({@code ParameterizedSparqlString}), never text spliced in.
 */
public final class QueryFile {
    private QueryFile() {}

    /** The text of the query file {@code fileName} in the package of {@code user}. */
    public static String read(Class<?> user, String fileName) {
        try (InputStream in = user.getResourceAsStream(fileName)) {
            // a missing query is a packaging mistake, not the user's: no recovery from it
            if (in == null) throw new IllegalStateException("missing resource " + fileName + " next to " + user.getName());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
