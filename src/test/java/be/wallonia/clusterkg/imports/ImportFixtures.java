package be.wallonia.clusterkg.imports;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.assemble.DatasetAssembler;
import be.wallonia.clusterkg.assemble.NaceConcepts;
import be.wallonia.clusterkg.source.TurtleFile;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** Test fixtures for imports: the real vocabulary, a copy of data/ with files imported into it, sheets written. */
public final class ImportFixtures {
    public static final Path DATA = DatasetAssembler.DEFAULT_DATA;
    public static final Path SAMPLE = DATA.resolve("samples").resolve("members-sample.csv");
    public static final Path SAMPLE_ENTRY = DATA.resolve("samples").resolve("members-sample.ttl");
    public static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    private static MemberVocabulary vocabulary;

    private ImportFixtures() {}

    /** The vocabulary of the real data: the curated graph and NACE Rev. 2. */
    public static synchronized MemberVocabulary vocabulary() {
        if (vocabulary == null) {
            Model curated = ModelFactory.createDefaultModel();
            try (Stream<Path> files = Files.list(DATA.resolve("curated"))) {
                files.filter(p -> p.toString().endsWith(".ttl")).forEach(p -> curated.add(TurtleFile.read(p, IRIS.base())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            vocabulary = MemberVocabulary.of(curated, NaceConcepts.read(DATA.resolve("reference").resolve("nace-rev2.csv"), IRIS));
        }
        return vocabulary;
    }

    public static Loader.Context context() { return new Loader.Context(vocabulary(), IRIS.base()); }

    /** Reads a CSV text as a member list. */
    public static MemberList csv(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return new MemberListLoader().load(file, ImportFormat.CSV, context());
    }

    /** Copies data/ (without builds or samples) into a directory: a data directory the test may add files to. */
    public static Path copyOfData(Path dir) throws IOException {
        Path copy = dir.resolve("data");
        try (Stream<Path> all = Files.walk(DATA)) {
            for (Path p : all.toList()) {
                Path target = copy.resolve(DATA.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return copy;
    }

    /** Puts a file under the data directory's import/ and appends its manifest entry. */
    public static void addImport(Path dataDir, Path file, String entryTurtle) throws IOException {
        Files.createDirectories(dataDir.resolve("import"));
        Files.copy(file, dataDir.resolve("import").resolve(file.getFileName().toString()));
        Files.writeString(dataDir.resolve("sources.ttl"), Files.readString(dataDir.resolve("sources.ttl")) + "\n" + entryTurtle);
    }

    /** The sample member list and its entry, as a user would add them. */
    public static void addSample(Path dataDir) throws IOException {
        String entry = Files.readString(SAMPLE_ENTRY).replaceAll("(?m)^@prefix.*$", "");
        addImport(dataDir, SAMPLE, entry);
    }

    /** A manifest entry for an imported file, with the prefixes data/sources.ttl declares. */
    public static String entry(String slug, String fileName, String loader, String mediaType) {
        return """
                <id/source/%s> a wco:SourceDocument , wco:ImportedFile ;
                    wco:slug "%s" ; wco:fileName "%s" ; wco:extractor "%s" ; wco:synthetic true ;
                    dcterms:title "%s (test)"@en ; dcterms:format "%s" .
                """.formatted(slug, slug, fileName, loader, slug, mediaType);
    }

    /** Writes an .xlsx sheet: a header row of strings, then rows whose cells may be strings, numbers or dates. */
    public static Path xlsx(Path file, List<String> header, List<List<Object>> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook book = new Workbook(out, "clusterkg-test", "1.0");
            Worksheet sheet = book.newWorksheet("Members");
            for (int c = 0; c < header.size(); c++) sheet.value(0, c, header.get(c));
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number n) sheet.value(r + 1, c, n);
                    else if (v instanceof LocalDate d) {
                        sheet.value(r + 1, c, d);
                        sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                    } else if (v != null) sheet.value(r + 1, c, v.toString());
                }
            }
            book.finish();
        }
        return file;
    }
}
