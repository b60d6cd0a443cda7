package be.wallonia.clusterkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.Rio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Re-reads every dump of a build with two independent parsers, RDF4J Rio and Jena RIOT, and checks
 * that each gives a dataset isomorphic to the database's. A dump that does not fails the build.
 */
public final class DumpCheck {
    private static final Map<String, RDFFormat> RIO_FORMATS = Map.of(
            "clusterkg.trig.gz", RDFFormat.TRIG, "clusterkg.nq.gz", RDFFormat.NQUADS);

    private DumpCheck() {}

    /** @throws DumpException naming the dump and the parser that disagrees with the database */
    public static void check(Path buildDir, String base) {
        Dataset tdb = Database.open(buildDir);
        try {
            Txn.executeRead(tdb, () -> {
                DatasetGraph database = DatasetGraphFactory.create();
                tdb.asDatasetGraph().find().forEachRemaining(database::add);
                Model databaseRdf4j = toRdf4j(database);
                for (Dumps.Dump dump : Dumps.ALL) {
                    Path file = buildDir.resolve(Dumps.DIRECTORY).resolve(dump.fileName());
                    if (!isomorphic(database, readWithJena(file, dump, base))) {
                        throw new DumpException(file, "read with Jena, it is not isomorphic to the database");
                    }
                    if (!Models.isomorphic(databaseRdf4j, readWithRio(file, RIO_FORMATS.get(dump.fileName()), base))) {
                        throw new DumpException(file, "read with RDF4J Rio, it is not isomorphic to the database");
                    }
                }
            });
        } finally {
            Database.release(tdb);
        }
    }

    /** Graph by graph, with Jena's graph matcher (the quad-level matcher is far slower on many blank nodes). */
    private static boolean isomorphic(DatasetGraph a, DatasetGraph b) {
        java.util.Set<Node> names = new java.util.HashSet<>();
        a.listGraphNodes().forEachRemaining(names::add);
        java.util.Set<Node> otherNames = new java.util.HashSet<>();
        b.listGraphNodes().forEachRemaining(otherNames::add);
        if (!names.equals(otherNames) || !a.getDefaultGraph().isIsomorphicWith(b.getDefaultGraph())) return false;
        return names.stream().allMatch(n -> a.getGraph(n).isIsomorphicWith(b.getGraph(n)));
    }

    /** A dump that does not hold what the database holds. */
    public static final class DumpException extends RuntimeException {
        DumpException(Path file, String why) {
            super("dump " + file + ": " + why);
        }
    }

    private static DatasetGraph readWithJena(Path file, Dumps.Dump dump, String base) {
        DatasetGraph read = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            RDFParser.source(in).lang(dump.lang()).base(base)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(read);
        } catch (IOException | RiotException e) {
            throw new DumpException(file, "Jena cannot read it: " + e.getMessage());
        }
        return read;
    }

    private static Model readWithRio(Path file, RDFFormat format, String base) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return Rio.parse(in, base, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RDFParseException e) {
            throw new DumpException(file, "RDF4J Rio cannot read it: " + e.getMessage());
        }
    }

    /** The dataset as RDF4J statements, term by term, with no parser in between. */
    public static Model toRdf4j(DatasetGraph dataset) {
        ValueFactory vf = SimpleValueFactory.getInstance();
        Model model = new LinkedHashModel();
        dataset.find().forEachRemaining(q -> model.add((Resource) value(vf, q.getSubject()),
                vf.createIRI(q.getPredicate().getURI()), value(vf, q.getObject()),
                Quad.isDefaultGraph(q.getGraph()) ? null : vf.createIRI(q.getGraph().getURI())));
        return model;
    }

    private static Value value(ValueFactory vf, Node n) {
        if (n.isURI()) return vf.createIRI(n.getURI());
        if (n.isBlank()) return vf.createBNode(n.getBlankNodeLabel());
        if (!n.getLiteralLanguage().isEmpty()) return vf.createLiteral(n.getLiteralLexicalForm(), n.getLiteralLanguage());
        return vf.createLiteral(n.getLiteralLexicalForm(), vf.createIRI(n.getLiteralDatatypeURI()));
    }
}
