package be.wallonia.clusterkg.serve;

import be.wallonia.clusterkg.cli.ClusterKg;

import be.wallonia.clusterkg.measure.Figures;
import be.wallonia.clusterkg.measure.Load;

import be.wallonia.clusterkg.loadtest.RequestMix;
import be.wallonia.clusterkg.pipeline.BuiltGraph;
import be.wallonia.clusterkg.pipeline.GraphBuild;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /admin/reload} rebuilds from data/ in a child process and switches builds while clients keep
 * asking: none of their requests fails, whether the rebuild succeeds, fails validation or is killed.
 */
class ReloadIT {
    private static final String CHANGED = "ASK { ?x <http://www.w3.org/2004/02/skos/core#altLabel> \"Reload check\"@en }";
    @TempDir Path inputs;
    @TempDir Path out;
    Path data;
    GraphServer server;
    Load load;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void serveACopyOfTheInputs() throws Exception {
        data = inputs.resolve("data");
        Path ontology = inputs.resolve("ontology");
        BuiltGraph.copyTree(Path.of("data"), data);
        BuiltGraph.copyTree(Path.of("ontology"), ontology);
        GraphBuild.create().dataDir(data).ontologyDir(ontology).iris(BuiltGraph.IRIS).out(out).build().run();
        Path password = Files.writeString(inputs.resolve("admin-password"), "r3load!\n");
        server = GraphServer.create().build(out.resolve("current")).port(0).iris(BuiltGraph.IRIS)
                .rebuild(new Rebuild(ClusterKg.class, data, ontology, out, BuiltGraph.IRIS, Duration.ofMinutes(5)))
                .adminPasswordFile(password).build().start();
        URI url = URI.create(server.localUrl());
        load = Load.start(2, RequestMix.of(url).ordinary());
    }

    @AfterEach
    void stop() throws Exception {
        if (load != null) load.stop();
        if (server != null) server.stop();
    }

    private HttpResponse<String> reload(String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.localUrl() + "admin/reload"))
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 && Files.exists(out.resolve(Rebuild.LOG))) System.out.println(Files.readString(out.resolve(Rebuild.LOG)));
        return r;
    }

    private boolean ask(String query) throws Exception {
        return Http.get(Http.query(server.localUrl(), query), "Accept", "text/csv").body().contains("true");
    }

    /** Stops the clients and checks that none of their requests failed; returns what they saw. */
    private List<Load.Outcome> noRequestFailed() throws Exception {
        List<Load.Outcome> outcomes = load.stop();
        load = null;
        List<Load.Outcome> failed = outcomes.stream().filter(o -> !o.ok()).toList();
        assertFalse(outcomes.isEmpty(), "the clients sent no request");
        assertTrue(failed.isEmpty(), () -> failed.size() + " of " + outcomes.size() + " requests failed, e.g. " + failed.get(0));
        return outcomes;
    }

    @Test
    void aReloadWhileClientsAskServesTheChangedDataAndFailsNoRequest() throws Exception {
        String before = server.buildId();
        assertFalse(ask(CHANGED));
        Files.writeString(data.resolve("curated/reload-check.ttl"), """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <id/cluster/tweed> skos:altLabel "Reload check"@en .
                """);
        long start = System.nanoTime();
        HttpResponse<String> r = reload("r3load!");
        long end = System.nanoTime();

        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains(server.buildId()), r.body());
        assertNotEquals(before, server.buildId());
        assertTrue(ask(CHANGED));
        Thread.sleep(1000);
        List<Load.Outcome> outcomes = noRequestFailed();
        List<Load.Outcome> during = outcomes.stream().filter(o -> o.startNanos() + o.nanos() >= start && o.startNanos() <= end).toList();
        Figures all = Figures.of(during, o -> true, (end - start) / 1e9);
        System.out.println("ReloadIT: during the reload (" + (end - start) / 1_000_000 + " ms): " + all
                + "; longest pause a client saw: " + all.maxMillis() + " ms");
    }

    @Test
    void aRebuildThatFailsValidationLeavesTheOldGraphAndTheReloadSaysWhy() throws Exception {
        String checksum = GraphChecksum.of(server.localUrl());
        String before = server.buildId();
        Files.writeString(data.resolve("curated/two-kinds.ttl"), """
                @prefix wco: <https://w3id.org/wallonia-clusters/ontology#> .
                <id/cluster/tweed> a wco:CompetitivenessCluster .
                """);
        HttpResponse<String> r = reload("r3load!");

        assertEquals(409, r.statusCode(), r.body());
        assertTrue(r.body().contains("exactly one kind"), r.body());
        assertTrue(r.body().contains("still serving build " + before), r.body());
        assertEquals(before, server.buildId());
        assertEquals(checksum, GraphChecksum.of(server.localUrl()));
        noRequestFailed();
    }

    @Test
    void aRebuildKilledHalfWayLeavesTheOldGraphAndTheReloadSaysSo() throws Exception {
        String checksum = GraphChecksum.of(server.localUrl());
        String before = server.buildId();
        Path current = out.resolve("current").toRealPath();
        CompletableFuture<HttpResponse<String>> reloading = CompletableFuture.supplyAsync(() -> {
            try {
                return reload("r3load!");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // half-way: once the child has started writing its new build
        ProcessHandle child = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (child == null && System.nanoTime() < deadline) {
            boolean writing;
            try (Stream<Path> builds = Files.list(out.resolve("builds"))) {
                writing = builds.anyMatch(b -> !b.equals(current));
            }
            if (writing) {
                // the rebuild is this JVM's only child process
                child = ProcessHandle.current().children().findFirst().orElse(null);
            }
            Thread.sleep(20);
        }
        assertTrue(child != null, "the rebuild never started writing: " + (Files.exists(out.resolve(Rebuild.LOG))
                ? Files.readString(out.resolve(Rebuild.LOG)) : "no log"));
        child.destroyForcibly();
        HttpResponse<String> r = reloading.get();

        assertEquals(409, r.statusCode(), r.body());
        assertTrue(r.body().contains("killed (signal 9)"), r.body());
        assertEquals(before, server.buildId());
        assertEquals(current, out.resolve("current").toRealPath());
        assertEquals(checksum, GraphChecksum.of(server.localUrl()));
        noRequestFailed();
    }

    @Test
    void theReloadIsForTheAdministratorOnly() throws Exception {
        assertEquals(401, Http.send("POST", server.localUrl() + "admin/reload", null, null).statusCode());
        HttpResponse<String> wrong = reload("guess");
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, Http.get(server.localUrl() + "admin/reload").statusCode());
        noRequestFailed();
    }

    @Test
    void withoutAnAdminPasswordFileThereIsNoReloadPath() throws Exception {
        // a build's text index is opened by one server at a time
        load.stop();
        load = null;
        server.stop();
        server = null;
        GraphServer plain = GraphServer.create().build(out.resolve("current")).port(0).iris(BuiltGraph.IRIS).build().start();
        try {
            assertEquals(404, Http.send("POST", plain.localUrl() + "admin/reload", null, null).statusCode());
        } finally {
            plain.stop();
        }
    }
}
