package be.wallonia.clusterkg.cli;

import be.wallonia.clusterkg.vocab.Iris;
import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import be.wallonia.clusterkg.imports.ImportFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import verb, in process, on a copy of data/: it adds a good file, refuses a bad one, or keeps its good rows. */
class ImportCommandTest {
    @TempDir Path dir;
    Path data;
    String manifestBefore;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void copyData() throws IOException {
        data = ImportFixtures.copyOfData(dir);
        manifestBefore = Files.readString(data.resolve("sources.ttl"));
    }

    private int run(String... args) {
        CommandLine cl = ClusterKg.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 3];
        all[0] = "import";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--into";
        all[args.length + 2] = data.resolve("import").toString();
        return cl.execute(all);
    }

    private Path badList() throws IOException {
        Path file = dir.resolve("partners.csv");
        Files.writeString(file, """
                name,kind,networks,since,company number
                Exemple Plasturgie SA,SME,plastiwin,2015-03-01,0412.345.614
                Fictive Moules SPRL,startup,plastiwin,2018-09-15,
                Démo Polymères SA,large enterprise,plastiwin,2012-02-30,0434.567.818
                """);
        return file;
    }

    @Test
    void aGoodFileIsCopiedIntoTheImportDirectoryAndGetsItsManifestEntry() throws IOException {
        assertEquals(0, run(ImportFixtures.SAMPLE.toString(), "--synthetic", "--title", "Synthetic \"sample\""), err.toString());
        assertTrue(Files.isRegularFile(data.resolve("import").resolve("members-sample.csv")));
        Model manifest = ModelFactory.createDefaultModel();
        RDFParser.source(data.resolve("sources.ttl")).base(Iris.DEFAULT_BASE).lang(Lang.TURTLE).parse(manifest);
        Resource entry = manifest.getResource(Iris.DEFAULT.id("source", "members-sample"));
        assertTrue(entry.hasProperty(RDF.type, WCO.SourceDocument) && entry.hasProperty(RDF.type, WCO.ImportedFile));
        assertEquals("member-list", entry.getProperty(WCO.extractor).getString());
        assertEquals("members-sample.csv", entry.getProperty(WCO.fileName).getString());
        assertTrue(entry.getProperty(WCO.synthetic).getBoolean());
        assertEquals("Synthetic \"sample\"", entry.getProperty(DCTerms.title).getString());
        assertEquals("text/csv", entry.getProperty(DCTerms.format).getString());
        assertFalse(Files.readString(data.resolve("sources.ttl")).substring(manifestBefore.length()).contains("http://localhost"),
                "the entry's IRIs are relative, as the manifest's own");
        assertTrue(out.toString().contains(": 7 members;"), out.toString());
    }

    @Test
    void aFileWithBadRowsIsRefusedWithEveryProblemAndNothingIsAdded() throws IOException {
        assertEquals(1, run(badList().toString()));
        String e = err.toString();
        assertTrue(e.contains("3 problems, nothing imported:"), e);
        assertTrue(e.contains("partners.csv: row 3, column kind: unknown kind \"startup\""), e);
        assertTrue(e.contains("partners.csv: row 4, column since: bad date \"2012-02-30\""), e);
        assertTrue(e.contains("partners.csv: row 4, column company number: bad company number \"0434.567.818\""), e);
        assertEquals(manifestBefore, Files.readString(data.resolve("sources.ttl")));
        assertFalse(Files.exists(data.resolve("import").resolve("partners.csv")));
    }

    @Test
    void skipBadRowsListsTheRowsSkippedAndWritesOnlyTheGoodOnes() throws IOException {
        assertEquals(0, run(badList().toString(), "--skip-bad-rows"), err.toString());
        assertTrue(out.toString().startsWith("Skipped 2 bad rows:\n"), out.toString());
        assertTrue(out.toString().contains("row 3, column kind: unknown kind"), out.toString());
        assertEquals("name,kind,networks,since,company number\r\nExemple Plasturgie SA,SME,plastiwin,2015-03-01,0412.345.614\r\n",
                Files.readString(data.resolve("import").resolve("partners.csv")));
        assertTrue(Files.readString(data.resolve("sources.ttl")).contains("wco:fileName \"partners.csv\""));
    }

    @Test
    void anRdfFileWithASyntaxErrorIsRefusedWithItsLine() throws IOException {
        Path file = dir.resolve("extra.ttl");
        Files.writeString(file, "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n<a> rdfs:label \"x\" \n<b> rdfs:label \"y\" .\n");
        assertEquals(1, run(file.toString()));
        assertTrue(err.toString().contains("extra.ttl: line 3, column "), err.toString());
        assertEquals(manifestBefore, Files.readString(data.resolve("sources.ttl")));
    }

    @Test
    void aSlugAlreadyInTheManifestIsRefused() {
        assertEquals(1, run(ImportFixtures.SAMPLE.toString(), "--slug", "clusters-en"));
        assertTrue(err.toString().contains("already has a source with the slug clusters-en"), err.toString());
    }

    private Path page(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void aPageIsCopiedUnderSourcesWithAnEntryThatNamesNoExtractorAndItsReportIsPrinted() throws IOException {
        Path html = page("biowin-strategy.html", """
                <html><head><title>BioWin</title></head><body><nav>Home &gt; The Strategy</nav>
                <h1>BioWin's strategy</h1><p>BioWin works with MecaTech and Infopole.</p></body></html>""");
        assertEquals(0, run(html.toString(), "--language", "en", "--title", "BioWin's strategy",
                "--publisher", "BioWin", "--source-url", "https://www.biowin.org/strategy"), err.toString());
        assertTrue(Files.isRegularFile(data.resolve("sources").resolve("biowin-strategy.html")));
        Model manifest = ModelFactory.createDefaultModel();
        RDFParser.source(data.resolve("sources.ttl")).base(Iris.DEFAULT_BASE).lang(Lang.TURTLE).parse(manifest);
        Resource entry = manifest.getResource(Iris.DEFAULT.id("source", "biowin-strategy"));
        assertTrue(entry.hasProperty(RDF.type, WCO.SourceDocument) && !entry.hasProperty(RDF.type, WCO.ImportedFile));
        assertFalse(entry.hasProperty(WCO.extractor));
        assertEquals("text/html", entry.getProperty(DCTerms.format).getString());
        assertEquals("en", entry.getProperty(DCTerms.language).getString());
        assertEquals("https://www.biowin.org/strategy", entry.getProperty(org.apache.jena.vocabulary.DCAT.accessURL).getResource().getURI());
        String report = out.toString();
        assertTrue(report.contains("biowin-strategy (biowin-strategy.html, text/html): read by passages"), report);
        assertTrue(report.contains("mentions linked: 3 (cluster/infopole, pole/biowin, pole/mecatech)"), report);
    }

    @Test
    void aPageNeedsItsLanguage() throws IOException {
        Path md = page("notes.md", "# Notes\n\nTWEED.\n");
        assertEquals(1, run(md.toString()));
        assertTrue(err.toString().contains("--language en|fr"), err.toString());
        assertEquals(manifestBefore, Files.readString(data.resolve("sources.ttl")));
    }

    @Test
    void aPdfThatCannotBeReadIsTakenBackOutWithTheReason() throws IOException {
        Path pdf = page("report.pdf", "not a pdf at all");
        assertEquals(1, run(pdf.toString(), "--language", "fr"));
        assertTrue(err.toString().contains("is not a readable PDF"), err.toString());
        assertEquals(manifestBefore, Files.readString(data.resolve("sources.ttl")));
        assertFalse(Files.exists(data.resolve("sources").resolve("report.pdf")));
    }
}
