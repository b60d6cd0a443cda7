package be.wallonia.clusterkg.generate;

import be.wallonia.clusterkg.error.UserError;

import be.wallonia.clusterkg.source.ManifestEntry;
import be.wallonia.clusterkg.source.RelativeTurtle;

import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes a complete data directory holding a synthetic graph: a copy of the real data directory (sources, curated
 * facts, reference vocabularies, manifest) plus the synthetic files under {@code import/}, each with its entry
 * appended to the manifest as the contract for imported files says ({@code wco:extractor "rdf"},
 * {@code wco:synthetic true}). The parts are written in parallel, each streamed to its file.
 */
public final class Generator {
    public static final String IMPORT_DIR = "import";
    public static final String MANIFEST = "sources.ttl";

    /** What was written: the plan, the number of synthetic triples and the time taken. */
    public record Result(Path out, SyntheticPlan plan, long triples, long millis) {
        public String toText() {
            return String.format("Generated %s: scale %d (seed %d), %d networks in %d files under %s, %d triples in %d ms%n",
                    out, plan.scale(), plan.seed(), plan.networks(), plan.parts(), out.resolve(IMPORT_DIR), triples, millis);
        }
    }

    private Generator() {}

    public static Result generate(Path dataDir, SyntheticPlan plan, Path out) {
        long start = System.nanoTime();
        if (!Files.isDirectory(dataDir)) {
            throw new UserError(dataDir + ": not a data directory; expected one holding " + MANIFEST);
        }
        refuseNonEmpty(out);
        GeneratorInputs inputs = GeneratorInputs.read(dataDir, SyntheticPart.IRIS);
        copyTree(dataDir, out);
        Path imports = out.resolve(IMPORT_DIR);
        long triples = IntStream.range(0, plan.parts()).parallel()
                .mapToLong(part -> writePart(plan, inputs, part, imports.resolve(plan.fileName(part))))
                .sum();
        appendManifestEntries(plan, out.resolve(MANIFEST));
        return new Result(out, plan, triples, (System.nanoTime() - start) / 1_000_000);
    }

    static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("wco", WCO.NS).setNsPrefix("skos", SKOS.uri).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("org", ORG.NS).lock();
    }

    private static long writePart(SyntheticPlan plan, GeneratorInputs inputs, int part, Path file) {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            RelativeTurtle turtle = new RelativeTurtle(os, SyntheticPart.IRIS.base(), prefixes());
            SyntheticPart.emit(plan, inputs, part, turtle);
            return turtle.triples();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be written", e);
        }
    }

    /** One manifest entry per part, appended to the copied manifest. */
    private static void appendManifestEntries(SyntheticPlan plan, Path manifest) {
        List<ManifestEntry> entries = new ArrayList<>();
        for (int part = 0; part < plan.parts(); part++) {
            entries.add(new ManifestEntry(plan.slug(part), plan.fileName(part), "rdf", String.format(
                    "Synthetic networks, part %d of %d (scale %d, seed %d)", part + 1, plan.parts(), plan.scale(), plan.seed()),
                    "text/turtle", false, true, Optional.of("en"), Optional.empty(), Optional.empty()));
        }
        try {
            ManifestEntry.append(manifest, String.format("Synthetic files written by `clusterkg generate --scale %d --seed %d`.",
                    plan.scale(), plan.seed()), entries);
        } catch (IOException e) {
            throw new UncheckedIOException(manifest + ": cannot be appended to", e);
        }
    }

    private static void refuseNonEmpty(Path out) {
        if (!Files.exists(out)) return;
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isPresent()) {
                throw new UserError(out + ": exists and is not empty; give a new directory for the generated data");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot be listed", e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
            Files.createDirectories(to.resolve(IMPORT_DIR));
        } catch (IOException e) {
            throw new UncheckedIOException(from + ": cannot be copied to " + to, e);
        }
    }
}
