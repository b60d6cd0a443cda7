package be.wallonia.clusterkg.serve.documents;

import be.wallonia.clusterkg.pipeline.BuiltGraph;
import be.wallonia.clusterkg.serve.http.Pages;
import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.store.Database;
import be.wallonia.clusterkg.store.Dumps;
import be.wallonia.clusterkg.vocab.Iris;
import be.wallonia.clusterkg.vocab.SPDX;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The description served at {@code /void}, built from the real build as the server builds it, checked against the
 * DCAT-AP 3.0.0 shapes (src/test/resources/dcat-ap/3.0.0, kept as published).
 */
public class DcatApDescriptionTest {
    private static final String SHAPES = "dcat-ap/3.0.0/dcat-ap-SHACL.ttl";

    private static final Iris IRIS = BuiltGraph.IRIS;

    @TempDir static Path out;
    static Path build;
    static Dataset database;
    static Model description;
    static Resource dataset;

    @BeforeAll
    static void describe() {
        build = BuiltGraph.buildInto(out).current();
        database = Database.open(build);
        description = VoidDescription.of(Publication.of(IRIS, database, build, new Pages())).graph();
        dataset = description.createResource(IRIS.dataset());
    }

    @AfterAll
    static void release() {
        Database.release(database);
    }

    @Test
    void theDatasetDescriptionConformsToDcatAp300() {
        List<String> violations = violations(description.getGraph());
        assertEquals(0, violations.size(), () -> "violations:\n" + String.join("\n", violations));
    }

    /** What the DCAT-AP 3.0.0 shapes report on a description, one line each: focus node, path, value, message. */
    public static List<String> violations(org.apache.jena.graph.Graph description) {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(DcatApDescriptionTest.class.getClassLoader().getResource(SHAPES).toString()));
        ValidationReport report = ShaclValidator.get().validate(shapes, description);
        return report.getEntries().stream()
                .map(e -> e.focusNode() + " " + e.resultPath() + " " + e.value() + ": " + e.message()).sorted().toList();
    }

    @Test
    void theSparqlDistributionIsReachedThroughTheServiceAtTheVoidEndpoint() {
        Resource service = description.createResource(IRIS.sparqlService());
        Resource endpoint = dataset.getRequiredProperty(VOID.sparqlEndpoint).getResource();
        assertEquals(endpoint, service.getRequiredProperty(DCAT.endpointURL).getResource());
        assertEquals(dataset, service.getRequiredProperty(DCAT.servesDataset).getResource());
        List<Resource> through = description.listSubjectsWithProperty(DCAT.accessService, service).toList();
        assertEquals(1, through.size(), through::toString);
        assertTrue(description.contains(dataset, DCAT.distribution, through.get(0)));
        assertEquals(endpoint, through.get(0).getRequiredProperty(DCAT.accessURL).getResource());
    }

    @Test
    void theTriplePatternFragmentsServiceAnswersAtFragments() {
        Resource service = description.createResource(IRIS.fragmentsService());
        assertTrue(description.contains(service, RDF.type, DCAT.DataService));
        assertEquals(IRIS.base() + "fragments", service.getRequiredProperty(DCAT.endpointURL).getResource().getURI());
        assertEquals("http://www.hydra-cg.com/spec/latest/triple-pattern-fragments/",
                service.getRequiredProperty(DCTerms.conformsTo).getResource().getURI());
    }

    @Test
    void eachDumpCarriesTheSha256OfTheChecksumFile() {
        Map<String, String> described = new TreeMap<>();
        description.listObjectsOfProperty(dataset, VOID.dataDump).forEachRemaining(dump -> described.put(
                dump.asResource().getURI().substring(IRIS.dumps().length()),
                dump.asResource().getRequiredProperty(SPDX.checksum).getResource()
                        .getRequiredProperty(SPDX.checksumValue).getLiteral().getLexicalForm()));
        assertEquals(new TreeMap<>(Dumps.checksums(build.resolve(Dumps.DIRECTORY))), described);
    }

    @Test
    void theTemporalCoverageRunsFromTheFirstProgrammeYearToTheLatestDecreeInForce() {
        Resource period = dataset.getRequiredProperty(DCTerms.temporal).getResource();
        assertEquals(description.createTypedLiteral("2000", XSDDatatype.XSDgYear), period.getRequiredProperty(DCAT.startDate).getLiteral());
        assertEquals(description.createTypedLiteral("2024-07-01", XSDDatatype.XSDdate), period.getRequiredProperty(DCAT.endDate).getLiteral());
    }
}
