package be.wallonia.clusterkg.ops;

import be.wallonia.clusterkg.cli.ClusterKgJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code ops/rolling-reload.sh} as an operator runs it: three replicas of one build behind Debian's nginx, a new
 * build rolled onto them one at a time while clients send the load test's mix through nginx. No request fails,
 * the replicas give the same ETags for the same build, and the ETags change with the build.
 */
class RollingReloadIT {
    static final Path SCRIPT = Path.of("ops", "rolling-reload.sh");
    static final Path NGINX = Path.of("/usr/sbin/nginx");
    /** "etag before /void "a-1" "a-1" "a-1"": a path and its ETag from each replica. */
    static final Pattern ETAGS = Pattern.compile("^etag (before|after) (\\S+) (\\S+) (\\S+) (\\S+)$", Pattern.MULTILINE);

    @TempDir Path work;

    @Test
    void aNewBuildRolledOntoThreeReplicasBehindNginxFailsNoRequestAndTheReplicasAgreeOnEachBuildsETags() throws Exception {
        String missing = "the rolling reload needs Debian's nginx (apt-get install nginx)";
        if (System.getenv("CI") != null) assertTrue(Files.isExecutable(NGINX), missing); // CI installs it (.ci/run): never skip there
        assumeTrue(Files.isExecutable(NGINX), missing);
        Path log = work.resolve("rolling-reload.log");
        long start = System.nanoTime();
        Process script = new ProcessBuilder("bash", SCRIPT.toString(), ClusterKgJar.JAR.toString(), work.resolve("run").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!script.waitFor(300, TimeUnit.SECONDS)) {
            // SIGTERM lets the script's trap stop the replicas, nginx and the load it started
            script.destroy();
            script.waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("the rolling reload did not finish in 300 s: " + Files.readString(log));
        }
        String output = Files.readString(log);
        System.out.printf("RollingReloadIT: %.0f s%n%s%n", (System.nanoTime() - start) / 1e9, output);
        assertEquals(0, script.exitValue(), output);

        assertEquals("0", figure(output, "failed requests"), output);
        assertTrue(Long.parseLong(figure(output, "requests through nginx")) > 0, output);
        assertTrue(Double.parseDouble(figure(output, "longest pause ms")) > 0, output);
        Map<String, Map<String, String>> etags = new HashMap<>();
        Matcher m = ETAGS.matcher(output);
        while (m.find()) {
            List<String> replicas = List.of(m.group(3), m.group(4), m.group(5));
            assertEquals(List.of(replicas.get(0), replicas.get(0), replicas.get(0)), replicas,
                    "the replicas' ETags of " + m.group(2) + " differ " + m.group(1) + " the roll: " + output);
            etags.computeIfAbsent(m.group(1), k -> new HashMap<>()).put(m.group(2), replicas.get(0));
        }
        Map<String, String> before = etags.getOrDefault("before", Map.of());
        Map<String, String> after = etags.getOrDefault("after", Map.of());
        assertTrue(before.size() >= 4 && before.keySet().equals(after.keySet()), "ETags of too few paths: " + output);
        before.forEach((path, tag) -> assertNotEquals(tag, after.get(path), "the ETag of " + path + " did not change with the build"));
    }

    /** The value of a "name: value" line of the script's summary; the first word of it. */
    private static String figure(String output, String name) {
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + ": (\\S+)", Pattern.MULTILINE).matcher(output);
        assertTrue(m.find(), "no \"" + name + "\" in: " + output);
        return m.group(1);
    }
}
