package be.wallonia.clusterkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where builds live: {@code {root}/builds/{id}/} each, and {@code {root}/current}, a symbolic link to
 * the last complete one. A build writes into a new directory and becomes current by an atomic rename
 * of the link, so a failed or killed build never touches the graph being served.
 */
public final class BuildDirectory {
    static final String COMPLETE_MARKER = "BUILD-COMPLETE";
    /** The dataset's description for its publication, copied into each build from the data directory. */
    public static final String PUBLICATION = "publication.ttl";
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final int KEEP_PREVIOUS = 1;

    private final Path root;

    public BuildDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() { return root; }

    private Path builds() { return root.resolve("builds"); }

    private Path link() { return root.resolve("current"); }

    /** The last complete build, if there is one. */
    public Optional<Path> current() {
        Path link = link();
        if (!Files.isSymbolicLink(link)) return Optional.empty();
        try {
            Path target = link.toRealPath();
            return Files.exists(target.resolve(COMPLETE_MARKER)) ? Optional.of(target) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A new, empty directory for a build. */
    public Path startNew() {
        try {
            Files.createDirectories(builds());
            Path dir = builds().resolve(LocalDateTime.now().format(ID));
            while (Files.exists(dir)) dir = builds().resolve(LocalDateTime.now().format(ID) + "-" + System.nanoTime() % 1000);
            return Files.createDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a build directory under " + builds(), e);
        }
    }

    /** Makes a finished build current (atomically), then removes builds older than the previous one. */
    public void promote(Path build) {
        try {
            Files.writeString(build.resolve(COMPLETE_MARKER), "complete\n");
            Path tmpLink = root.resolve("current.tmp-" + ProcessHandle.current().pid());
            Files.deleteIfExists(tmpLink);
            Files.createSymbolicLink(tmpLink, root.relativize(build));
            Files.move(tmpLink, link(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + build + " the current build", e);
        }
        removeOld(build);
    }

    /** Removes a build that failed, leaving the current one as it was. */
    public void discard(Path build) {
        deleteTree(build);
    }

    private void removeOld(Path current) {
        List<Path> others;
        try (Stream<Path> s = Files.list(builds())) {
            others = s.filter(p -> !p.equals(current)).sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            return;
        }
        int kept = 0;
        for (Path p : others) {
            boolean complete = Files.exists(p.resolve(COMPLETE_MARKER));
            if (complete && kept < KEEP_PREVIOUS) {
                kept++;
            } else {
                deleteTree(p);
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}
