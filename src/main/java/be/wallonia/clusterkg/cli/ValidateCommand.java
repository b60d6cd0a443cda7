package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.error.UserError;

import be.wallonia.clusterkg.serve.GraphServer;
import be.wallonia.clusterkg.store.Database;
import be.wallonia.clusterkg.validate.ValidationReport;
import be.wallonia.clusterkg.validate.Validator;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates every named graph of the current build against ontology/shapes.ttl (SHACL)",
                "and prints each result: focus node, path, value, message and the graph it was found in.",
                "Exits 0 when no shape is violated (warnings allowed), 1 otherwise."})
final class ValidateCommand implements Callable<Integer> {
    enum Format { text, turtle }

    @Mixin GraphOptions options;
    @Spec CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or turtle (a sh:ValidationReport; default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Override public Integer call() {
        Path build = options.graphBuild(GraphServer.DEFAULT_PORT).directory().current().orElseThrow(() -> new UserError(
                "no build in " + options.out + ": run the build verb first"));
        Dataset copy = DatasetFactory.create();
        Dataset tdb = Database.open(build);
        try {
            Txn.executeRead(tdb, () -> tdb.asDatasetGraph().find().forEachRemaining(copy.asDatasetGraph()::add));
        } finally {
            Database.release(tdb);
        }
        // the graphs are named under the base the build was made with, whatever the default would be
        ValidationReport report = Validator.of(options.ontology(), options.builtIris(build)).validate(copy);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.turtle) {
            java.io.StringWriter turtle = new java.io.StringWriter();
            RDFDataMgr.write(turtle, report.toRdf(), RDFFormat.TURTLE_PRETTY);
            out.print(turtle);
        } else {
            out.print(report.toText());
        }
        out.flush();
        if (!report.conforms()) {
            spec.commandLine().getErr().println("clusterkg: " + report.summary());
            return ClusterKg.USER_ERROR;
        }
        return 0;
    }
}
