package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.source.ManifestEntry;

import be.wallonia.clusterkg.error.UserError;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.assemble.DatasetAssembler;
import be.wallonia.clusterkg.extract.Text;
import be.wallonia.clusterkg.imports.ImportException;
import be.wallonia.clusterkg.imports.ImportFormat;
import be.wallonia.clusterkg.imports.Loader;
import be.wallonia.clusterkg.imports.Loaders;
import be.wallonia.clusterkg.imports.MemberList;
import be.wallonia.clusterkg.imports.MemberVocabulary;
import be.wallonia.clusterkg.imports.RdfContent;
import be.wallonia.clusterkg.imports.Table;
import be.wallonia.clusterkg.source.DocumentFormat;
import be.wallonia.clusterkg.source.Manifest;
import be.wallonia.clusterkg.assemble.DocumentReport;
import be.wallonia.clusterkg.source.SourceException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Checks a member list (.csv, .xlsx) or an RDF file (.ttl .trig .nt .nq .jsonld .rdf .owl) and adds it",
                "to the data: copies it into the import directory and appends its entry to the manifest (sources.ttl",
                "next to that directory). Reports every problem (row and column of a table, line and column of RDF)",
                "and adds nothing when there is any, unless --skip-bad-rows. The next build loads the file.",
                "A page (.txt .md .html .pdf) is copied under the data directory's sources/ with its entry (its reader",
                "chosen by its format, its extraction by the cues of its shape), and the command prints what the",
                "build extracts from it: facts by kind, the known resources it mentions, the lines left unread."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--into", paramLabel = "DIR", description = "The import directory (default: ${DEFAULT-VALUE}); "
            + "the manifest is DIR/../sources.ttl and the data directory DIR/..")
    Path into = DatasetAssembler.DEFAULT_DATA.resolve(DatasetAssembler.IMPORT_DIR);

    @Mixin OntologyOption ontology;

    @Option(names = "--skip-bad-rows", description = "Import the good rows of a member list, list the rows skipped (written as CSV).")
    boolean skipBadRows;

    @Option(names = "--slug", paramLabel = "SLUG", description = "The slug of the file's entry and graph (default: from the file name).")
    String slug;

    @Option(names = "--title", paramLabel = "TITLE", description = "The entry's title: English for a file of data, in the page's language for a page (default: the file name).")
    String title;

    @Option(names = "--language", paramLabel = "en|fr", description = "The language of a page's text (required for a page).")
    String language;

    @Option(names = "--publisher", paramLabel = "NAME", description = "Who published the page, if known.")
    String publisher;

    @Option(names = "--source-url", paramLabel = "URL", description = "Where the page was read, if known.")
    String sourceUrl;

    @Option(names = "--synthetic", description = "Mark the file as invented data (wco:synthetic true), e.g. for tests.")
    boolean synthetic;

    @Spec CommandSpec spec;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(file)) throw new SourceException(file, 0, "not found; expected the file to import");
        Optional<DocumentFormat> page = DocumentFormat.ofFile(file);
        if (page.isPresent()) return importPage(page.get(), out);
        ImportFormat format = ImportFormat.of(file).orElseThrow(() -> new SourceException(file, 0,
                "unknown kind of file; expected one of " + ImportFormat.knownExtensions() + " for data, or one of "
                        + DocumentFormat.knownExtensions() + " for a page"));
        Path dataDir = into.toAbsolutePath().getParent();
        Path manifestFile = dataDir.resolve("sources.ttl");
        Iris iris = Iris.DEFAULT;
        String entrySlug = entrySlug();
        Manifest manifest = manifest(manifestFile, entrySlug, iris);

        var assembled = DatasetAssembler.create().dataDir(dataDir).ontologyDir(ontology.ontology).iris(iris).build().assemble();
        Loader loader = Loaders.standard().get(format.loaderId()).orElseThrow();
        Loader.Loaded loaded = loader.load(file, format, new Loader.Context(MemberVocabulary.of(assembled.dataset(), iris), iris.base()));

        boolean rewrite = false;
        if (!loaded.problems().isEmpty()) {
            boolean skippable = skipBadRows && loaded instanceof MemberList list && list.headerProblems().isEmpty() && !list.members().isEmpty();
            if (!skippable) throw new ImportException(loaded.problems());
            MemberList list = (MemberList) loaded;
            out.println("Skipped " + list.badRows().size() + " bad rows:");
            list.problems().forEach(p -> out.println("  " + p.toText()));
            rewrite = true;
        }

        String fileName = rewrite ? entrySlug + ".csv" : file.getFileName().toString();
        ImportFormat written = rewrite ? ImportFormat.CSV : format;
        Path target = into.resolve(fileName);
        if (Files.exists(target)) throw new SourceException(target, 0, "already exists; give another --slug or remove it");
        try {
            Files.createDirectories(into);
            if (rewrite) writeGoodRows((MemberList) loaded, format, target);
            else Files.copy(file, target);
            appendEntry(manifestFile, manifest, ManifestEntry.importedFile(entrySlug, fileName, format.loaderId(),
                    title != null ? title : file.getFileName().toString(), written.mediaType(), synthetic), target, iris.base());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String count = loaded instanceof MemberList list ? list.members().size() + " members"
                : ((RdfContent) loaded).model().size() + " triples";
        out.println("Imported " + file + " as " + target + ": " + count
                + "; its entry <id/source/" + entrySlug + "> is appended to " + manifestFile + ". Run the build to load it.");
        out.flush();
        return 0;
    }

    /** The header and the good rows, as CSV, whatever the file was. */
    private void writeGoodRows(MemberList list, ImportFormat format, Path target) throws IOException {
        Table table = Table.read(file, format);
        Set<Integer> bad = new HashSet<>();
        list.badRows().forEach(r -> bad.add(r.number()));
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            csv.printRecord(table.header());
            for (Table.Row row : table.rows()) {
                if (!bad.contains(row.number()) && !row.isBlank()) csv.printRecord(row.cells());
            }
        }
    }

    /**
     * A page: copied under the data directory's {@code sources/} with its entry (no extractor: each tries it by the cues
     * of its shape); the data is then assembled as the next build will, and what the page gave is printed. A page
     * that cannot be read (a corrupt PDF, a bad encoding) is taken back out, with the reason.
     */
    private Integer importPage(DocumentFormat format, PrintWriter out) {
        if (language == null || !language.matches("en|fr")) {
            throw new UserError("--language en|fr: the language of the page's text is needed to read it");
        }
        Path dataDir = into.toAbsolutePath().getParent();
        Path manifestFile = dataDir.resolve("sources.ttl");
        Iris iris = Iris.DEFAULT;
        String entrySlug = entrySlug();
        Manifest manifest = manifest(manifestFile, entrySlug, iris);
        String name = file.getFileName().toString();
        Path target = dataDir.resolve("sources").resolve(entrySlug + name.substring(name.lastIndexOf('.')));
        if (Files.exists(target)) throw new SourceException(target, 0, "already exists; give another --slug or remove it");
        ManifestEntry entry = new ManifestEntry(entrySlug, target.getFileName().toString(), "",
                title != null ? title : name, format.mediaType(), false, synthetic, Optional.of(language),
                Optional.ofNullable(publisher), Optional.ofNullable(sourceUrl));
        String original;
        try {
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
            original = appendEntry(manifestFile, manifest, entry, target, iris.base());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentReport report;
        try {
            report = DatasetAssembler.create().dataDir(dataDir).ontologyDir(ontology.ontology).iris(iris).build()
                    .assemble().documents().stream().filter(d -> d.slug().equals(entrySlug)).findFirst().orElseThrow();
        } catch (RuntimeException e) {
            restore(manifestFile, original, target);
            throw e;
        }
        out.println("Imported " + file + " as " + target + "; its entry <id/source/" + entrySlug + "> is appended to "
                + manifestFile + ". The next build loads it; it gives:");
        out.print(report.toText().indent(2));
        out.flush();
        return 0;
    }

    private String entrySlug() {
        String entrySlug = slug != null ? slug : Text.slug(file.getFileName().toString().replaceFirst("\\.[^.]+$", ""));
        if (!entrySlug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new UserError("--slug " + entrySlug + ": expected lower-case ASCII words joined by hyphens");
        }
        return entrySlug;
    }

    private static Manifest manifest(Path manifestFile, String entrySlug, Iris iris) {
        Manifest manifest = Manifest.read(manifestFile, iris.base());
        if (manifest.entries().stream().anyMatch(e -> e.slug().equals(entrySlug))) {
            throw new UserError(manifestFile + " already has a source with the slug " + entrySlug + "; give another with --slug");
        }
        return manifest;
    }

    /**
     * Appends the entry as Turtle, then reads the manifest again: a manifest that no longer reads is put back. Returns
     * the manifest as it was, for a caller that may have to put it back later.
     */
    private String appendEntry(Path manifestFile, Manifest before, ManifestEntry entry, Path written, String base)
            throws IOException {
        String original = Files.readString(manifestFile, StandardCharsets.UTF_8);
        ManifestEntry.append(manifestFile, "Imported by `clusterkg import " + file.getFileName() + "`.", List.of(entry));
        try {
            Manifest after = Manifest.read(manifestFile, base);
            if (after.entries().size() != before.entries().size() + 1) {
                throw new SourceException(manifestFile, 0, "the appended entry was not read as a source; are the prefixes wco:, dcterms: and dcat: declared?");
            }
        } catch (RuntimeException e) {
            restore(manifestFile, original, written);
            throw e;
        }
        return original;
    }

    private static void restore(Path manifestFile, String original, Path written) {
        try {
            Files.writeString(manifestFile, original, StandardCharsets.UTF_8);
            Files.deleteIfExists(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
