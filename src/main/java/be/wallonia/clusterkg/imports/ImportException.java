package be.wallonia.clusterkg.imports;

import be.wallonia.clusterkg.source.SourceException;

import java.util.List;
import java.util.stream.Collectors;

/** An imported file the build or the import command refuses, with every problem found in it. */
public class ImportException extends SourceException {
    private final List<Problem> problems;

    public ImportException(List<Problem> problems) {
        super(problems.get(0).file(), 0, describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() { return problems; }

    private static String describe(List<Problem> problems) {
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + ", nothing imported:\n"
                + problems.stream().map(Problem::toText).collect(Collectors.joining("\n"));
    }
}
