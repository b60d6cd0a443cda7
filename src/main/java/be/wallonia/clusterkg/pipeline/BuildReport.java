package be.wallonia.clusterkg.pipeline;

import be.wallonia.clusterkg.validate.ValidationReport;
import be.wallonia.clusterkg.assemble.DocumentReport;
import be.wallonia.clusterkg.vocab.QueryFile;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a build made: triples per named graph, resources per class, names no curated label knew, the organisations
 * of the member lists found to be one, what each document gave (its extraction report), time taken in all and per
 * stage.
 */
public record BuildReport(Path buildDir, Map<String, Long> triplesPerGraph, Map<String, Long> resourcesPerClass,
                          List<String> mintedNames, List<String> organisationMatches,
                          List<DocumentReport> documents, ValidationReport validation,
                          Map<String, Long> inferredPerRule, long millis, Map<String, Long> stageMillis) {

    private static final String CLASSES = QueryFile.read(BuildReport.class, "resources-per-class.rq");

    /** Triples per named graph and resources per class, of a dataset (read in a transaction by the caller). */
    record Counts(Map<String, Long> triplesPerGraph, Map<String, Long> resourcesPerClass) {
        static Counts of(Dataset dataset) {
            Map<String, Long> graphs = new LinkedHashMap<>();
            dataset.listModelNames().forEachRemaining(r -> graphs.put(r.getURI(), dataset.getNamedModel(r).size()));
            Map<String, Long> classes = new LinkedHashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(CLASSES).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    classes.put(s.getResource("class").getURI(), s.getLiteral("n").getLong());
                }
            }
            return new Counts(graphs, classes);
        }
    }

    private static final String STAGES = "Stages (ms): ";

    /** The stage times in the text of a report (its "Stages (ms):" line), in order; empty if it has none. */
    public static Map<String, Long> stageMillis(List<String> reportLines) {
        Map<String, Long> stages = new LinkedHashMap<>();
        reportLines.stream().filter(l -> l.startsWith(STAGES)).findFirst().ifPresent(line -> {
            for (String stage : line.substring(STAGES.length()).split(", ")) {
                int space = stage.lastIndexOf(' ');
                stages.put(stage.substring(0, space), Long.parseLong(stage.substring(space + 1)));
            }
        });
        return stages;
    }

    public long totalTriples() {
        return triplesPerGraph.values().stream().mapToLong(Long::longValue).sum();
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Built %s in %d ms: %d triples in %d named graphs%n",
                buildDir, millis, totalTriples(), triplesPerGraph.size()));
        out.append(STAGES).append(String.join(", ", stageMillis.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).toList())).append('\n');
        out.append("Triples per graph:\n");
        triplesPerGraph.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append(String.format("  %8d  %s%n", e.getValue(), e.getKey())));
        out.append("Resources per class:\n");
        resourcesPerClass.forEach((c, n) -> out.append(String.format("  %8d  %s%n", n, c)));
        out.append("Inferred triples per rule:\n");
        inferredPerRule.forEach((rule, n) -> out.append(String.format("  %8d  %s%n", n, rule)));
        out.append("Documents:\n");
        documents.forEach(d -> out.append(d.toText().indent(2)));
        out.append("Validation: ").append(validation.summary()).append('\n');
        validation.findings().forEach(f -> out.append(f.toText().indent(2)));
        if (!mintedNames.isEmpty()) {
            out.append("Names that no curated label knows (given IRIs of their own):\n");
            mintedNames.forEach(n -> out.append("  ").append(n).append('\n'));
        }
        if (!organisationMatches.isEmpty()) {
            out.append("Organisations of the member lists found to be one:\n");
            organisationMatches.forEach(m -> out.append("  ").append(m).append('\n'));
        }
        return out.toString();
    }
}
