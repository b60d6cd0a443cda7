package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.assemble.DatasetAssembler;
import be.wallonia.clusterkg.serve.GraphServer;
import be.wallonia.clusterkg.pipeline.GraphBuild;
import be.wallonia.clusterkg.store.BuildStamp;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every verb that builds or reads the graph shares. */
final class GraphOptions {
    @Option(names = "--base", paramLabel = "IRI",
            description = "Base of the graph's IRIs (default: http://localhost:{port}/, port 8080 unless --port says otherwise).")
    String base;

    @Option(names = "--data", paramLabel = "DIR", description = "The data directory (default: ${DEFAULT-VALUE}).")
    Path data = DatasetAssembler.DEFAULT_DATA;

    @Option(names = "--ontology", paramLabel = "DIR", description = "The ontology directory (default: ${DEFAULT-VALUE}).")
    Path ontology = DatasetAssembler.DEFAULT_ONTOLOGY;

    @Option(names = {"--out", "--db"}, paramLabel = "DIR",
            description = "Where builds are kept; the current one is DIR/current (default: ${DEFAULT-VALUE}).")
    Path out = GraphBuild.DEFAULT_OUT;

    /** The IRIs: under the base given, else the local server's at this port. */
    Iris iris(int port) {
        return base != null ? new Iris(base) : Iris.local(port);
    }

    /** The IRIs a build was made with (from its stamp), unless --base says otherwise: its graphs are named under them. */
    Iris builtIris(Path build) {
        return base != null ? new Iris(base) : BuildStamp.read(build).map(s -> new Iris(s.base()))
                .orElse(iris(GraphServer.DEFAULT_PORT));
    }

    GraphBuild graphBuild(int port) {
        return GraphBuild.create().dataDir(data).ontologyDir(ontology).iris(iris(port)).out(out).build();
    }
}
