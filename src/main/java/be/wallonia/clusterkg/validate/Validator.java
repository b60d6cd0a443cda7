package be.wallonia.clusterkg.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.util.FmtUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Validates every named graph of a dataset, each on its own, against the SHACL shapes of
 * {@code ontology/shapes.ttl}, with Jena's SHACL engine.
 */
public final class Validator {
    public static final String SHAPES_FILE = "shapes.ttl";

    private final Shapes shapes;
    private final Set<String> skippedGraphs;

    private Validator(Shapes shapes, Set<String> skippedGraphs) {
        this.shapes = shapes;
        this.skippedGraphs = skippedGraphs;
    }

    /**
     * @param ontologyGraph the graph holding the ontology: it is checked by the OWL tests, not by the
     *                      data shapes, and is skipped here
     */
    public static Validator of(Path ontologyDir, String ontologyGraph) {
        Graph shapesGraph = RDFDataMgr.loadGraph(ontologyDir.resolve(SHAPES_FILE).toString());
        return new Validator(Shapes.parse(shapesGraph), Set.of(ontologyGraph));
    }

    public ValidationReport validate(Dataset dataset) {
        List<Finding> findings = new ArrayList<>();
        int graphs = 0;
        List<String> names = new ArrayList<>();
        dataset.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        for (String name : names.stream().sorted().toList()) {
            if (skippedGraphs.contains(name)) continue;
            graphs++;
            findings.addAll(validate(name, dataset.getNamedModel(name)));
        }
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::graph).thenComparing(Finding::focus));
        return new ValidationReport(List.copyOf(findings), graphs, shapes.numShapes());
    }

    private List<Finding> validate(String graphName, Model graph) {
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
