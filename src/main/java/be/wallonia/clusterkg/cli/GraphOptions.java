package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.assemble.DatasetAssembler;
import be.wallonia.clusterkg.pipeline.GraphBuild;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every verb that builds or reads the graph shares. */
final class GraphOptions {
    @Option(names = "--base", paramLabel = "IRI", description = "Base of the graph's IRIs (default: ${DEFAULT-VALUE}).")
    String base = DatasetAssembler.DEFAULT_BASE;

    @Option(names = "--data", paramLabel = "DIR", description = "The data directory (default: ${DEFAULT-VALUE}).")
    Path data = DatasetAssembler.DEFAULT_DATA;

    @Option(names = "--ontology", paramLabel = "DIR", description = "The ontology directory (default: ${DEFAULT-VALUE}).")
    Path ontology = DatasetAssembler.DEFAULT_ONTOLOGY;

    @Option(names = {"--out", "--db"}, paramLabel = "DIR",
            description = "Where builds are kept; the current one is DIR/current (default: ${DEFAULT-VALUE}).")
    Path out = GraphBuild.DEFAULT_OUT;

    GraphBuild graphBuild() {
        return GraphBuild.create().dataDir(data).ontologyDir(ontology).base(base).out(out).build();
    }
}
