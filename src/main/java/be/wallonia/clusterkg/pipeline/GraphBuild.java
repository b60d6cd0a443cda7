package be.wallonia.clusterkg.pipeline;

import be.wallonia.clusterkg.assemble.Assembly;
import be.wallonia.clusterkg.assemble.DatasetAssembler;
import be.wallonia.clusterkg.enrich.Derivations;
import be.wallonia.clusterkg.enrich.InferredGraphs;
import be.wallonia.clusterkg.store.BuildDirectory;
import be.wallonia.clusterkg.store.BuildStamp;
import be.wallonia.clusterkg.store.Database;
import be.wallonia.clusterkg.store.DumpCheck;
import be.wallonia.clusterkg.validate.ValidationException;
import be.wallonia.clusterkg.validate.ValidationReport;
import be.wallonia.clusterkg.validate.Validator;
import be.wallonia.clusterkg.store.Dumps;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * The whole build, read → extract → assemble → validate → enrich → store, into a new directory that becomes current only
 * when every step succeeded:
 * {@code GraphBuild.create().dataDir(…).ontologyDir(…).base(…).out(…).build().run()}.
 */
public final class GraphBuild {
    public static final Path DEFAULT_OUT = Path.of("target", "db");

    private final DatasetAssembler assembler;
    private final Path ontologyDir;
    private final BuildDirectory out;
    private final String base;

    private GraphBuild(Builder b) {
        this.assembler = DatasetAssembler.create().dataDir(b.dataDir).ontologyDir(b.ontologyDir).base(b.base).build();
        this.ontologyDir = b.ontologyDir;
        this.out = new BuildDirectory(b.out);
        this.base = b.base;
    }

    public static Builder create() { return new Builder(); }

    public static final class Builder {
        private Path dataDir = DatasetAssembler.DEFAULT_DATA;
        private Path ontologyDir = DatasetAssembler.DEFAULT_ONTOLOGY;
        private String base = DatasetAssembler.DEFAULT_BASE;
        private Path out = DEFAULT_OUT;

        private Builder() {}

        public Builder dataDir(Path dir) { this.dataDir = Objects.requireNonNull(dir); return this; }
        public Builder ontologyDir(Path dir) { this.ontologyDir = Objects.requireNonNull(dir); return this; }
        public Builder base(String base) { this.base = Objects.requireNonNull(base); return this; }
        public Builder out(Path out) { this.out = Objects.requireNonNull(out); return this; }
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

    public BuildReport run() {
        long start = System.nanoTime();
        Stages stages = new Stages();
        String fingerprint = BuildStamp.fingerprint(assembler.inputs());
        Assembly assembly = stages.time("assemble", assembler::assemble);
        stages.time("derive", () -> Derivations.standard().derive(assembly.dataset(), assembler.iris(), Instant.now()))
                .forEach(assembly.dataset()::addNamedModel);
        // the shapes are read only when a build runs: serve on a current build never needs them
        ValidationReport validation = stages.time("validate",
                () -> Validator.of(ontologyDir, assembler.iris()).validate(assembly.dataset()));
        if (!validation.conforms()) throw new ValidationException(validation);
        InferredGraphs.Enrichment enrichment = stages.time("infer", () -> InferredGraphs.standard()
                .enrich(assembly.dataset(), assembler.iris(), Instant.now()));
        enrichment.graphs().forEach(assembly.dataset()::addNamedModel);
        Path dir = out.startNew();
        try {
            stages.time("store", () -> { Database.write(assembly.dataset(), dir); return dir; });
            stages.time("dump", () -> Dumps.write(dir));
            stages.time("check dumps", () -> { DumpCheck.check(dir, base); return dir; });
            new BuildStamp(base, fingerprint, Instant.now().toString()).write(dir);
            long millis = (System.nanoTime() - start) / 1_000_000;
            BuildReport report = BuildReport.of(dir, assembly.dataset(), assembly.mintedNames(), assembly.organisationMatches(), validation,
                    enrichment.counts(), millis, stages.millis());
            out.promote(dir);
            return report;
        } catch (RuntimeException | Error e) {
            out.discard(dir);
            throw e;
        }
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
