package be.wallonia.clusterkg.assemble;

import be.wallonia.clusterkg.resolve.Resolver;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.extract.Extraction;
import be.wallonia.clusterkg.extract.ExtractionException;
import be.wallonia.clusterkg.extract.Extractor;
import be.wallonia.clusterkg.extract.Extractors;
import be.wallonia.clusterkg.extract.Layout;
import be.wallonia.clusterkg.extract.Lexicon;
import be.wallonia.clusterkg.imports.ImportedGraphs;
import be.wallonia.clusterkg.imports.Loader;
import be.wallonia.clusterkg.imports.Loaders;
import be.wallonia.clusterkg.imports.MemberStatistics;
import be.wallonia.clusterkg.imports.MemberVocabulary;
import be.wallonia.clusterkg.imports.Organisations;
import be.wallonia.clusterkg.source.Corrections;
import be.wallonia.clusterkg.source.Manifest;
import be.wallonia.clusterkg.source.SourceEntry;
import be.wallonia.clusterkg.source.SourceException;
import be.wallonia.clusterkg.source.SourceReader;
import be.wallonia.clusterkg.source.SourceText;
import be.wallonia.clusterkg.source.TurtleFile;
import be.wallonia.clusterkg.vocab.PROV;
import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads everything under {@code data/} and {@code ontology/} and assembles the dataset:
 * {@code DatasetAssembler.create().dataDir(…).ontologyDir(…).iris(…).build().assemble()}.
 */
public final class DatasetAssembler {
    public static final Path DEFAULT_DATA = Path.of("data");
    public static final Path DEFAULT_ONTOLOGY = Path.of("ontology");
    private static final String ONTOLOGY_FILE = "clusterkg.ttl";
    private static final Path NACE_FILE = Path.of("reference", "nace-rev2.csv");
    /** Where imported files live, under the data directory. */
    public static final String IMPORT_DIR = "import";
    /** What the dataset says of itself when published, under the data directory; not a graph of the dataset. */
    public static final Path PUBLICATION = Path.of("curated", "publication", "dataset.ttl");
    /** What the build says of the graphs it makes itself (curated, meta, NACE), under the data directory. */
    public static final Path GRAPH_DESCRIPTIONS = Path.of("curated", "publication", "graphs.ttl");

    private final Path dataDir;
    private final Path ontologyDir;
    private final Iris iris;
    private final Lexicon lexicon;
    private final Loaders loaders = Loaders.standard();

    private final boolean strict;

    private DatasetAssembler(Builder b) {
        this.dataDir = b.dataDir;
        this.ontologyDir = b.ontologyDir;
        this.iris = b.iris;
        this.strict = b.strict;
        this.lexicon = Lexicon.standard();
    }

    public static Builder create() { return new Builder(); }

    public static final class Builder {
        private Path dataDir = DEFAULT_DATA;
        private Path ontologyDir = DEFAULT_ONTOLOGY;
        private Iris iris = Iris.DEFAULT;
        private boolean strict;

        private Builder() {}

        /** Refuse a document whose shape no extractor understands, instead of keeping its passages alone. */
        public Builder strict(boolean strict) { this.strict = strict; return this; }

        public Builder dataDir(Path dir) { this.dataDir = Objects.requireNonNull(dir); return this; }
        public Builder ontologyDir(Path dir) { this.ontologyDir = Objects.requireNonNull(dir); return this; }
        public Builder iris(Iris iris) { this.iris = Objects.requireNonNull(iris); return this; }
        public DatasetAssembler build() { return new DatasetAssembler(this); }
    }

    public Iris iris() { return iris; }

    /** The dataset's description for its publication ({@link #PUBLICATION}); a build without one is refused. */
    public Path publication() {
        Path file = dataDir.resolve(PUBLICATION);
        if (!Files.isRegularFile(file)) {
            throw new SourceException(file, 0, "not found; expected the dataset's description (title, publisher, licences)");
        }
        return file;
    }

