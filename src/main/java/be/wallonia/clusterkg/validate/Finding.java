package be.wallonia.clusterkg.validate;

/**
 * One result of a check: where (the named graph and the focus node), what (the path and the value),
 * why (the message and the shape), and how bad (violation or warning).
 */
public record Finding(String graph, Severity severity, String focus, String path, String value, String message,
                      String shape) {
    public enum Severity { VIOLATION, WARNING, INFO }

    public String toText() {
        return String.format("%s in %s%n  focus: %s%n  path:  %s%n  value: %s%n  %s%n  (shape %s)",
                severity, graph, focus, path.isEmpty() ? "-" : path, value.isEmpty() ? "-" : value, message, shape);
    }
}
