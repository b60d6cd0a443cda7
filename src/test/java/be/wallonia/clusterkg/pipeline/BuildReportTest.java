package be.wallonia.clusterkg.pipeline;

import be.wallonia.clusterkg.validate.ValidationReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A build report's text gives back its stage times, for the benchmark that reads a child build's output. */
class BuildReportTest {
    @Test void theStageTimesOfAReportsTextAreReadBackInOrder() {
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("assemble", 1990L);
        stages.put("import", 57976L);
        stages.put(GraphBuild.CHECK_DUMPS, 11041L);
        BuildReport report = new BuildReport(Path.of("b"), Map.of("g", 1L), Map.of(), List.of(), List.of(), List.of(),
                new ValidationReport(List.of(), 1, 1), Map.of(), 71007L, stages);
        assertEquals(List.copyOf(stages.entrySet()),
                List.copyOf(BuildReport.stageMillis(report.toText().lines().toList()).entrySet()));
    }

    @Test void aTextWithoutStagesGivesNone() {
        assertEquals(Map.of(), BuildReport.stageMillis(List.of("Built nothing")));
    }
}
