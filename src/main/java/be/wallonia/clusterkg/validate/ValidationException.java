package be.wallonia.clusterkg.validate;

import be.wallonia.clusterkg.error.UserError;

/** The graph breaks a shape: the build refuses it. The report says where and why. */
public class ValidationException extends UserError {
    private final ValidationReport report;

    public ValidationException(ValidationReport report) {
        super("the graph does not conform to ontology/shapes.ttl: " + report.summary() + "\n" + firstViolations(report));
        this.report = report;
    }

    public ValidationReport report() { return report; }

    private static String firstViolations(ValidationReport report) {
        StringBuilder out = new StringBuilder();
        report.findings().stream().filter(f -> f.severity() == Finding.Severity.VIOLATION).limit(10)
                .forEach(f -> out.append(f.toText()).append('\n'));
        return out.toString();
    }
}
