package be.wallonia.clusterkg.source;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads a Turtle file of the project, relative IRIs resolved against the build's base. */
public final class TurtleFile {
    private TurtleFile() {}

    /** @throws SourceException naming the file and the line when it is missing or not valid Turtle */
    public static Model read(Path file, String base) {
        if (!Files.isRegularFile(file)) throw new SourceException(file, 0, "not found; expected a Turtle file");
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(file).base(base).lang(Lang.TURTLE)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(model);
        } catch (RiotException e) {
            var m = java.util.regex.Pattern.compile("\\[line: (\\d+)").matcher(String.valueOf(e.getMessage()));
            throw new SourceException(file, m.find() ? Integer.parseInt(m.group(1)) : 0,
                    "is not valid Turtle: " + e.getMessage());
        }
        return model;
    }

    /** The Turtle files directly in a directory, sorted by name; none when the directory is absent. */
    public static List<Path> filesIn(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new SourceException(dir, 0, "cannot be listed: " + e.getMessage());
        }
    }
}
