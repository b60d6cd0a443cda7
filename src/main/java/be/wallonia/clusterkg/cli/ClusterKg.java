package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.error.UserError;

import be.wallonia.clusterkg.process.ChildProcess;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: one verb per class. A user error (a {@link UserError}: bad input, a tool missing; or an option
 * picocli refuses) prints one line and exits 1; anything else is a bug, which prints its stack trace and exits 2.
 */
@Command(name = "clusterkg", mixinStandardHelpOptions = true, versionProvider = ClusterKg.Version.class,
        description = "The knowledge graph of Wallonia's business clusters and competitiveness clusters.",
        subcommands = {BuildCommand.class, ServeCommand.class, ValidateCommand.class, CoverageCommand.class, ReviewCommand.class,
                ImportCommand.class, GenerateCommand.class, BenchCommand.class, LoadTestCommand.class,
                CommandLine.HelpCommand.class})
public final class ClusterKg {
    static final int USER_ERROR = 1;
    static final int BUG = 2;

    public static void main(String[] args) {
        // a rebuild outliving a killed server would write beside the server that replaces it
        ChildProcess.endWithParent();
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ClusterKg());
        cl.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("clusterkg: " + e.getMessage() + " (see --help)");
            return USER_ERROR;
        });
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof UserError) {
                line.getErr().println("clusterkg: " + e.getMessage());
                return USER_ERROR;
            }
            e.printStackTrace(line.getErr());
            return BUG;
        });
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            String v = ClusterKg.class.getPackage().getImplementationVersion();
            return new String[] {"clusterkg " + (v == null ? "(development)" : v)};
        }
    }
}
