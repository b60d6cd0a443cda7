package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.serve.GraphServer;
import be.wallonia.clusterkg.pipeline.GraphBuild;
import be.wallonia.clusterkg.store.BuildStamp;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The options every verb that builds or reads the graph shares. */
final class GraphOptions {
    @Option(names = "--base", paramLabel = "IRI", converter = IrisConverter.class,
            description = "Base of the graph's IRIs (default: http://localhost:{port}/, port 8080 unless --port says otherwise).")
    Iris base;

    @Mixin DataOption data;

    @Mixin OntologyOption ontology;

    @Option(names = {"--out", "--db"}, paramLabel = "DIR",
            description = "Where builds are kept; the current one is DIR/current (default: ${DEFAULT-VALUE}).")
    Path out = GraphBuild.DEFAULT_OUT;

    @Option(names = "--strict", description = "Refuse a document whose shape no extractor understands, naming the file "
            + "and the line (by default its passages alone enter the graph, and the build report says what it did not understand).")
    boolean strict;

    /** The IRIs: under the base given, else the local server's at this port. */
    Iris iris(int port) {
        return base != null ? base : Iris.local(port);
    }

    /** The IRIs a build was made with (from its stamp), unless --base says otherwise: its graphs are named under them. */
    Iris builtIris(Path build) {
        return base != null ? base : BuildStamp.read(build).map(s -> new Iris(s.base()))
                .orElse(iris(GraphServer.DEFAULT_PORT));
    }

    GraphBuild graphBuild(int port) {
        return GraphBuild.create().dataDir(data()).ontologyDir(ontology()).iris(iris(port)).out(out).strict(strict).build();
    }

    /**
     * The current build for the local server's base, built first (saying so on {@code err}) when there is none or it
     * is older than its inputs: for the verbs that read a build rather than serve it.
     */
    Path currentBuild(PrintWriter err) {
        GraphBuild build = graphBuild(GraphServer.DEFAULT_PORT);
        if (!build.isCurrent()) {
            err.println("clusterkg: building the graph first (none current in " + out + ")");
            build.run();
        }
        return build.directory().current().orElseThrow();
    }

    Path data() { return data.data; }

    Path ontology() { return ontology.ontology; }

    /** A base that is no IRI is the user's mistake, said as one line, not a bug. */
    static final class IrisConverter implements CommandLine.ITypeConverter<Iris> {
        @Override public Iris convert(String value) {
            try {
                return new Iris(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
