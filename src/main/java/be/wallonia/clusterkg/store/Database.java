package be.wallonia.clusterkg.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.nio.file.Path;
import java.util.Iterator;

/** The TDB2 database of a build: written once, in one transaction, then only read. */
public final class Database {
    public static final String DIRECTORY = "tdb2";

    private Database() {}

    /** Writes the assembled dataset into a new TDB2 database, indexing its text as it goes. */
    public static void write(Dataset assembled, Path buildDir) {
        Dataset tdb = TDB2Factory.connectDataset(buildDir.resolve(DIRECTORY).toString());
        Dataset indexed = TextIndexes.over(tdb, buildDir);
        try {
            Txn.executeWrite(indexed, () -> {
                indexed.getPrefixMapping().setNsPrefixes(assembled.getPrefixMapping());
                for (Iterator<org.apache.jena.rdf.model.Resource> it = assembled.listModelNames(); it.hasNext(); ) {
                    String name = it.next().getURI();
                    indexed.addNamedModel(name, assembled.getNamedModel(name));
                }
            });
        } finally {
            indexed.close();
            release(tdb);
        }
    }

    /** Opens a build's database. The caller releases it with {@link #release}. */
    public static Dataset open(Path buildDir) {
        return TDB2Factory.connectDataset(buildDir.resolve(DIRECTORY).toString());
    }

    /** Closes the database files, so the directory can be removed or opened by another process. */
    public static void release(Dataset tdb) {
        if (DatabaseMgr.isTDB2(tdb.asDatasetGraph())) TDBInternal.expel(tdb.asDatasetGraph());
    }
}
