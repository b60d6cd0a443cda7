package be.wallonia.clusterkg.store;

import be.wallonia.clusterkg.error.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildDirectoryTest {
    private static final long PID = ProcessHandle.current().pid();
    @TempDir Path root;

    @Test
    void aSecondWriterWaitsItsTimeThenFailsNamingTheHolder() {
        BuildDirectory dir = new BuildDirectory(root);
        try (BuildDirectory.Writer first = dir.writer(Duration.ZERO)) {
            long start = System.nanoTime();
            UserError e = assertThrows(UserError.class, () -> dir.writer(Duration.ofMillis(300)));
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos(), "it did not wait");
            assertTrue(e.getMessage().startsWith(root.resolve("writer.lock") + " is held by process " + PID
                    + " (this one), a build started at "), e.getMessage());
            assertEquals(Optional.empty(), new BuildDirectory(root).tryWriter());
        }
    }

    @Test
    void aClosedWriterLetsTheNextOneWrite() {
        BuildDirectory dir = new BuildDirectory(root);
        dir.writer(Duration.ZERO).close();

        try (BuildDirectory.Writer next = dir.tryWriter().orElseThrow()) {
            assertTrue(Files.isDirectory(next.startNew()));
        }
    }

    @Test
    void aLockFileLeftByAProcessThatDiedHoldsNothing() throws IOException {
        Files.writeString(root.resolve(BuildDirectory.WRITER_LOCK), "process 2147483646, a build started at yesterday\n");

        try (BuildDirectory.Writer w = new BuildDirectory(root).writer(Duration.ZERO)) {
            assertTrue(Files.readString(root.resolve(BuildDirectory.WRITER_LOCK)).startsWith("process " + PID + ", a build started at "));
        }
    }

    @Test
    void aNewWriterRemovesPartialBuildsAndTemporaryLinksAndKeepsTheCompleteOnes() throws IOException {
        BuildDirectory dir = new BuildDirectory(root);
        Path current, previous, partial;
        try (BuildDirectory.Writer w = dir.writer(Duration.ZERO)) {
            previous = w.startNew();
            w.promote(previous);
            current = w.startNew();
            w.promote(current);
            partial = w.startNew();
            Files.writeString(Files.createDirectories(partial.resolve("tdb2")).resolve("half-written"), "x");
        }
        Files.createSymbolicLink(root.resolve("current.tmp-12345"), root.relativize(partial));

        dir.writer(Duration.ZERO).close();

        assertFalse(Files.exists(partial));
        assertFalse(Files.exists(root.resolve("current.tmp-12345"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertEquals(Optional.of(current.toRealPath()), dir.current());
        assertTrue(Files.exists(previous.resolve(BuildDirectory.COMPLETE_MARKER)));
    }

    @Test
    void aServerLeavesTheBuildsOfAWriterAtWorkAlone() {
        BuildDirectory dir = new BuildDirectory(root);
        try (BuildDirectory.Writer w = dir.writer(Duration.ZERO)) {
            Path building = w.startNew();

            dir.removeWhatDeadWritersLeftIfNoWriter();

            assertTrue(Files.isDirectory(building));
        }
    }
}
