package be.wallonia.clusterkg.validate;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.source.SourceException;
import be.wallonia.clusterkg.source.TurtleFile;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.util.FmtUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates every named graph of a dataset, each on its own, against the SHACL shapes of
 * {@code ontology/shapes.ttl}, with Jena's SHACL engine.
 */
public final class Validator {
    public static final String SHAPES_FILE = "shapes.ttl";

    private final Shapes shapes;
    private final Iris iris;

    private Validator(Shapes shapes, Iris iris) {
        this.shapes = shapes;
        this.iris = iris;
    }

    /**
     * Skips the ontology graph (the OWL tests check it, not the data shapes) and the inferred graphs
     * (entailments of graphs already validated, which restate their facts under other terms).
     */
    public static Validator of(Path ontologyDir, Iris iris) {
        Path file = ontologyDir.resolve(SHAPES_FILE);
        if (!Files.isRegularFile(file)) {
            throw new SourceException(file, 0, "not found: expected the SHACL shapes of the graph"
                    + " (give the ontology directory with --ontology)");
        }
        Graph shapesGraph = TurtleFile.read(file, iris.base()).getGraph();
        return new Validator(Shapes.parse(shapesGraph), iris);
    }

    private boolean skipped(String graph) {
        return graph.equals(iris.ontologyGraph()) || graph.startsWith(iris.inferredGraphPrefix());
    }

    public ValidationReport validate(Dataset dataset) {
        List<Finding> findings = new ArrayList<>();
        int graphs = 0;
        List<String> names = new ArrayList<>();
        dataset.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        for (String name : names.stream().sorted().toList()) {
            if (skipped(name)) continue;
            graphs++;
            findings.addAll(findings(name, dataset.getNamedModel(name)));
        }
        return ValidationReport.of(findings, graphs, shapes.numShapes());
    }

    /** Validates one graph on its own, as {@link #validate(Dataset)} validates each: a graph too large to hold with the others. */
    public ValidationReport validate(String graphName, Model graph) {
        return ValidationReport.of(findings(graphName, graph), 1, shapes.numShapes());
    }

    private List<Finding> findings(String graphName, Model graph) {
        org.apache.jena.shacl.ValidationReport report = ShaclValidator.get().validate(shapes, graph.getGraph());
        List<Finding> findings = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            findings.add(new Finding(graphName, severity(e), text(e.focusNode()),
                    e.resultPath() == null ? "" : e.resultPath().toString(),
                    e.value() == null ? "" : text(e.value()), e.message(), text(e.source())));
        }
        return findings;
    }

    private static Finding.Severity severity(ReportEntry e) {
        String level = e.severity().level().getLocalName();
        return switch (level) {
            case "Warning" -> Finding.Severity.WARNING;
            case "Info" -> Finding.Severity.INFO;
            default -> Finding.Severity.VIOLATION;
        };
    }

    private static String text(Node n) {
        return n == null ? "" : n.isURI() ? n.getURI() : FmtUtils.stringForNode(n);
    }
}