    /** The input files of a build: what decides whether a database is older than its inputs. */
    public List<Path> inputs() {
        List<Path> all = new ArrayList<>();
        for (Path dir : List.of(dataDir, ontologyDir)) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile).sorted().forEach(all::add);
            } catch (IOException e) {
                throw new SourceException(dir, 0, "cannot be listed: " + e.getMessage());
            }
        }
        return all;
    }

    public Assembly assemble() {
        String now = Instant.now().toString();
        Dataset dataset = DatasetFactory.create();
        Model ontology = parseTurtle(ontologyDir.resolve(ONTOLOGY_FILE));
        dataset.addNamedModel(iris.ontologyGraph(), ontology);

        // the manifest first: a data directory without one is told so before anything else is missing
        Manifest manifest = Manifest.read(dataDir.resolve("sources.ttl"), iris.base());
        Model curated = ModelFactory.createDefaultModel();
        for (Path file : TurtleFile.filesIn(dataDir.resolve("curated"))) curated.add(parseTurtle(file));
        Model graphs = parseTurtle(dataDir.resolve(GRAPH_DESCRIPTIONS));
        describeGraph(curated, iris.curatedGraph(), now, graphs);
        dataset.addNamedModel(iris.curatedGraph(), curated);

        Model meta = ModelFactory.createDefaultModel().add(manifest.model());
        describeGraph(meta, iris.metaGraph(), now, graphs);
        dataset.addNamedModel(iris.metaGraph(), meta);

        Path naceFile = dataDir.resolve(NACE_FILE);
        if (Files.isRegularFile(naceFile)) dataset.addNamedModel(iris.naceGraph(), naceGraph(naceFile, now, graphs));

        Corrections corrections = Corrections.read(dataDir.resolve("curated").resolve("corrections.tsv"));
        Resolver resolver = Resolver.of(curated);
        Extractors extractors = Extractors.standard(lexicon, resolver::networkNamesIn);
        SourceGraphAssembler sources = new SourceGraphAssembler(iris, resolver, new Alignment());
        List<SourceEntry> documents = manifest.entries().stream().filter(e -> !e.imported()).toList();
        List<DocumentReport> reports = new ArrayList<>();
        for (SourceEntry entry : originalsFirst(documents)) {
            List<Extractor> candidates = entry.extractorId().isEmpty() ? extractors.all()
                    : List.of(extractors.get(entry.extractorId()).orElseThrow(() -> new SourceException(
                    manifest.file(), 0, "source " + entry.iri() + " names the extractor \"" + entry.extractorId()
                    + "\"; expected one of " + extractors.ids() + " for a document, or one of " + loaders.ids()
                    + " for an imported file")));
            SourceText text = SourceReader.read(entry, dataDir.resolve("sources"));
            Layout layout = Layout.of(text, lexicon, corrections);
            Reading reading = read(layout, candidates);
            Model graph = sources.assemble(layout, reading.extraction());
            List<Integer> unread = unread(layout, graph);
            if (reading.extractor().isEmpty()) sources.passages(layout, graph);
            SortedSet<String> mentions = sources.mentions(graph);
            String extractorId = reading.extractor().map(Extractor::id).orElse(PASSAGES);
            String shape = reading.extractor().map(Extractor::expectedShape).orElse(PASSAGES_SHAPE);
            describeSource(graph, entry, "extractor", extractorId, shape, now).addProperty(DCTerms.language, entry.language());
            dataset.addNamedModel(iris.sourceGraph(entry.slug()), graph);
            reports.add(new DocumentReport(entry.slug(), entry.fileName(), text.format().mediaType(), extractorId,
                    reading.notUnderstood(), reading.extraction().factsByKind(), mentions, unread));
        }
        Set<String> synthetic = manifest.model().listSubjectsWithProperty(WCO.synthetic, manifest.model().createTypedLiteral(true))
                .mapWith(Resource::getURI).toSet();
        ImportedGraphs imports = new ImportedGraphs(loaders, new Loader.Context(MemberVocabulary.of(dataset, iris), iris.base()), iris);
        ImportedGraphs.Result imported = imports.load(manifest.entries().stream().filter(SourceEntry::imported).toList(),
                dataDir.resolve(IMPORT_DIR), manifest.file(), synthetic, Instant.parse(now));
        imported.graphs().forEach((entry, graph) ->
                dataset.addNamedModel(iris.sourceGraph(entry.slug()), describeImport(graph, entry, synthetic, now)));
        List<Assembly.ImportedFile> files = imported.rdfFiles().stream().map(entry -> new Assembly.ImportedFile(
                iris.sourceGraph(entry.slug()), () -> describeImport(imports.read(entry, dataDir.resolve(IMPORT_DIR),
                manifest.file()), entry, synthetic, now))).toList();
        if (!imported.statistics().isEmpty()) dataset.addNamedModel(MemberStatistics.graphIri(iris), imported.statistics());
        dataset.getPrefixMapping().setNsPrefixes(ontology.getNsPrefixMap())
                .setNsPrefixes(curated.getNsPrefixMap())
                .setNsPrefix("id", iris.thingPrefix())
                .setNsPrefix("graph", iris.graphPrefix());
        return new Assembly(dataset, files, sources.minted(), imported.matches().stream().map(Organisations.Match::toText).toList(),
                List.copyOf(reports));
    }

    /** The id of the extraction that keeps a document's passages alone, when no extractor understands its shape. */
    static final String PASSAGES = "passages";
    private static final String PASSAGES_SHAPE = "any text: its passages and the known resources they mention";

    /** What read a document: the extractor whose shape it has, if any, its extraction, and why the others did not. */
    private record Reading(Optional<Extractor> extractor, Extraction extraction, Optional<String> notUnderstood) {}

    /**
     * The extraction of the candidate that reads most of the document (by cues: each extractor tries the shape it
     * knows). None understanding it keeps its passages alone, and says why, unless the build is strict.
     */
    private Reading read(Layout layout, List<Extractor> candidates) {
        Extractor best = null;
        Extraction most = null;
        List<String> why = new ArrayList<>();
        for (Extractor extractor : candidates) {
            try {
                Extraction extraction = extractor.extract(layout);
                if (extraction.isEmpty()) {
                    throw new ExtractionException(layout, 1, "expected " + extractor.expectedShape() + "; found nothing to extract");
                }
                if (most == null || extraction.size() > most.size()) {
                    best = extractor;
                    most = extraction;
                }
            } catch (ExtractionException e) {
                if (strict && candidates.size() == 1) throw e;
                why.add(extractor.id() + ": " + e.getMessage());
            }
        }
        if (best != null) return new Reading(Optional.of(best), most, Optional.empty());
        if (strict) {
            throw new ExtractionException(layout, 1, "no extractor understands the document: " + String.join("; ", why));
        }
        return new Reading(Optional.empty(), new Extraction.Builder().build(), Optional.of(String.join("; ", why)));
    }

    /** The lines of text of the document that no passage of its graph quotes. */
    private List<Integer> unread(Layout layout, Model graph) {
        Set<Integer> quoted = new java.util.HashSet<>();
        graph.listObjectsOfProperty(WCO.lineNumber).forEachRemaining(n -> quoted.add(n.asLiteral().getInt()));
        return layout.textLines().stream().filter(line -> !quoted.contains(line)).toList();
    }

    private Model describeImport(Model graph, SourceEntry entry, Set<String> synthetic, String now) {
        Loader loader = loaders.get(entry.extractorId()).orElseThrow();
        Resource g = describeSource(graph, entry, "loader", loader.id(), loader.reads(), now);
        graph.createResource(entry.iri()).addProperty(RDF.type, WCO.ImportedFile);
        if (synthetic.contains(entry.iri())) g.addLiteral(WCO.synthetic, true);
        if (!entry.language().isEmpty()) g.addProperty(DCTerms.language, entry.language());
        return graph;
    }

    /**
     * A source graph's PROV description: derived from its manifest entry by an activity of the extractor or loader
     * {@code {base}id/extractor/{id}}, with the counts of what it quotes of the document ({@link EvidenceCounts}).
     */
    private Resource describeSource(Model graph, SourceEntry entry, String role, String agentId, String agentReads, String now) {
        EvidenceCounts.of(graph).describe(graph, iris.sourceGraph(entry.slug()));
        Resource doc = graph.createResource(entry.iri());
        Resource agent = graph.createResource(iris.extractor(agentId))
                .addProperty(RDF.type, PROV.SoftwareAgent)
                .addProperty(RDFS.label, role + " \"" + agentId + "\": " + agentReads, "en");
        return describeGraph(graph, iris.sourceGraph(entry.slug()), now)
                .addProperty(PROV.wasDerivedFrom, doc)
                .addProperty(DCTerms.source, doc)
                .addProperty(PROV.wasGeneratedBy, graph.createResource()
                        .addProperty(RDF.type, PROV.Activity)
                        .addProperty(PROV.used, doc)
                        .addProperty(PROV.wasAssociatedWith, agent));
    }

    /** NACE Rev. 2 in its own graph: derived from Eurostat's export, by the converter, not from a source document. */
    private Model naceGraph(Path file, String now, Model graphs) {
        Model graph = NaceConcepts.read(file, iris);
        Resource csv = graph.createResource(NaceConcepts.RETRIEVED_FROM);
        Resource agent = graph.createResource(iris.extractor("nace-csv"))
                .addProperty(RDF.type, PROV.SoftwareAgent)
                .addProperty(RDFS.label, "converter \"nace-csv\": Eurostat's NACE Rev. 2 CSV to SKOS", "en");
        describeGraph(graph, iris.naceGraph(), now, graphs)
                .addProperty(PROV.wasGeneratedBy, graph.createResource()
                        .addProperty(RDF.type, PROV.Activity)
                        .addProperty(PROV.used, csv)
                        .addProperty(PROV.wasAssociatedWith, agent));
        return graph;
    }

    /** A graph the build makes itself, with what {@link #GRAPH_DESCRIPTIONS} says of it. */
    private static Resource describeGraph(Model graph, String graphIri, String now, Model descriptions) {
        descriptions.listStatements(descriptions.getResource(graphIri), null, (RDFNode) null).forEachRemaining(graph::add);
        return describeGraph(graph, graphIri, now);
    }

    private static Resource describeGraph(Model graph, String graphIri, String now) {
        return graph.createResource(graphIri)
                .addProperty(RDF.type, PROV.Entity)
                .addLiteral(PROV.generatedAtTime, graph.createTypedLiteral(now,
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
    }

    /** Translations after the documents they translate, so they can take the originals' item IRIs. */
    private static List<SourceEntry> originalsFirst(List<SourceEntry> entries) {
        return entries.stream()
                .sorted(Comparator.comparing((SourceEntry e) -> e.translationOfIri().isPresent())
                        .thenComparing(SourceEntry::fileName))
                .toList();
    }

    private Model parseTurtle(Path file) {
        return TurtleFile.read(file, iris.base());
    }
}
