package be.wallonia.clusterkg.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayoutTest {
    @TempDir
    Path dir;

    private static Optional<Block> blockAt(Layout layout, int line) {
        return layout.blocks().stream().filter(b -> b.line() == line).findFirst();
    }

    private Layout written(String text) {
        return RealDocuments.write(dir, RealDocuments.entry("page.txt", "headed-sections", "en"), text);
    }

    @Test
    void markdownHeadingTakesItsLevelFromItsHashes() {
        Layout layout = written("# Title\n\nSome text.\n\n### A subsection\n\nMore text.\n");
        assertEquals(new Block.Heading(1, 1, "Title"), layout.blocks().get(0));
        assertEquals(new Block.Heading(5, 3, "A subsection"), layout.blocks().get(2));
    }

    @Test
    void markdownHeadingOfARealDocumentKeepsItsLevelAndLine() {
        assertEquals(Optional.of(new Block.Heading(14, 2, "Les 14 clusters wallons")),
                blockAt(RealDocuments.layout("clusters-2008-fr"), 14));
    }

    @Test
    void firstPlainHeadingIsLevelOneAndTheLaterOnesLevelTwo() {
        Layout definition = RealDocuments.layout("cluster-definition-en");
        assertEquals(new Block.Heading(1, 1, "Definition of cluster"), definition.blocks().get(0));
        assertEquals(new Block.Heading(3, 2, "Definition of the cluster"), definition.blocks().get(1));
        assertEquals(Optional.of(new Block.Heading(24, 2, "Cluster jobs")), blockAt(definition, 24));
    }

    @Test
    void shortLineStandingAloneWithoutFinalPunctuationIsAHeading() {
        Layout layout = written("Intro text that ends with a stop.\n\nOur missions\n\nMore text.\n");
        assertEquals(new Block.Heading(3, 1, "Our missions"), layout.blocks().get(1));
    }

    @Test
    void lineEndingWithAFullStopIsAParagraphEvenWhenShortAndAlone() {
        Layout layout = written("Title\n\nShort and alone.\n");
        assertEquals(new Block.Paragraph(3, "Short and alone."), layout.blocks().get(1));
    }

    @Test
    void lineWithAColonIsAParagraphEvenWhenShortAndAlone() {
        Layout layout = written("Title\n\nA cluster is characterised by:\n");
        assertEquals(new Block.Paragraph(3, "A cluster is characterised by:"), layout.blocks().get(1));
    }

    @Test
    void shortLinesNextToOtherTextAreParagraphs() {
        Layout layout = written("Title\n\nFirst line\nSecond line\n");
        assertEquals(List.of(new Block.Heading(1, 1, "Title"), new Block.Paragraph(3, "First line"),
                new Block.Paragraph(4, "Second line")), layout.blocks());
    }

    @Test
    void lineOfMoreThanTenWordsIsAParagraph() {
        Layout layout = written("Title\n\nOne two three four five six seven eight nine ten eleven\n");
        assertEquals(new Block.Paragraph(3, "One two three four five six seven eight nine ten eleven"),
                layout.blocks().get(1));
    }

    @Test
    void bulletedLinesFormOneListWithTheLineOfEachItem() {
        Block.ItemList list = (Block.ItemList) blockAt(RealDocuments.layout("cluster-definition-en"), 26).orElseThrow();
        assertEquals(Block.ListStyle.BULLET, list.style());
        assertEquals(11, list.items().size());
        assertEquals(new Block.Item(26, "Create networks and places of exchange (including in particular the prospecting of new companies)"),
                list.items().get(0));
        assertEquals(new Block.Item(36, "Promote skills development for ecosystem stakeholders"), list.items().get(10));
    }

    @Test
    void dashedLinesFormADashList() {
        Block.ItemList list = (Block.ItemList) blockAt(RealDocuments.layout("key-sectors-en"), 63).orElseThrow();
        assertEquals(Block.ListStyle.DASH, list.style());
        assertEquals(List.of(
                new Block.Item(63, "The manufacturers of raw materials, masterbatches, dyes and various additives."),
                new Block.Item(64, "The mould makers, designers, manufacturers of tools."),
                new Block.Item(65, "The plastics processors active in the injection moulding, extrusion, blowing, thermoforming, "
                        + "but also in machining, cutting, bending, surface treatment and retailers.")), list.items());
    }

    @Test
    void numberedLinesFormANumberedListWithoutTheirNumbers() {
        assertEquals(Optional.of(new Block.ItemList(74, Block.ListStyle.NUMBERED, List.of(
                        new Block.Item(74, "life sciences"), new Block.Item(75, "agrifood"),
                        new Block.Item(76, "transport-logistics"), new Block.Item(77, "mechanical engineering"),
                        new Block.Item(78, "aeronautics-space"), new Block.Item(79, "environmental technologies")))),
                blockAt(RealDocuments.layout("key-sectors-en"), 74));
    }

    @Test
    void aBlankLineEndsAList() {
        Layout layout = written("Title\n\n• one\n• two\n\n• three\n");
        assertEquals(List.of(new Block.Heading(1, 1, "Title"),
                new Block.ItemList(3, Block.ListStyle.BULLET, List.of(new Block.Item(3, "one"), new Block.Item(4, "two"))),
                new Block.ItemList(6, Block.ListStyle.BULLET, List.of(new Block.Item(6, "three")))), layout.blocks());
    }

    @Test
    void aChangeOfListStyleStartsANewList() {
        Layout layout = written("• one\n- two\n1. three\n");
        assertEquals(List.of(
                new Block.ItemList(1, Block.ListStyle.BULLET, List.of(new Block.Item(1, "one"))),
                new Block.ItemList(2, Block.ListStyle.DASH, List.of(new Block.Item(2, "two"))),
                new Block.ItemList(3, Block.ListStyle.NUMBERED, List.of(new Block.Item(3, "three")))), layout.blocks());
    }

    @Test
    void tabSeparatedLinesFormATableWhoseRowsKeepTheirLines() {
        Block.Table table = (Block.Table) blockAt(RealDocuments.layout("clusters-2008-fr"), 16).orElseThrow();
        assertEquals(15, table.rows().size());
        assertEquals(new Block.Row(16, List.of("", "DOMAINE D'ACTIVITÉS")), table.rows().get(0));
        assertEquals(new Block.Row(17, List.of("ARESA", "Recherche clinique")), table.rows().get(1));
        assertEquals(new Block.Row(30, List.of("WALLONIE ESPACE", "Industrie spatiale")), table.rows().get(14));
    }

    @Test
    void consecutiveTabsSeparateOnlyTwoCells() {
        Layout layout = written("ARESA\t\t\tRecherche clinique\n");
        assertEquals(List.of(new Block.Table(1, List.of(new Block.Row(1, List.of("ARESA", "Recherche clinique"))))),
                layout.blocks());
    }

    @Test
    void noiseLineNamedByTheLexiconIsDropped() {
        Layout clusters = RealDocuments.layout("clusters-en");
        assertEquals("Your tools :", clusters.quote(55));
        assertEquals(Optional.empty(), blockAt(clusters, 55));
    }

    @Test
    void logoCaptionIsDropped() {
        Layout keySectors = RealDocuments.layout("key-sectors-en");
        assertEquals("Biowin logo", keySectors.quote(39));
        assertEquals(Optional.empty(), blockAt(keySectors, 39));
    }

    @Test
    void lineWithAnImageTokenAndFewerThanFourOtherWordsIsDropped() {
        Layout keySectors = RealDocuments.layout("key-sectors-en");
        assertEquals("cluster Infopole ClusterTIC.jpg", keySectors.quote(49));
        assertEquals(Optional.empty(), blockAt(keySectors, 49));
    }

    @Test
    void imageTokenBesideThreeWordsDropsTheLineAndBesideFourKeepsTheWords() {
        Layout layout = written("Title\n\nphoto.png Three more words\n\nphoto.PNG Four words stand here\n");
        assertEquals(List.of(new Block.Heading(1, 1, "Title"), new Block.Heading(5, 2, "Four words stand here")),
                layout.blocks());
    }

    @Test
    void imageTokenIsRemovedFromALineThatSaysMore() {
        Layout keySectors = RealDocuments.layout("key-sectors-en");
        assertTrue(keySectors.quote(15).startsWith("skywin.JPG Skywin\u00A0is"));
        assertTrue(blockAt(keySectors, 15).orElseThrow().text().startsWith("Skywin is the Aerospace Competitiveness Cluster."));
    }

    @Test
    void imageTokenIsRemovedWithTheWordLogoBeforeIt() {
        Layout keySectors = RealDocuments.layout("key-sectors-en");
        assertTrue(keySectors.quote(67).startsWith("logo TWIST.jpg TWIST\u00A0is"));
        assertTrue(blockAt(keySectors, 67).orElseThrow().text().startsWith("TWIST is the Business Cluster"));
    }

    @Test
    void markdownEmphasisIsRemovedFromBlockText() {
        assertTrue(blockAt(RealDocuments.layout("clusters-2008-fr"), 7).orElseThrow().text()
                .startsWith("14 clusters sont reconnus en Wallonie. Ils comptent plus de 1.000 membres, dont 75% sont des entreprises"));
    }

    @Test
    void noBreakSpacesBecomePlainSpacesInBlockText() {
        assertTrue(blockAt(RealDocuments.layout("clusters-fr"), 13).orElseThrow().text()
                .startsWith("Dès l’an 2000, le « Contrat d’Avenir pour la Wallonie » prévoyait"));
    }

    @Test
    void blockTextCarriesTheCuratedCorrection() {
        assertTrue(blockAt(RealDocuments.layout("key-sectors-en"), 24).orElseThrow().text()
                .startsWith("Eco-building is a network of companies that aim at building"));
    }

    @Test
    void quoteReturnsTheLineAsTheFileHasItWithItsTypo() {
        assertTrue(RealDocuments.layout("key-sectors-en").quote(24)
                .startsWith("Eco-building\u00A0is a network of companiesthat aim at building"));
        assertEquals("  • L’INFOPOLE Cluster TIC : le cluster des technologies de ka communication",
                RealDocuments.layout("clusters-fr").quote(42));
    }

    @Test
    void quoteDropsTrailingWhitespaceAndKeepsNoBreakSpaces() {
        assertEquals("Sources : DG Economie-Emploi-Recherche (Direction des réseaux d'entreprises) du SPW",
                RealDocuments.layout("clusters-2008-fr").quote(38));
        assertEquals("\u00A0Mobility and Transport", RealDocuments.layout("key-sectors-en").quote(11));
    }

    @Test
    void languageIsTheManifestEntrysLanguage() {
        assertEquals("fr", RealDocuments.layout("clusters-fr").language());
        assertEquals("en", RealDocuments.layout("clusters-en").language());
    }
    @ParameterizedTest
    @ValueSource(strings = {"clusters-en", "clusters-fr", "key-sectors-en"})
    void bulletedPageToolsAreDropped(String slug) {
        List<String> tools = RealDocuments.layout(slug).blocks().stream().map(Block::text)
                .filter(t -> t.matches("(?i).*(bookmark|print|imprimer) (this|cette) page.*")).toList();
        assertEquals(List.of(), tools);
    }
    @Test
    void frenchHeadingWithSpacedGuillemetsIsAHeading() {
        assertEquals(Optional.of(new Block.Heading(25, 2, "Différences entre « cluster » et « pôle de compétitivité »")),
                blockAt(RealDocuments.layout("clusters-fr"), 25));
    }
}
