package be.wallonia.clusterkg.assemble;

import be.wallonia.clusterkg.extract.ExtractionException;
import be.wallonia.clusterkg.pipeline.BuiltGraph;
import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A document of any shape enters the graph: by the extractor whose shape it has, or by its passages alone. */
class DocumentShapesTest {
    private static final String BASE = BuiltGraph.BASE;
    @TempDir Path data;

    @BeforeEach
    void copyData() throws IOException {
        BuiltGraph.copyTree(Path.of("data"), data);
    }

    private void add(String slug, String fileName, String content, String format) throws IOException {
        Files.writeString(data.resolve("sources").resolve(fileName), content);
        Files.writeString(data.resolve("sources.ttl"), Files.readString(data.resolve("sources.ttl")) + """

                <id/source/%s> a wco:SourceDocument ; wco:slug "%s" ; wco:fileName "%s" ;
                    dcterms:title "A page"@en ; dcterms:language "en" ; dcterms:format "%s" .
                """.formatted(slug, slug, fileName, format));
    }

    private Assembly assemble(boolean strict) {
        return DatasetAssembler.create().dataDir(data).strict(strict).build().assemble();
    }

    private static DocumentReport report(Assembly assembly, String slug) {
        return assembly.documents().stream().filter(d -> d.slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void aPageNoExtractorUnderstandsEntersWithItsPassagesAndTheNetworksTheyMention() throws IOException {
        add("strategy", "strategy.html", """
                <html><body><nav>Home &gt; The Strategy</nav><h1>Our strategy</h1>
                <p>BioWin works with MecaTech on medical devices.</p><p>Nothing else here.</p></body></html>""", "text/html");
        Assembly assembly = assemble(false);
        Model graph = assembly.dataset().getNamedModel(BASE + "graph/source/strategy");
        var passage = graph.createResource(BASE + "id/passage/strategy-l3");
        assertEquals("BioWin works with MecaTech on medical devices.", passage.getProperty(WCO.quote).getString());
        assertEquals(List.of(BASE + "id/pole/biowin", BASE + "id/pole/mecatech"),
                graph.listObjectsOfProperty(passage, WCO.mentions).mapWith(n -> n.asResource().getURI()).toList()
                        .stream().sorted().toList());
        assertEquals(3, graph.listSubjectsWithProperty(WCO.quote).toList().size(), "every line of text is a passage");
    }

    @Test
    void theReportOfAPageNoExtractorUnderstandsSaysWhyAndWhatItLeftUnread() throws IOException {
        add("strategy", "strategy.md", "# Our strategy\n\nBioWin works with MecaTech.\n", "text/markdown");
        DocumentReport report = report(assemble(false), "strategy");
        assertEquals("passages", report.extractor());
        assertEquals(0, report.facts());
        assertTrue(report.notUnderstood().orElseThrow().contains("network-descriptions: "), report.toText());
        assertEquals(List.of(1, 3), report.unreadLines());
        assertEquals(List.of(BASE + "id/pole/biowin", BASE + "id/pole/mecatech"), List.copyOf(report.mentions()));
    }

    @Test
    void aPageWithoutAnExtractorIsReadByTheExtractorWhoseShapeItHas() throws IOException {
        add("table", "table.txt", "Cluster\tDomaine\nTWEED\tEnergie durable\nTWIST\tTechnologies de l'image\n", "text/plain");
        DocumentReport report = report(assemble(false), "table");
        assertEquals("network-table", report.extractor());
        assertEquals(2, report.factsByKind().get("networks"), report.toText());
    }

    @Test
    void aStrictBuildRefusesAPageNoExtractorUnderstandsNamingTheFile() throws IOException {
        add("strategy", "strategy.txt", "Nothing to read here, in one line.\n", "text/plain");
        ExtractionException e = assertThrows(ExtractionException.class, () -> assemble(true));
        assertTrue(e.getMessage().contains("strategy.txt") && e.getMessage().contains("no extractor understands"), e.getMessage());
    }

    @Test
    void theFiveSourcesAreEachReadByTheirExtractorWithNothingNotUnderstood() {
        Assembly assembly = assemble(true);
        assertEquals(5, assembly.documents().size());
        assertTrue(assembly.documents().stream().allMatch(d -> d.notUnderstood().isEmpty() && d.facts() > 10),
                assembly.documents().toString());
    }
}
