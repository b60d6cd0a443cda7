package be.wallonia.clusterkg.source;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shared.PrefixMapping;

import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * Streams triples as Turtle, one triple to a line, IRIs under a base written relative to it and no {@code @base}:
 * a reader resolves them against its own base, so the file takes the base of the build that reads it (the
 * contract for imported files). Holds nothing but the current line.
 */
public final class RelativeTurtle extends StreamRDFBase {
    private final AWriter out;
    private final PrefixMap prefixes;
    private final NodeFormatter formatter;
    private long triples;

    public RelativeTurtle(OutputStream out, String base, PrefixMapping prefixes) {
        this.out = IO.wrapUTF8(out);
        this.prefixes = PrefixMapFactory.create(prefixes);
        this.formatter = new NodeFormatterTTL(base, this.prefixes);
    }

    @Override public void start() {
        for (Map.Entry<String, String> p : new TreeMap<>(prefixes.getMapping()).entrySet()) {
            out.print("@prefix " + p.getKey() + ": <" + p.getValue() + "> .\n");
        }
    }

    @Override public void triple(Triple t) {
        formatter.format(out, t.getSubject());
        out.print(' ');
        formatter.format(out, t.getPredicate());
        out.print(' ');
        formatter.format(out, t.getObject());
        out.print(" .\n");
        triples++;
    }

    @Override public void finish() { out.flush(); }

    public long triples() { return triples; }
}
