package be.wallonia.clusterkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * Writes a new build's database: graphs go in by loads, each a run of the bulk loader {@code tdb2.tdbloader} would
 * pick (phased into an empty database, basic into one that holds data already), and the quads that carry text are indexed as they pass,
 * as the text dataset would index them in a transaction. Between loads the database can be read, so that what is
 * computed from a large import need not hold the import in memory:
 * <pre>{@code
 * try (DatabaseLoader db = DatabaseLoader.open(dir)) {
 *     db.load(sink -> sink.add(graphIri, graph));
 *     Result r = db.read(dataset -> …);
 *     db.load(sink -> …);
 *     db.finish(prefixes);
 * }}</pre>
 * Closing without {@link #finish} leaves a database that is not to be used: the build directory is discarded.
 */
public final class DatabaseLoader implements AutoCloseable {
    /** Where a load puts graphs. */
    public interface Sink {
        void add(String graphIri, Graph graph);
    }

    private static final MonitorOutput QUIET = (fmt, args) -> {};

    private final Dataset tdb;
    private final TextIndex text;
    private final EntityDefinition textFields;

    private DatabaseLoader(Dataset tdb, TextIndex text) {
        this.tdb = tdb;
        this.text = text;
        this.textFields = text.getDocDef();
    }

    public static DatabaseLoader open(Path buildDir) {
        Dataset tdb = Database.open(buildDir);
        try {
            return new DatabaseLoader(tdb, TextIndexes.open(buildDir));
        } catch (RuntimeException e) {
            Database.release(tdb);
            throw e;
        }
    }

    /** One bulk load: what the work gives the sink is in the database, and its text in the index, when this returns. */
    public void load(java.util.function.Consumer<Sink> work) {
        DataLoader loader = read(ds -> ds.asDatasetGraph().isEmpty())
                ? LoaderFactory.phasedLoader(tdb.asDatasetGraph(), QUIET)
                : LoaderFactory.basicLoader(tdb.asDatasetGraph(), QUIET);
        loader.startBulk();
        try {
            StreamRDF quads = loader.stream();
            work.accept((graphIri, graph) -> {
                Node g = NodeFactory.createURI(graphIri);
                graph.find().forEach(t -> {
                    Quad q = Quad.create(g, t);
                    quads.quad(q);
                    Entity e = TextQueryFuncs.entityFromQuad(textFields, q);
                    if (e != null) text.addEntity(e);
                });
            });
            loader.finishBulk();
        } catch (RuntimeException | Error e) {
            loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
            throw e;
        }
        text.prepareCommit();
        text.commit();
    }

    /** Reads what the loads so far wrote, in a read transaction. */
    public <T> T read(Function<Dataset, T> work) {
        return Txn.calculateRead(tdb, () -> work.apply(tdb));
    }

    /** Records the prefixes of the graph, the last write of a build. */
    public void finish(PrefixMapping prefixes) {
        Txn.executeWrite(tdb, () -> tdb.getPrefixMapping().setNsPrefixes(prefixes));
    }

    @Override public void close() {
        try {
            text.close();
        } finally {
            Database.release(tdb);
        }
    }
}
