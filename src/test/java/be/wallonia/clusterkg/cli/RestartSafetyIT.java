package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.measure.Load;

import be.wallonia.clusterkg.loadtest.RequestMix;
import be.wallonia.clusterkg.serve.GraphChecksum;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} of the server at any moment — while it starts, while it answers, while it rebuilds for a
 * reload — and a restart serves the same graph: the same quads, by checksum. The kill takes the server's
 * process and its children, as systemd (KillMode=control-group) or a container runtime does.
 */
class RestartSafetyIT {
    private static final String SERVING = "clusterkg serving ";
    @TempDir Path out;
    @TempDir Path logs;
    final List<Process> started = new ArrayList<>();
    int port;
    String url;
    String reference;
    int runs;

    @BeforeEach
    void serveOnceForTheReferenceChecksum() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        url = "http://localhost:" + port + "/";
        Process p = serve();
        awaitStart(p, 300);
        reference = GraphChecksum.of(url);
        killHard(p);
    }

    @AfterEach
    void killWhatIsLeft() throws Exception {
        for (Process p : started) killHard(p);
    }

    private Process serve() throws Exception {
        Path password = Files.writeString(logs.resolve("admin-password"), "r3start!\n");
        Process p = ClusterKgJar.start(logs.resolve("serve-" + (++runs) + ".log"), "serve", "--port", Integer.toString(port),
                "--out", out.toString(), "--admin-password-file", password.toString());
        started.add(p);
        return p;
    }

    private Path log() {
        return logs.resolve("serve-" + runs + ".log");
    }

    private void awaitStart(Process p, long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (Files.readString(log()).contains(SERVING)) return;
            if (!p.isAlive()) throw new AssertionError("serve exited: " + Files.readString(log()));
            Thread.sleep(50);
        }
        throw new AssertionError("serve did not start in " + seconds + " s: " + Files.readString(log()));
    }

    /** SIGKILL to the process and every process it started. */
    private static void killHard(Process p) throws InterruptedException {
        List<ProcessHandle> family = new ArrayList<>(p.descendants().toList());
        p.destroyForcibly();
        family.forEach(ProcessHandle::destroyForcibly);
        p.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle h : family) h.onExit().join();
    }

    private void restartServesTheSameGraph() throws Exception {
        Process p = serve();
        awaitStart(p, 120);
        assertEquals(reference, GraphChecksum.of(url), "after a kill -9, the graph served differs");
        assertTrue(!Files.readString(log()).contains("Building the graph"), "the restart rebuilt the graph: " + Files.readString(log()));
        killHard(p);
    }

    @Test
    void killedWhileStartingThenRestartedItServesTheSameGraph() throws Exception {
        for (long delay : new long[] {300, 900, 1600}) {
            Process p = serve();
            Thread.sleep(delay);
            killHard(p);
            restartServesTheSameGraph();
        }
    }

    @Test
    void killedWhileAnsweringThenRestartedItServesTheSameGraph() throws Exception {
        for (int round = 0; round < 3; round++) {
            Process p = serve();
            awaitStart(p, 120);
            Load load = Load.start(4, RequestMix.of(URI.create(url)).ordinary());
            // killed with the clients in full flow: after more answers each round
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (load.answered() < 10L * (round + 1) && System.nanoTime() < deadline) Thread.sleep(10);
            killHard(p);
            List<Load.Outcome> outcomes = load.stop();
            assertTrue(outcomes.stream().filter(Load.Outcome::ok).count() >= 10L * (round + 1),
                    "too few requests answered before the kill");
            restartServesTheSameGraph();
        }
    }

    @Test
    void killedWhileRebuildingForAReloadThenRestartedItServesTheSameGraph() throws Exception {
        for (long delay : new long[] {500, 4000}) {
            Process p = serve();
            awaitStart(p, 120);
            // SIGHUP asks for a reload: the server starts its rebuild, a child process
            assertEquals(0, new ProcessBuilder("kill", "-HUP", Long.toString(p.pid())).start().waitFor());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (p.children().findAny().isEmpty() && System.nanoTime() < deadline) Thread.sleep(20);
            assertTrue(p.children().findAny().isPresent(), "SIGHUP started no rebuild: " + Files.readString(log()));
            Thread.sleep(delay);
            killHard(p);
            restartServesTheSameGraph();
        }
    }
}
