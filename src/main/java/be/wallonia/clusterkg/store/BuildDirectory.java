package be.wallonia.clusterkg.store;

import be.wallonia.clusterkg.error.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where builds live: {@code {root}/builds/{id}/} each, and {@code {root}/current}, a symbolic link to
 * the last complete one. A build writes into a new directory and becomes current by an atomic rename
 * of the link, so a failed or killed build never touches the graph being served.
 *
 * <p>Only a {@link Writer} writes there, and a root has one at a time: a build killed half-way would otherwise
 * leave a second writer promoting over, or cleaning away, the directory another one is writing. Reading the
 * current build needs no writer, so a server restarted beside a dying build serves at once.
 */
public final class BuildDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(BuildDirectory.class);
    static final String COMPLETE_MARKER = "BUILD-COMPLETE";
    static final String WRITER_LOCK = "writer.lock";
    private static final String TEMPORARY_LINK = "current.tmp-";
    private static final Pattern HOLDER = Pattern.compile("^process (\\d+), (.*)$", Pattern.DOTALL);
    private static final Duration RETRY = Duration.ofMillis(100);
    /**
     * The roots this JVM writes, with what its lock file says: a second attempt from this JVM must be refused here,
     * as it may not even open the lock file, whose closing would drop this process's lock on it (POSIX locks are
     * per process, and any close of the file releases them).
     */
    private static final Map<Path, String> WRITTEN_HERE = new ConcurrentHashMap<>();
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

    /**
     * Becomes the one writer of this root, waiting at most wait for the one at work (a build takes seconds to
     * minutes; a writer whose parent died ends within a second); then removes what writers that died left.
     */
    public Writer writer(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<Writer> writer = tryWriter();
            if (writer.isPresent()) return writer.get();
            if (System.nanoTime() - deadline > 0) {
                throw new UserError(lockFile() + " is held by " + holder() + "; waited " + wait.toSeconds()
                        + " s for it to end, as a database root has one writer at a time");
            }
            try {
                Thread.sleep(RETRY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + lockFile(), e);
            }
        }
    }

    /** The one writer of this root now, unless another is at work; removes what writers that died left. */
    public Optional<Writer> tryWriter() {
        String holder = "process " + ProcessHandle.current().pid() + ", a build started at " + Instant.now();
        if (WRITTEN_HERE.putIfAbsent(root, holder) != null) return Optional.empty();
        FileChannel channel = null;
        try {
            Files.createDirectories(root);
            channel = FileChannel.open(lockFile(), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                WRITTEN_HERE.remove(root);
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            removeWhatDeadWritersLeft();
            return Optional.of(new Writer(channel, lock));
        } catch (IOException | RuntimeException e) {
            WRITTEN_HERE.remove(root);
            try {
                if (channel != null) channel.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof IOException io) throw new UncheckedIOException("cannot lock " + lockFile(), io);
            throw (RuntimeException) e;
        }
    }

    /**
     * Removes, when no writer is at work, what a writer that died left: for a server about to serve the current
     * build, which it may do whether or not another writer works.
     */
    public void removeWhatDeadWritersLeftIfNoWriter() {
        tryWriter().ifPresent(Writer::close);
    }

    private Path lockFile() { return root.resolve(WRITER_LOCK); }

    /** Who holds the lock, as its lock file says, and whether that process still runs. */
    private String holder() {
        String here = WRITTEN_HERE.get(root);
        if (here != null) return here.replaceFirst("^process (\\d+)", "process $1 (this one)");
        String said;
        try {
            said = Files.readString(lockFile(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "a process that cannot be told (" + e.getMessage() + ")";
        }
        Matcher m = HOLDER.matcher(said);
        if (!m.matches()) return "a process that has not yet written its id";
        boolean alive = ProcessHandle.of(Long.parseLong(m.group(1))).map(ProcessHandle::isAlive).orElse(false);
        return "process " + m.group(1) + (alive ? " (alive)" : " (ended)") + ", " + m.group(2);
    }

    /**
     * Partial builds (no completion marker, hence never current) and temporary links are a dead writer's:
     * only the writer, which is this one now, makes them.
     */
    private void removeWhatDeadWritersLeft() throws IOException {
        List<Path> partial = List.of();
        if (Files.isDirectory(builds())) {
            try (Stream<Path> s = Files.list(builds())) {
                partial = s.filter(p -> !Files.exists(p.resolve(COMPLETE_MARKER))).sorted().toList();
            }
        }
        List<Path> links;
        try (Stream<Path> s = Files.list(root)) {
            links = s.filter(p -> p.getFileName().toString().startsWith(TEMPORARY_LINK)).toList();
        }
        partial.forEach(BuildDirectory::deleteTree);
        for (Path link : links) Files.deleteIfExists(link);
        if (!partial.isEmpty() || !links.isEmpty()) {
            LOG.info("Removed what builds killed before the end left in {}: {} partial build(s) {}, {} temporary link(s)",
                    root, partial.size(), partial.stream().map(p -> p.getFileName().toString()).toList(), links.size());
        }
    }

    /** The one writer of a root: it alone makes, promotes and discards builds there, until it is closed. */
    public final class Writer implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private Writer(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
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
                Path tmpLink = root.resolve(TEMPORARY_LINK + ProcessHandle.current().pid());
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

        /** Ends this writer: the next may start. */
        @Override public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot unlock " + lockFile(), e);
            } finally {
                WRITTEN_HERE.remove(root);
            }
        }
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
