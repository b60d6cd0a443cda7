package be.wallonia.clusterkg.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
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

    /** One dump format: its file name and how Jena writes it. */
    public record Dump(String fileName, Lang lang, RDFFormat format) {}

    public static final List<Dump> ALL = List.of(
            new Dump("clusterkg.trig.gz", Lang.TRIG, RDFFormat.TRIG_BLOCKS),
            new Dump("clusterkg.nq.gz", Lang.NQUADS, RDFFormat.NQUADS));

    private Dumps() {}

    /** Writes the dumps of the build's database, so that they hold exactly what is served. */
    public static Path write(Path buildDir) {
        Dataset tdb = Database.open(buildDir);
        try {
            return org.apache.jena.system.Txn.calculateRead(tdb, () -> write(tdb, buildDir));
        } finally {
            Database.release(tdb);
        }
    }

    private static Path write(Dataset dataset, Path buildDir) {
        Path dir = buildDir.resolve(DIRECTORY);
        StringBuilder sums = new StringBuilder();
        try {
            Files.createDirectories(dir);
            for (Dump dump : ALL) {
                Path file = dir.resolve(dump.fileName());
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                    RDFDataMgr.write(out, dataset.asDatasetGraph(), dump.format());
                }
                sums.append(sha256(file)).append("  ").append(dump.fileName()).append('\n');
            }
            Files.writeString(dir.resolve(CHECKSUMS), sums.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dumps in " + dir, e);
        }
        return dir;
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

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
