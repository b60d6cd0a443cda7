package be.wallonia.clusterkg.imports;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

import be.wallonia.clusterkg.source.SourceEntry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Files of RDF in any format of {@link ImportFormat} (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML), parsed by
 * Jena RIOT with relative IRIs resolved against the build's base. Everything goes into the file's one graph: the
 * graph names of quads are dropped, the file's manifest entry says where its statements come from.
 */
public final class RdfLoader implements Loader {
    public static final String ID = SourceEntry.RDF;

    @Override public String id() { return ID; }

    @Override public String reads() { return "files of RDF (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML), as they are"; }

    @Override public RdfContent load(Path file, ImportFormat format, Context context) {
        Graph graph = GraphFactory.createDefaultGraph();
        List<Problem> problems = new ArrayList<>();
        StreamRDF triples = new StreamRDFWrapper(StreamRDFLib.graph(graph)) {
            @Override public void quad(Quad quad) { triple(quad.asTriple()); }
        };
        try {
            RDFParser.source(file).base(context.base())
                    .lang(format.lang().orElseThrow(() -> new IllegalArgumentException(format + " is not an RDF format")))
                    .errorHandler(new Collecting(file, problems))
                    .parse(triples);
        } catch (RiotException e) {
            if (problems.isEmpty()) problems.add(Problem.at(file, 0, "is not valid " + format.mediaType() + ": " + e.getMessage()));
        }
        return new RdfContent(file, ModelFactory.createModelForGraph(graph), List.copyOf(problems));
    }

    /** Records each error with the parser's line and column, and stops at the first: later ones mostly follow from it. */
    private record Collecting(Path file, List<Problem> problems) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) {}

        @Override public void error(String message, long line, long col) { fatal(message, line, col); }

        @Override public void fatal(String message, long line, long col) {
            problems.add(Problem.atLine(file, (int) Math.max(line, 0), (int) Math.max(col, 0), message));
            throw new RiotException(message);
        }
    }
}
