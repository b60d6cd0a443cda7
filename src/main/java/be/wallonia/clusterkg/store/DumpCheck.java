package be.wallonia.clusterkg.store;

import be.wallonia.clusterkg.error.UserError;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;

/**
 * Re-reads every dump of a build with RDF4J Rio, a parser independent of the Jena writer that wrote it, and checks
 * that each gives what the database holds: per named graph, the same number of quads and the same
 * order-independent fingerprint of them, where a blank node counts as "some blank node". Everything streams, so the
 * check costs one parse per dump and one scan of the database whatever the size of the graph. Jena's own re-reading
 * of the dumps, and full isomorphism, are checked by the tests (DumpsRoundTripTest) rather than at every build: on a
 * large graph each further parse costs as much as loading the database. A dump that does not hold what the database
 * holds fails the build.
 */
public final class DumpCheck {
    private static final Map<String, RDFFormat> RIO_FORMATS = Map.of(
            "clusterkg.trig.gz", RDFFormat.TRIG, "clusterkg.nq.gz", RDFFormat.NQUADS);

    private DumpCheck() {}

    /** @throws DumpException naming the dump and the parser that disagrees with the database */
    public static void check(Path buildDir, String base) {
        // the reads are independent and each streams: they run beside the scan of the database
        record Read(Path file, String parser, CompletableFuture<Fingerprints> fingerprints) {}
        List<Read> reads = new ArrayList<>();
        for (Dumps.Dump dump : Dumps.ALL) {
            Path file = buildDir.resolve(Dumps.DIRECTORY).resolve(dump.fileName());
            reads.add(new Read(file, "RDF4J Rio", CompletableFuture.supplyAsync(
                    () -> readWithRio(file, RIO_FORMATS.get(dump.fileName()), base))));
        }
        Fingerprints database = new Fingerprints();
        Dataset tdb = Database.open(buildDir);
        try {
            Txn.executeRead(tdb, () -> tdb.asDatasetGraph().find().forEachRemaining(q -> database.add(
                    graph(q.getGraph()), term(q.getSubject()), term(q.getPredicate()), term(q.getObject()))));
        } finally {
            Database.release(tdb);
        }
        for (Read read : reads) {
            Fingerprints fingerprints = Dumps.join(read.fingerprints());
            if (!database.equals(fingerprints)) {
                throw new DumpException(read.file(), "read with " + read.parser() + ", " + database.difference(fingerprints));
            }
        }
    }

    /** A dump that does not hold what the database holds. */
    public static final class DumpException extends UserError {
        DumpException(Path file, String why) {
            super("dump " + file + ": " + why);
        }
    }

    private static Fingerprints readWithRio(Path file, RDFFormat format, String base) {
        Fingerprints read = new Fingerprints();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            org.eclipse.rdf4j.rio.RDFParser parser = Rio.createParser(format);
            parser.setRDFHandler(new AbstractRDFHandler() {
                @Override public void handleStatement(Statement st) throws RDFHandlerException {
                    read.add(st.getContext() == null ? "" : st.getContext().stringValue(), term(st.getSubject()),
                            term(st.getPredicate()), term(st.getObject()));
                }
            });
            parser.parse(in, base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RDFParseException e) {
            throw new DumpException(file, "RDF4J Rio cannot read it: " + e.getMessage());
        }
        return read;
    }

    private static String graph(Node g) {
        return g == null || Quad.isDefaultGraph(g) ? "" : g.getURI();
    }

    /** A term written the same way whichever parser read it; every blank node is written alike. */
    private static String term(Node n) {
        if (n.isURI()) return "<" + n.getURI() + ">";
        if (n.isBlank()) return "_";
        String lang = n.getLiteralLanguage();
        return "\"" + n.getLiteralLexicalForm() + "\"" + (lang.isEmpty() ? "^^" + n.getLiteralDatatypeURI() : "@" + lang.toLowerCase(Locale.ROOT));
    }

    private static String term(Value v) {
        if (v instanceof IRI iri) return "<" + iri.stringValue() + ">";
        if (v instanceof BNode) return "_";
        Literal l = (Literal) v;
        return "\"" + l.getLabel() + "\"" + l.getLanguage().map(lang -> "@" + lang.toLowerCase(Locale.ROOT))
                .orElseGet(() -> "^^" + l.getDatatype().stringValue());
    }

    /** Per graph, how many quads and the sum of their 64-bit hashes: equal whatever order the quads come in. */
    private static final class Fingerprints {
        private final Map<String, long[]> byGraph = new TreeMap<>();

        void add(String graph, String s, String p, String o) {
            long[] f = byGraph.computeIfAbsent(graph, k -> new long[2]);
            f[0]++;
            f[1] += hash(s + ' ' + p + ' ' + o);
        }

        @Override public boolean equals(Object other) {
            if (!(other instanceof Fingerprints that) || !byGraph.keySet().equals(that.byGraph.keySet())) return false;
            return byGraph.entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), that.byGraph.get(e.getKey())));
        }

        @Override public int hashCode() { return byGraph.keySet().hashCode(); }

        /** The first graph whose quads differ, in words. */
        String difference(Fingerprints read) {
            for (String g : byGraph.keySet()) {
                long[] a = byGraph.get(g);
                long[] b = read.byGraph.get(g);
                if (b == null) return "it has no graph " + g + " (the database has " + a[0] + " quads in it)";
                if (a[0] != b[0]) return "graph " + g + " has " + b[0] + " quads, the database " + a[0];
                if (a[1] != b[1]) return "graph " + g + " does not hold the database's quads (same count, other quads)";
            }
            return "it has graphs the database does not: " + read.byGraph.keySet().stream().filter(g -> !byGraph.containsKey(g)).toList();
        }

        /** FNV-1a over the UTF-8 bytes, then a final mix (SplitMix64's), so that sums of hashes rarely collide. */
        private static long hash(String s) {
            long h = 0xcbf29ce484222325L;
            for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
                h ^= (b & 0xff);
                h *= 0x100000001b3L;
            }
            h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
            h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
            return h ^ (h >>> 31);
        }
    }
}
