package be.wallonia.clusterkg.serve.http;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.store.BuildStamp;
import be.wallonia.clusterkg.store.Dumps;
import org.apache.jena.query.Dataset;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What every handler of the server reads: the build being served (its database, dumps and stamp), the
 * IRIs it was built under, and the page templates. One per build; nothing in it changes while serving.
 *
 * @param dataset the build's database, text-indexed, read in transactions
 * @param builtAt when the build was made: the Last-Modified of everything derived from it
 * @param buildId a short id of the build, part of every ETag
 */
public record Publication(Iris iris, Dataset dataset, Path buildDir, Instant builtAt, String buildId, Pages pages) {

    public static Publication of(Iris iris, Dataset dataset, Path buildDir, Pages pages) {
        Instant builtAt = BuildStamp.read(buildDir).map(s -> Instant.parse(s.builtAt())).orElse(Instant.EPOCH);
        String id = Integer.toHexString((buildDir.getFileName().toString() + "|" + builtAt).hashCode());
        return new Publication(iris, dataset, buildDir, builtAt, id, pages);
    }

    public Path dumpsDir() {
        return buildDir.resolve(Dumps.DIRECTORY);
    }

}
