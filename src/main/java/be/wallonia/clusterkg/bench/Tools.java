package be.wallonia.clusterkg.bench;

import be.wallonia.clusterkg.process.ChildProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The programs a benchmark runs as child processes: this project's jar, and the stock tools it is compared with
 * (copied by {@code mvn -DskipTests package} into {@code target/bench-tools/}), all run by the same Java
 * with the same heap limit.
 */
public record Tools(Path javaBinary, String maxHeap, Path clusterkgJar, Path toolsDir) {
    public static final Path DEFAULT_JAR = Path.of("target", "clusterkg.jar");
    public static final Path DEFAULT_TOOLS = Path.of("target", "bench-tools");

    public Tools {
        require(clusterkgJar, "the project's jar; run `mvn -q -DskipTests package`");
        require(toolsDir.resolve("jena-cmds.jar"), "Jena's command-line tools; run `mvn -q -DskipTests package`");
        require(toolsDir.resolve("jena-fuseki-server.jar"), "the stock Fuseki server; run `mvn -q -DskipTests package`");
    }

    private static void require(Path file, String what) {
        if (!Files.isRegularFile(file)) throw new BenchException(file + ": not found; it is " + what);
    }

    /** The Java running this benchmark, for every child. */
    public static Tools current(String maxHeap, Path jar, Path toolsDir) {
        return new Tools(ChildProcess.javaBinary(), maxHeap, jar, toolsDir);
    }

    public List<String> java() { return List.of(javaBinary.toString(), "-Xmx" + maxHeap); }

    public Path jenaCmdsJar() { return toolsDir.resolve("jena-cmds.jar"); }

    public Path fusekiServerJar() { return toolsDir.resolve("jena-fuseki-server.jar"); }
}
