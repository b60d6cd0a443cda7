package be.wallonia.clusterkg.serve;

import be.wallonia.clusterkg.process.ChildProcess;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.store.BuildDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rebuild of the graph from {@code data/} and {@code ontology/} in a child process (the same java and
 * class path, verb {@code build}), so that whatever happens to it — a validation failure, an
 * out-of-memory, a {@code kill -9} — the server's own process and the build it serves are untouched. The
 * child promotes its build only when it is complete; the server then opens that build.
 */
public final class Rebuild {
    /** The log of the last rebuild, in the builds' root. */
    public static final String LOG = "rebuild.log";
    private static final int REASON_CHARS = 4000;

    private final Path data;
    private final Path ontology;
    private final Path out;
    private final Iris iris;
    private final Duration limit;
    /** The command line whose {@code build} verb the child runs; given by the caller, as serve does not know it. */
    private final Class<?> main;

    /** A rebuild of data and ontology into the builds' root out, under base, given at most limit to finish. */
    public Rebuild(Class<?> main, Path data, Path ontology, Path out, Iris iris, Duration limit) {
        this.main = Objects.requireNonNull(main);
        this.data = data.toAbsolutePath();
        this.ontology = ontology.toAbsolutePath();
        this.out = out.toAbsolutePath();
        this.iris = Objects.requireNonNull(iris);
        this.limit = Objects.requireNonNull(limit);
    }

    /** Runs the build; returns the new current build, or says why there is none. */
    Path run() throws ReloadException {
        Path log = out.resolve(LOG);
        List<String> command = ChildProcess.java(List.of(), main, List.of("build",
                "--data", data.toString(), "--ontology", ontology.toString(), "--out", out.toString(), "--base", iris.base()));
        ChildProcess child;
        try {
            Files.createDirectories(out);
            child = ChildProcess.start(command, null, log);
        } catch (IOException e) {
            throw new ReloadException("the rebuild could not start: " + e.getMessage());
        }
        int status;
        try {
            Optional<Integer> exit = child.waitFor(limit);
            if (exit.isEmpty()) {
                child.close();
                throw new ReloadException("the rebuild did not finish in " + limit.toSeconds() + " s and was stopped");
            }
            status = exit.get();
        } catch (InterruptedException e) {
            child.close();
            Thread.currentThread().interrupt();
            throw new ReloadException("the rebuild was interrupted");
        }
        if (status != 0) throw new ReloadException(reason(status, log));
        return new BuildDirectory(out).current()
                .orElseThrow(() -> new ReloadException("the rebuild ended without a current build in " + out));
    }

    /** The child's own words (its one-line error, or the end of its output) and how it ended. */
    private static String reason(int status, Path log) {
        String how = status > 128 ? "the rebuild was killed (signal " + (status - 128) + ")"
                : "the rebuild failed (exit status " + status + ")";
        String said;
        try {
            said = Files.readString(log, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (said.length() > REASON_CHARS) said = "…" + said.substring(said.length() - REASON_CHARS);
        return said.isEmpty() ? how : how + ": " + said;
    }

    /** Why a reload did not happen; the server keeps serving the build it had. */
    public static final class ReloadException extends Exception {
        public ReloadException(String message) {
            super(message);
        }
    }
}
