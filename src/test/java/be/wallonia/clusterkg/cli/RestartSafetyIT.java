package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.measure.Load;

import be.wallonia.clusterkg.loadtest.RequestMix;
import be.wallonia.clusterkg.serve.GraphChecksum;
import be.wallonia.clusterkg.serve.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} of the server at any moment — while it starts, while it answers, while it rebuilds for a
 * reload — and a restart serves the same graph: the same quads, by checksum. The kill takes either the server's
 * process and its children, as systemd (KillMode=control-group) or a container runtime does, or the server's
 * process alone, as a user's {@code kill -9 PID} does, leaving its rebuild to end by itself.
 */
class RestartSafetyIT {
    private static final String SERVING = "clusterkg serving ";
    private static final String BUILDING = "Building the graph";
    /** Time for a rebuild orphaned by the kill to notice and end: it polls its parent five times a second. */
    private static final long ORPHAN_ENDS_MILLIS = 3000;
    @TempDir Path out;
    @TempDir Path logs;
    final List<Process> started = new ArrayList<>();
    int port;
    String url;
    String reference;
    int runs;

    @BeforeEach
    void choosePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        url = "http://localhost:" + port + "/";
    }

    private void serveOnceForTheReferenceChecksum() throws Exception {
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
        serveOnceForTheReferenceChecksum();
        for (long delay : new long[] {300, 900, 1600}) {
            Process p = serve();
            Thread.sleep(delay);
            killHard(p);
            restartServesTheSameGraph();
        }
    }

    @Test
    void killedWhileAnsweringThenRestartedItServesTheSameGraph() throws Exception {
        serveOnceForTheReferenceChecksum();
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

    /**
     * The server alone killed at random moments, its rebuild child left running: first during its first build,
     * then, round after round, during the rebuild a SIGHUP started. Each restart serves, and after the first
     * complete build serves that build, without building; the orphaned rebuild ends within seconds.
     */
    @Test
    void serverAloneKilledWhileBuildingOrRebuildingThenRestartedItServesTheLastCompleteBuild() throws Exception {
        long seed = System.nanoTime();
        System.out.println("RestartSafetyIT seed " + seed);
        Random random = new Random(seed);
        int firstBuildKills = 2, rebuildKills = 20;
        for (int round = 1; round <= firstBuildKills; round++) {
            Process p = serve();
            // the first build takes some ten seconds here, from the start of the JVM
            long delay = 500 + random.nextInt(5000);
            Thread.sleep(delay);
            boolean stillBuilding = !Files.readString(log()).contains(SERVING);
            killServerAlone(p);
            System.out.printf("first build, round %d: killed after %d ms, %s%n", round, delay,
                    stillBuilding ? "while building" : "after it served");
            assertTrue(stillBuilding, "the kill came too late, after the build: " + Files.readString(log()));
        }
        Process p = serve();
        awaitStart(p, 300);
        assertTrue(Files.readString(log()).contains(BUILDING), "no build after the first build was killed: " + Files.readString(log()));
        reference = GraphChecksum.of(url);
        for (int round = 1; round <= rebuildKills; round++) {
            long child = startRebuild(p);
            long delay = 200 + random.nextInt(3800);
            Thread.sleep(delay);
            killServerAlone(p);
            long orphanEnded = millisUntilEnded(child, ORPHAN_ENDS_MILLIS);
            long start = System.nanoTime();
            p = serve();
            awaitStart(p, 60);
            long startMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("rebuild, round %d: killed %d ms into the rebuild; its child %d ended %d ms after;"
                    + " the restart served in %d ms%n", round, delay, child, orphanEnded, startMillis);
            assertTrue(orphanEnded >= 0, "the rebuild child " + child + " still runs " + ORPHAN_ENDS_MILLIS + " ms after its server was killed");
            assertFalse(Files.readString(log()).contains(BUILDING), "the restart rebuilt the graph: " + Files.readString(log()));
            assertEquals("true", ask(), "ASK answered otherwise");
            assertEquals(reference, GraphChecksum.of(url), "after a kill -9, the graph served differs");
            assertEquals(List.of(), partialBuilds(), "partial builds are left after the restart");
        }
        killHard(p);
    }

    /** SIGHUP asks for a reload: the server starts its rebuild, a child process, whose id this returns. */
    private long startRebuild(Process p) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-HUP", Long.toString(p.pid())).start().waitFor());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Optional<ProcessHandle> child;
        while ((child = p.children().findAny()).isEmpty() && System.nanoTime() < deadline) Thread.sleep(20);
        return child.orElseThrow(() -> new AssertionError("SIGHUP started no rebuild")).pid();
    }

    /** SIGKILL to the server's process only, as {@code kill -9 PID}: its children stay. */
    private static void killServerAlone(Process p) throws InterruptedException {
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the server survived SIGKILL");
    }

    /** Milliseconds until the process ended, or -1 if it still runs after limit. */
    private static long millisUntilEnded(long pid, long limit) throws Exception {
        long start = System.nanoTime();
        while (running(pid)) {
            if (System.nanoTime() - start > TimeUnit.MILLISECONDS.toNanos(limit)) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                return -1;
            }
            Thread.sleep(20);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Alive and not a zombie: an orphan that ended waits for its new parent to reap it, which is no longer running. */
    private static boolean running(long pid) throws Exception {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the state follows the command name, which is in parentheses and may hold spaces
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (java.nio.file.NoSuchFileException ended) {
            return false;
        }
    }

    private String ask() throws Exception {
        HttpResponse<String> r = Http.get(Http.query(url, "ASK { ?s ?p ?o }"), "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().replaceAll("(?s).*\"boolean\"\\s*:\\s*(true|false).*", "$1");
    }

    /** The build directories without a completion marker: the server has no rebuild running when asked. */
    private List<String> partialBuilds() throws Exception {
        try (Stream<Path> builds = Files.list(out.resolve("builds"))) {
            return builds.filter(b -> !Files.exists(b.resolve("BUILD-COMPLETE"))).map(b -> b.getFileName().toString()).toList();
        }
    }
}
