package be.wallonia.clusterkg.generate;

import be.wallonia.clusterkg.error.UserError;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.assemble.DatasetAssembler;
import be.wallonia.clusterkg.assemble.NaceConcepts;
import be.wallonia.clusterkg.source.Manifest;
import be.wallonia.clusterkg.source.SourceEntry;
import be.wallonia.clusterkg.validate.ValidationReport;
import be.wallonia.clusterkg.validate.Validator;
import be.wallonia.clusterkg.vocab.PROV;
import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratorTest {
    private static final String BASE = Iris.DEFAULT_BASE;
    private static final Path DATA = DatasetAssembler.DEFAULT_DATA;

    @TempDir static Path tmp;
    private static Generator.Result scaleOne;

    @BeforeAll static void generateScaleOne() {
        scaleOne = Generator.generate(DATA, SyntheticPlan.of(1, 7), tmp.resolve("scale-1"));
    }

    private static List<SourceEntry> syntheticEntries(Path out) {
        return Manifest.read(out.resolve(Generator.MANIFEST), BASE).entries().stream()
                .filter(e -> e.extractorId().equals("rdf")).toList();
    }

    private static Model read(Path file) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(file).base(BASE).lang(Lang.TURTLE).parse(m);
        return m;
    }

    /**
     * The graph as the contract for imported files says the build holds it: the file's triples plus the PROV
     * description of the graph (derived from the file's manifest entry, in the entry's language).
     */
    private static Model asImportedGraph(SourceEntry entry, Path out) {
        Model graph = read(out.resolve(Generator.IMPORT_DIR).resolve(entry.fileName()));
        Iris iris = new Iris(BASE);
        Resource doc = graph.createResource(entry.iri());
        graph.createResource(iris.sourceGraph(entry.slug()))
                .addProperty(RDF.type, PROV.Entity)
                .addLiteral(PROV.generatedAtTime, graph.createTypedLiteral("2025-01-01T00:00:00Z", XSDDatatype.XSDdateTime))
                .addProperty(PROV.wasDerivedFrom, doc)
                .addProperty(DCTerms.source, doc)
                .addProperty(DCTerms.language, entry.language())
                .addProperty(PROV.wasGeneratedBy, graph.createResource()
                        .addProperty(RDF.type, PROV.Activity)
                        .addProperty(PROV.used, doc)
                        .addProperty(PROV.wasAssociatedWith, graph.createResource(iris.extractor("rdf"))));
        return graph;
    }

    @Test void everySyntheticGraphConformsToTheShapes() {
        Dataset dataset = DatasetFactory.create();
        for (SourceEntry e : syntheticEntries(scaleOne.out())) {
            dataset.addNamedModel(new Iris(BASE).sourceGraph(e.slug()), asImportedGraph(e, scaleOne.out()));
        }
        ValidationReport report = Validator.of(DatasetAssembler.DEFAULT_ONTOLOGY, new Iris(BASE)).validate(dataset);
        assertEquals(3, report.graphs());
        assertEquals(List.of(), report.findings(), report.toText());
    }

    @Test void scaleOneIsAboutTheSizeOfTheRealGraph() {
        assertEquals(9, scaleOne.plan().networks());
        assertTrue(scaleOne.triples() > 10_000 && scaleOne.triples() < 14_000, "triples: " + scaleOne.triples());
    }

    @Test void theSizeGrowsLinearlyWithTheScale() {
        Generator.Result scaleThree = Generator.generate(DATA, SyntheticPlan.of(3, 7), tmp.resolve("scale-3"));
        double ratio = (double) scaleThree.triples() / scaleOne.triples();
        assertTrue(ratio > 2.7 && ratio < 3.3, "scale 3 / scale 1 = " + ratio);
    }

    @Test void theManifestDescribesEveryFileAsSyntheticRdf() {
        List<SourceEntry> entries = syntheticEntries(scaleOne.out());
        assertEquals(List.of("synthetic-s1-0001.ttl", "synthetic-s1-0002.ttl", "synthetic-s1-0003.ttl"),
                entries.stream().map(SourceEntry::fileName).toList());
        Model manifest = read(scaleOne.out().resolve(Generator.MANIFEST));
        for (SourceEntry e : entries) {
            assertTrue(Files.isRegularFile(scaleOne.out().resolve("import").resolve(e.fileName())), e.fileName());
            assertTrue(manifest.getResource(e.iri()).getProperty(WCO.synthetic).getBoolean(), e.iri());
        }
    }

    @Test void theRealDataIsCopiedAlongside() throws IOException {
        for (String file : List.of("sources/000_7ef19ab278af4166.txt", "curated/networks.ttl", "reference/nace-rev2.csv")) {
            assertArrayEquals(Files.readAllBytes(DATA.resolve(file)), Files.readAllBytes(scaleOne.out().resolve(file)), file);
        }
        assertTrue(Files.readString(scaleOne.out().resolve(Generator.MANIFEST)).startsWith(Files.readString(DATA.resolve(Generator.MANIFEST))));
    }

    @Test void membersAreClassifiedByRealNaceClasses() {
        Set<String> nace = NaceConcepts.read(DATA.resolve("reference/nace-rev2.csv"), new Iris(BASE))
                .listSubjectsWithProperty(RDF.type, WCO.Sector).mapWith(Resource::getURI).toSet();
        Model part = read(scaleOne.out().resolve("import/synthetic-s1-0001.ttl"));
        Set<String> classes = part.listObjectsOfProperty(ORG.classification).mapWith(n -> n.asResource().getURI()).toSet();
        assertFalse(classes.isEmpty());
        assertTrue(nace.containsAll(classes), "not in NACE: " + classes.stream().filter(c -> !nace.contains(c)).toList());
        assertTrue(part.listSubjectsWithProperty(RDF.type, ORG.Membership).toList().size() > 50);
    }

    @Test void theSameSeedWritesTheSameBytes() throws IOException {
        Generator.Result again = Generator.generate(DATA, SyntheticPlan.of(1, 7), tmp.resolve("again"));
        for (int part = 0; part < 3; part++) {
            String file = "import/" + again.plan().fileName(part);
            assertArrayEquals(Files.readAllBytes(scaleOne.out().resolve(file)), Files.readAllBytes(again.out().resolve(file)), file);
        }
    }

    @Test void anotherSeedMakesOtherChoices() {
        Generator.Result other = Generator.generate(DATA, SyntheticPlan.of(1, 8), tmp.resolve("other-seed"));
        assertFalse(labels(scaleOne.out()).equals(labels(other.out())));
    }

    private static Set<String> labels(Path out) {
        return read(out.resolve("import/synthetic-s1-0001.ttl")).listObjectsOfProperty(org.apache.jena.vocabulary.RDFS.label)
                .mapWith(RDFNode::toString).toSet();
    }

    @Test void aDirectoryThatIsNotEmptyIsRefused() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("occupied"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        UserError e = assertThrows(UserError.class,
                () -> Generator.generate(DATA, SyntheticPlan.of(1, 7), out));
        assertTrue(e.getMessage().contains("exists and is not empty"), e.getMessage());
    }

    @Test void aScaleBelowOneIsRefused() {
        UserError e = assertThrows(UserError.class, () -> SyntheticPlan.of(0, 1));
        assertEquals("the scale is a positive integer; got 0", e.getMessage());
    }
}
