package be.wallonia.clusterkg.pipeline;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.assemble.Assembly;
import be.wallonia.clusterkg.assemble.DatasetAssembler;
import be.wallonia.clusterkg.enrich.Derivations;
import be.wallonia.clusterkg.enrich.InferredGraphs;
import be.wallonia.clusterkg.store.BuildDirectory;
import be.wallonia.clusterkg.store.BuildStamp;
import be.wallonia.clusterkg.store.DatabaseLoader;
import be.wallonia.clusterkg.store.DumpCheck;
import be.wallonia.clusterkg.validate.ValidationException;
import be.wallonia.clusterkg.validate.ValidationReport;
import be.wallonia.clusterkg.validate.Validator;
import be.wallonia.clusterkg.store.Dumps;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The whole build, read → extract → assemble → validate → enrich → store, into a new directory that becomes current only
 * when every step succeeded:
 * {@code GraphBuild.create().dataDir(…).ontologyDir(…).iris(…).out(…).build().run()}.
 */
public final class GraphBuild {
    public static final Path DEFAULT_OUT = Path.of("target", "db");
    /** The stages that publish a database already built: its dumps, and their check against it. */
    public static final String DUMP = "dump", CHECK_DUMPS = "check dumps";
    /**
     * Longest a build waits for the root's writer at work: long enough for a rebuild orphaned by a killed server to
     * notice and end, short enough that a build started beside another one says so rather than seeming to hang.
     */
    static final Duration WRITER_WAIT = Duration.ofSeconds(60);

    private final DatasetAssembler assembler;
    private final Path ontologyDir;
    private final BuildDirectory out;
    private final String base;

