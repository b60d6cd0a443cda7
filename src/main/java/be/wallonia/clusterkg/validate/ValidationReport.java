package be.wallonia.clusterkg.validate;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The findings of a validation, over every named graph, with their counts by severity. */
public record ValidationReport(List<Finding> findings, int graphs, int shapes) {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::graph).thenComparing(Finding::focus);

    /** The findings in report order: by severity, then graph, then focus node. */
    static ValidationReport of(List<Finding> findings, int graphs, int shapes) {
        return new ValidationReport(findings.stream().sorted(ORDER).toList(), graphs, shapes);
    }

    /** One report of both validations' graphs, against the same shapes. */
    public ValidationReport and(ValidationReport other) {
        if (other.shapes != shapes) throw new IllegalArgumentException("reports against other shapes: " + shapes + " and " + other.shapes);
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(other.findings);
        return of(all, graphs + other.graphs, shapes);
    }

    public long count(Finding.Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean conforms() {
        return count(Finding.Severity.VIOLATION) == 0;
    }

    public String summary() {
        return String.format("%d shapes, %d graphs: %d violations, %d warnings",
                shapes, graphs, count(Finding.Severity.VIOLATION), count(Finding.Severity.WARNING));
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) out.append(f.toText()).append("\n\n");
        out.append(summary()).append('\n');
        return out.toString();
    }

    /** The findings grouped by shape: "shape (severity): n". */
    public Map<String, Long> countsByShape() {
        Map<String, Long> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.shape() + " (" + f.severity().name().toLowerCase() + ")", 1L, Long::sum));
        return counts;
    }

    /**
     * A SHACL validation report (sh:ValidationReport). Nodes and paths are given as text, since a
     * result may name a blank node of the graph validated; dcterms:source names that graph.
     */
    public Model toRdf() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sh", SHACLM.NS);
        m.setNsPrefix("dcterms", DCTerms.NS);
        Resource report = m.createResource().addProperty(RDF.type, SHACLM.ValidationReport)
                .addLiteral(SHACLM.conforms, conforms());
        for (Finding f : findings) {
            Resource r = m.createResource().addProperty(RDF.type, SHACLM.ValidationResult)
                    .addProperty(SHACLM.resultSeverity, severity(f.severity()))
                    .addProperty(SHACLM.focusNode, node(m, f.focus()))
                    .addProperty(SHACLM.resultMessage, f.message())
                    .addProperty(SHACLM.sourceShape, m.createResource(f.shape()))
                    .addProperty(DCTerms.source, m.createResource(f.graph()));
            if (!f.path().isEmpty()) r.addProperty(SHACLM.resultPath, f.path());
            if (!f.value().isEmpty()) r.addProperty(SHACLM.value, node(m, f.value()));
            report.addProperty(SHACLM.result, r);
        }
        return m;
    }

    /** An IRI as a resource; a blank node or a literal as the text Jena prints for it. */
    private static org.apache.jena.rdf.model.RDFNode node(Model m, String text) {
        boolean iri = text.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:\\S+$") && !text.startsWith("_:");
        return iri ? m.createResource(text) : m.createLiteral(text);
    }

    private static Resource severity(Finding.Severity s) {
        return switch (s) {
            case VIOLATION -> SHACLM.Violation;
            case WARNING -> SHACLM.Warning;
            case INFO -> SHACLM.Info;
        };
    }
}
