package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.pipeline.BuildReport;
import be.wallonia.clusterkg.serve.GraphServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the graph from data/ and ontology/ into a new TDB2 database with TriG and N-Quads dumps,",
                "and makes it current only when every step succeeded."})
final class BuildCommand implements Callable<Integer> {
    @Mixin GraphOptions options;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        BuildReport report = options.graphBuild(GraphServer.DEFAULT_PORT).run();
        spec.commandLine().getOut().print(report.toText());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
