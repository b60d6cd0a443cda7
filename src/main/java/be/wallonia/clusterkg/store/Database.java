package be.wallonia.clusterkg.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.nio.file.Path;

/** The TDB2 database of a build: written once, by a {@link DatabaseLoader}, then only read. */
public final class Database {
    public static final String DIRECTORY = "tdb2";

    private Database() {}

    /** Opens a build's database. The caller releases it with {@link #release}. */
    public static Dataset open(Path buildDir) {
        return TDB2Factory.connectDataset(buildDir.resolve(DIRECTORY).toString());
    }

    /** Closes the database files, so the directory can be removed or opened by another process. */
    public static void release(Dataset tdb) {
        if (DatabaseMgr.isTDB2(tdb.asDatasetGraph())) TDBInternal.expel(tdb.asDatasetGraph());
    }
}
