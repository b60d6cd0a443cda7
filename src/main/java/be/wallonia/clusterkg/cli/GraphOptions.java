package be.wallonia.clusterkg.cli;

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

    /** The base: the one given, else the local server's at this port. */
    String base(int port) {
        return base != null ? base : "http://localhost:" + port + "/";
    }

    /** The base a build was made with (from its stamp), unless --base says otherwise: its graphs are named under it. */
    String builtBase(Path build) {
        return base != null ? base : BuildStamp.read(build).map(BuildStamp::base)
                .orElse(base(GraphServer.DEFAULT_PORT));
    }

    GraphBuild graphBuild(int port) {
        return GraphBuild.create().dataDir(data).ontologyDir(ontology).base(base(port)).out(out).build();
    }
}
