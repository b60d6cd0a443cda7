package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.assemble.DatasetAssembler;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --data}, declared once for every verb that reads the data directory. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", description = "The data directory (default: ${DEFAULT-VALUE}).")
    Path data = DatasetAssembler.DEFAULT_DATA;
}
