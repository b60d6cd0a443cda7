package be.wallonia.clusterkg.store;

import be.wallonia.clusterkg.format.MediaTypes;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.io.InputStream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import java.util.zip.GZIPOutputStream;

/** The dumps of a build: the whole dataset as gzipped TriG and N-Quads, with a SHA-256 checksum file. */
public final class Dumps {
    public static final String DIRECTORY = "dumps";
    public static final String CHECKSUMS = "SHA256SUMS";

    /**
     * One dump: a format of the project's format table, and the writer of that format that streams (a dump is
     * written once, in blocks, not pretty-printed).
     */
    public record Dump(MediaTypes.Rdf rdf, RDFFormat format) {
        public String fileName() { return "clusterkg." + rdf.extension() + ".gz"; }

        public Lang lang() { return rdf.lang(); }
    }

    public static final List<Dump> ALL = List.of(
            new Dump(MediaTypes.TRIG, RDFFormat.TRIG_BLOCKS),
            new Dump(MediaTypes.N_QUADS, RDFFormat.NQUADS));

    private Dumps() {}

    /**
     * Writes the dumps of the build's database, so that they hold exactly what is served: each dump in its own
     * thread and read transaction, compressed at gzip's fastest level (on a large graph the compression, not the
     * writing, is what takes the time), its checksum taken as it is written.
     */
    public static Path write(Path buildDir) {
        Path dir = buildDir.resolve(DIRECTORY);
        Dataset tdb = Database.open(buildDir);
        try {
            Files.createDirectories(dir);
            List<CompletableFuture<String>> sums = ALL.stream().map(dump -> CompletableFuture.supplyAsync(() ->
                    org.apache.jena.system.Txn.calculateRead(tdb, () -> write(tdb, dump, dir.resolve(dump.fileName())))))
                    .toList();
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < ALL.size(); i++) {
                lines.append(join(sums.get(i))).append("  ").append(ALL.get(i).fileName()).append('\n');
            }
            Files.writeString(dir.resolve(CHECKSUMS), lines.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dumps in " + dir, e);
        } finally {
            Database.release(tdb);
        }
        return dir;
    }

    /** The SHA-256 (hex) of each dump a build's dumps directory lists in its {@link #CHECKSUMS} file, by file name. */
    public static Map<String, String> checksums(Path dumpsDir) {
        Path file = dumpsDir.resolve(CHECKSUMS);
        Map<String, String> sums = new HashMap<>();
        if (!Files.isRegularFile(file)) return sums;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split("\\s+\\*?", 2);
                if (parts.length == 2) sums.put(parts[1], parts[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sums;
    }

    /** Writes one dump; returns its SHA-256 in hex. */
    private static String write(Dataset dataset, Dump dump, Path file) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new FastGzip(new DigestOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), sha256))) {
                RDFDataMgr.write(out, dataset.asDatasetGraph(), dump.format());
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dump " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of work run beside the caller, with the exception it failed with rather than a wrapper of it. */
    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    /**
     * The build's TriG dump, in memory, with the union of its named graphs as the default graph (as the server
     * queries it): for readers that must not lock the database a server may hold.
     */
    public static Dataset read(Path buildDir) {
        Path file = buildDir.resolve(DIRECTORY).resolve(ALL.get(0).fileName());
        DatasetGraph read = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            RDFDataMgr.read(read, in, ALL.get(0).lang());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dump " + file, e);
        }
        DatasetGraph union = DatasetGraphFactory.createGeneral(read.getUnionGraph());
        read.listGraphNodes().forEachRemaining(g -> union.addGraph(g, read.getGraph(g)));
        union.prefixes().putAll(read.prefixes());
        return DatasetFactory.wrap(union);
    }
}
