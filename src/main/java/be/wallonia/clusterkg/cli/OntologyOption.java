package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.assemble.DatasetAssembler;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --ontology}, declared once for every verb that reads the ontology and its shapes. */
final class OntologyOption {
    @Option(names = "--ontology", paramLabel = "DIR", description = "The ontology directory (default: ${DEFAULT-VALUE}).")
    Path ontology = DatasetAssembler.DEFAULT_ONTOLOGY;
}
