package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.source.SourceException;
import be.wallonia.clusterkg.store.DumpCheck;
import be.wallonia.clusterkg.validate.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: one verb per class. A user error (bad input, bad option) prints one line and exits 1;
 * a bug prints its stack trace and exits 2.
 */
@Command(name = "clusterkg", mixinStandardHelpOptions = true, versionProvider = ClusterKg.Version.class,
        description = "The knowledge graph of Wallonia's business clusters and competitiveness clusters.",
        subcommands = {BuildCommand.class, ServeCommand.class, ValidateCommand.class, CoverageCommand.class, ImportCommand.class,
                GenerateCommand.class, BenchCommand.class, LoadTestCommand.class,
                CommandLine.HelpCommand.class})
public final class ClusterKg {
    static final int USER_ERROR = 1;
    static final int BUG = 2;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ClusterKg());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (isUserError(e)) {
                line.getErr().println("clusterkg: " + e.getMessage());
                return USER_ERROR;
            }
            e.printStackTrace(line.getErr());
            return BUG;
        });
        return cl;
    }

    static boolean isUserError(Throwable e) {
        return e instanceof SourceException || e instanceof IllegalArgumentException
                || e instanceof ValidationException || e instanceof DumpCheck.DumpException;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            String v = ClusterKg.class.getPackage().getImplementationVersion();
            return new String[] {"clusterkg " + (v == null ? "(development)" : v)};
        }
    }
}
