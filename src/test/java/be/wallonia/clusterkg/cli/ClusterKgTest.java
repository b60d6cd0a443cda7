package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.error.UserError;
import be.wallonia.clusterkg.source.SourceException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the command line tells a user's mistake (one line, exit 1) from a bug (its trace, exit 2). */
class ClusterKgTest {
    private final StringWriter err = new StringWriter();

    @Command(name = "fails")
    static final class Failing implements Callable<Integer> {
        private final RuntimeException failure;

        Failing(RuntimeException failure) { this.failure = failure; }

        @Override public Integer call() { throw failure; }
    }

    private int run(RuntimeException failure) {
        CommandLine cl = ClusterKg.commandLine().addSubcommand("fails", new Failing(failure));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute("fails");
    }

    @Test
    void aUserErrorPrintsOneLineAndExits1() {
        assertEquals(1, run(new UserError("--slug x y: expected lower-case ASCII words joined by hyphens")));
        assertEquals("clusterkg: --slug x y: expected lower-case ASCII words joined by hyphens", err.toString().strip());
    }

    @Test
    void aStageRefusingItsInputIsAUserError() {
        assertEquals(1, run(new SourceException(Path.of("data/sources.ttl"), 12, "expected a dcterms:title")));
        assertEquals("clusterkg: data/sources.ttl:12: expected a dcterms:title", err.toString().strip());
    }

    @Test
    void anIllegalArgumentFromTheCodeIsABugWithItsTraceAndExits2() {
        assertEquals(2, run(new IllegalArgumentException("index out of range")));
        assertTrue(err.toString().startsWith("java.lang.IllegalArgumentException: index out of range"), err.toString());
        assertTrue(err.toString().contains("\tat "), "the trace is printed");
    }

    @Test
    void aBaseThatIsNoIriIsRefusedAsAnOptionWithExit1() {
        CommandLine cl = ClusterKg.commandLine();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(1, cl.execute("validate", "--base", "localhost/kg"));
        String message = err.toString().strip();
        assertTrue(message.startsWith("clusterkg: ") && message.contains("--base") && message.contains("must end with '/'"), message);
        assertEquals(1, message.lines().count(), message);
    }
}
