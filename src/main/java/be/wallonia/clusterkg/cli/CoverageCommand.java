package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.serve.pages.CoveragePage;
import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.coverage.CoverageData;
import be.wallonia.clusterkg.coverage.CoverageFormat;
import be.wallonia.clusterkg.coverage.CoverageReport;
import be.wallonia.clusterkg.coverage.Level;
import be.wallonia.clusterkg.store.Dumps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"Reports which NACE Rev. 2 sections (or divisions) the clusters and pôles cover: the matrix, the gaps",
                "(covered by none), the sectors covered by one and by several (overlaps), the covered share at both levels,",
                "the same per source, and each replaced source (the 2008 list) against the sources that replace it.",
                "Reads the current build (building it first when missing or older than its inputs)."})
final class CoverageCommand implements Callable<Integer> {
    enum Format { text, csv, json, html }

    @Mixin GraphOptions options;
    @Spec CommandSpec spec;

    @Option(names = "--level", paramLabel = "LEVEL", description = "section or division (default: ${DEFAULT-VALUE}).")
    String level = Level.SECTION.id();

    @Option(names = "--source", paramLabel = "SLUG", description = "Only what this source says (a slug of data/sources.ttl, e.g. clusters-2008-fr).")
    String source;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, csv, json or html (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Override public Integer call() {
        Path current = options.currentBuild(spec.commandLine().getErr());
        Iris iris = options.builtIris(current);
        CoverageReport report = CoverageReport.of(CoverageData.read(Dumps.read(current), iris), Level.of(level),
                Optional.ofNullable(source));
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case text -> CoverageFormat.TEXT.render(report);
            case csv -> CoverageFormat.CSV.render(report);
            case json -> CoverageFormat.JSON.render(report);
            case html -> CoveragePage.standalone(report, "en", iris);
        });
        out.flush();
        return 0;
    }
}