    private GraphBuild(Builder b) {
        this.assembler = DatasetAssembler.create().dataDir(b.dataDir).ontologyDir(b.ontologyDir).iris(b.iris)
                .strict(b.strict).build();
        this.ontologyDir = b.ontologyDir;
        this.out = new BuildDirectory(b.out);
        this.base = b.iris.base();
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(to + ": cannot be written", e);
        }
    }

    public static Builder create() { return new Builder(); }

    public static final class Builder {
        private Path dataDir = DatasetAssembler.DEFAULT_DATA;
        private Path ontologyDir = DatasetAssembler.DEFAULT_ONTOLOGY;
        private Iris iris = Iris.DEFAULT;
        private Path out = DEFAULT_OUT;
        private boolean strict;

        private Builder() {}

        public Builder dataDir(Path dir) { this.dataDir = Objects.requireNonNull(dir); return this; }
        public Builder ontologyDir(Path dir) { this.ontologyDir = Objects.requireNonNull(dir); return this; }
        public Builder iris(Iris iris) { this.iris = Objects.requireNonNull(iris); return this; }
        public Builder out(Path out) { this.out = Objects.requireNonNull(out); return this; }
        /** Refuse a document whose shape no extractor understands (by default its passages alone enter the graph). */
        public Builder strict(boolean strict) { this.strict = strict; return this; }
        public GraphBuild build() { return new GraphBuild(this); }
    }

    public BuildDirectory directory() { return out; }

    /** Whether the current build was made from the present inputs, under this base. */
    public boolean isCurrent() {
        return out.current().flatMap(BuildStamp::read)
                .filter(s -> s.base().equals(base))
                .filter(s -> s.inputsFingerprint().equals(BuildStamp.fingerprint(assembler.inputs())))
                .isPresent();
    }

    /**
     * The imported files of RDF go first, one at a time: each is read, validated on its own, entailed with the rest of
     * the data as context and bulk-loaded, then dropped, so a build holds at most one of them in memory. The rules
     * then derive from the rest of the data and the imports as loaded; the rest is validated and entailed whole,
     * and loaded with the derived and inferred graphs.
     */
    public BuildReport run() {
        try (BuildDirectory.Writer writer = out.writer(WRITER_WAIT)) {
            return run(writer);
        }
    }

    private BuildReport run(BuildDirectory.Writer writer) {
        long start = System.nanoTime();
        Stages stages = new Stages();
        String fingerprint = BuildStamp.fingerprint(assembler.inputs());
        Iris iris = assembler.iris();
        Assembly assembly = stages.time("assemble", assembler::assemble);
        Path publication = assembler.publication();
        // the shapes are read only when a build runs: serve on a current build never needs them
        Validator validator = Validator.of(ontologyDir, iris);
        InferredGraphs inference = InferredGraphs.standard();
        InferredGraphs.Imported importedEntailments = inference.forImports(assembly.dataset(), iris);
        Dataset dataset = assembly.dataset();
        Path dir = writer.startNew();
        try {
            ValidationReport validation;
            InferredGraphs.Enrichment enrichment;
            BuildReport.Counts counts;
            try (DatabaseLoader db = DatabaseLoader.open(dir)) {
                List<ValidationReport> importReports = new ArrayList<>();
                stages.time("import", () -> {
                    db.load(sink -> assembly.importedFiles().forEach(file -> {
                        Model graph = file.read();
                        importReports.add(validator.validate(file.graphIri(), graph));
                        importedEntailments.add(file.graphIri(), graph);
                        sink.add(file.graphIri(), graph.getGraph());
                    }));
                    return dir;
                });
                stages.time("derive", () -> db.read(tdb -> Derivations.standard()
                                .derive(withImports(dataset, tdb, assembly.importedFiles()), iris, Instant.now())))
                        .forEach(dataset::addNamedModel);
                validation = stages.time("validate", () -> importReports.stream()
                        .reduce(validator.validate(dataset), ValidationReport::and));
                if (!validation.conforms()) throw new ValidationException(validation);
                enrichment = stages.time("infer",
                        () -> inference.enrich(dataset, iris, Instant.now(), importedEntailments));
                stages.time("store", () -> {
                    db.load(sink -> {
                        dataset.listModelNames().forEachRemaining(g -> sink.add(g.getURI(), dataset.getNamedModel(g).getGraph()));
                        enrichment.graphs().forEach((g, m) -> sink.add(g, m.getGraph()));
                    });
                    db.finish(dataset.getPrefixMapping());
                    return dir;
                });
                counts = stages.time("count", () -> db.read(BuildReport.Counts::of));
            }
            stages.time(DUMP, () -> Dumps.write(dir));
            stages.time(CHECK_DUMPS, () -> { DumpCheck.check(dir, base); return dir; });
            copy(publication, dir.resolve(BuildDirectory.PUBLICATION));
            new BuildStamp(base, fingerprint, Instant.now().toString()).write(dir);
            long millis = (System.nanoTime() - start) / 1_000_000;
            BuildReport report = new BuildReport(dir, counts.triplesPerGraph(), counts.resourcesPerClass(),
                    assembly.mintedNames(), assembly.organisationMatches(), assembly.documents(), validation, enrichment.counts(), millis,
                    stages.millis());
            writer.promote(dir);
            return report;
        } catch (RuntimeException | Error e) {
            writer.discard(dir);
            throw e;
        }
    }

    /** The assembled graphs and the imported ones as loaded, together as one dataset, without a copy of either. */
    private static Dataset withImports(Dataset assembled, Dataset loaded, List<Assembly.ImportedFile> files) {
        Dataset view = DatasetFactory.createGeneral();
        assembled.listModelNames().forEachRemaining(g -> view.addNamedModel(g, assembled.getNamedModel(g)));
        files.forEach(f -> view.addNamedModel(f.graphIri(), loaded.getNamedModel(f.graphIri())));
        return view;
    }

    /** How long each stage of a build took, in the order they ran: where a large build spends its time. */
    private static final class Stages {
        private final java.util.Map<String, Long> millis = new java.util.LinkedHashMap<>();

        <T> T time(String stage, java.util.function.Supplier<T> work) {
            long t0 = System.nanoTime();
            try {
                return work.get();
            } finally {
                millis.put(stage, (System.nanoTime() - t0) / 1_000_000);
            }
        }

        java.util.Map<String, Long> millis() { return java.util.Collections.unmodifiableMap(millis); }
    }
}
