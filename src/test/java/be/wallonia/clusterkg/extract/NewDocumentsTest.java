package be.wallonia.clusterkg.extract;

import be.wallonia.clusterkg.extract.Extraction.DomainItem;
import be.wallonia.clusterkg.extract.Extraction.Evidence;
import be.wallonia.clusterkg.extract.Extraction.FocusItem;
import be.wallonia.clusterkg.extract.Extraction.FocusKind;
import be.wallonia.clusterkg.extract.Extraction.ItemRole;
import be.wallonia.clusterkg.extract.Extraction.ListedItem;
import be.wallonia.clusterkg.extract.Extraction.NetworkCount;
import be.wallonia.clusterkg.extract.Extraction.NetworkKind;
import be.wallonia.clusterkg.extract.Extraction.NetworkMention;
import be.wallonia.clusterkg.source.Manifest;
import be.wallonia.clusterkg.source.SourceEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static be.wallonia.clusterkg.extract.RealDocuments.focusTexts;
import static be.wallonia.clusterkg.extract.RealDocuments.network;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A new document of a shape the extractors know is a file and a manifest entry: it loads with no change of
 * code. Each test writes its manifest and its document, then reads them the way the build does.
 */
class NewDocumentsTest {
    @TempDir
    Path dir;

    /** Writes a one-entry manifest and the document, and extracts it through the manifest's entry. */
    private Extraction load(String fileName, String extractor, String language, String text) throws IOException {
        String slug = fileName.replaceFirst("\\.txt$", "");
        Files.writeString(dir.resolve("sources.ttl"), """
                @prefix wco: <https://w3id.org/wallonia-clusters/ontology#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                <id/source/%s> a wco:SourceDocument ;
                    wco:slug "%s" ;
                    wco:fileName "%s" ;
                    wco:extractor "%s" ;
                    dcterms:language "%s" .
                """.formatted(slug, slug, fileName, extractor, language));
        Files.writeString(dir.resolve(fileName), text);
        SourceEntry entry = Manifest.read(dir.resolve("sources.ttl"), RealDocuments.BASE).entries().get(0);
        return RealDocuments.extract(RealDocuments.layout(entry, dir));
    }

    private static final String FRENCH_DESCRIPTIONS = """
            Industrie

            MonCluster est le cluster dédié à l'industrie du bois. Quatre axes stratégiques ont été définis : Sciage, Panneaux, Meubles, Énergie.

            BoisNet est le réseau d'entreprises qui rassemble des scieries, des menuisiers, des ébénistes.

            Les 2 clusters sont :

              1. le bois
              2. le papier
            """;

    @Test
    void frenchDescriptionsPageNamesItsNetworksWithTheirKinds() throws IOException {
        Extraction x = load("005_bois.txt", "network-descriptions", "fr", FRENCH_DESCRIPTIONS);
        assertEquals(List.of("MonCluster", "BoisNet"), RealDocuments.names(x));
        assertEquals(NetworkKind.BUSINESS_CLUSTER, network(x, "MonCluster").kind());
        assertEquals(NetworkKind.NETWORK, network(x, "BoisNet").kind());
    }

    @Test
    void frenchDescriptionTakesItsDomainAfterDedieA() throws IOException {
        Extraction x = load("005_bois.txt", "network-descriptions", "fr", FRENCH_DESCRIPTIONS);
        assertEquals(Optional.of("industrie du bois"), network(x, "MonCluster").domain());
    }

    @Test
    void frenchDescriptionTakesItsGroupFromTheHeadingAboveIt() throws IOException {
        Extraction x = load("005_bois.txt", "network-descriptions", "fr", FRENCH_DESCRIPTIONS);
        assertEquals(Optional.of("Industrie"), network(x, "MonCluster").group().map(Extraction.Group::name));
        assertEquals(Optional.of("Industrie"), network(x, "BoisNet").group().map(Extraction.Group::name));
    }

    @Test
    void frenchDescriptionHasTheFourStrategicAxesItAnnouncesInWords() throws IOException {
        Extraction x = load("005_bois.txt", "network-descriptions", "fr", FRENCH_DESCRIPTIONS);
        NetworkMention monCluster = network(x, "MonCluster");
        assertEquals(List.of("Sciage", "Panneaux", "Meubles", "Énergie"), focusTexts(monCluster));
        assertEquals(List.of(FocusKind.STRATEGIC_AXIS), monCluster.focus().stream().map(FocusItem::kind).distinct().toList());
    }

    @Test
    void frenchDescriptionListsTheRolesAfterRassemble() throws IOException {
        Extraction x = load("005_bois.txt", "network-descriptions", "fr", FRENCH_DESCRIPTIONS);
        assertEquals(List.of(
                new FocusItem(FocusKind.VALUE_CHAIN_ROLE, "des scieries", 1, new Evidence(5)),
                new FocusItem(FocusKind.VALUE_CHAIN_ROLE, "des menuisiers", 2, new Evidence(5)),
                new FocusItem(FocusKind.VALUE_CHAIN_ROLE, "des ébénistes", 3, new Evidence(5))),
                network(x, "BoisNet").focus());
    }

    @Test
    void frenchNumberedListAfterACountIsADomainList() throws IOException {
        Extraction x = load("005_bois.txt", "network-descriptions", "fr", FRENCH_DESCRIPTIONS);
        assertEquals(List.of(new NetworkCount("clusters", 2, new Evidence(7))), x.counts());
        assertEquals(List.of(new DomainItem("clusters", "le bois", 1, new Evidence(9)),
                new DomainItem("clusters", "le papier", 2, new Evidence(10))), x.domainLists());
    }
    @Test
    void frenchEnumerationEndingWithEtGivesOneRolePerActor() throws IOException {
        Extraction x = load("005_bois.txt", "network-descriptions", "fr", """
                BoisNet est le réseau d'entreprises qui rassemble des scieries, des menuisiers et des ébénistes.
                """);
        assertEquals(List.of("des scieries", "des menuisiers", "des ébénistes"), focusTexts(network(x, "BoisNet")));
    }

    private static final String ENGLISH_SECTIONS = """
            Wood cluster

            The Wood cluster brings the sawmills of Wallonia together.

            Jobs

              • Connect sawmills and joiners
              • Promote Walloon timber abroad

            Advantages

              • Shared purchasing of machines
            """;

    @Test
    void jobsHeadingMakesItsBulletedListMissions() throws IOException {
        Extraction x = load("006_wood.txt", "headed-sections", "en", ENGLISH_SECTIONS);
        assertEquals(List.of(
                        new ListedItem(ItemRole.MISSION, Optional.empty(), "Connect sawmills and joiners", 1, new Evidence(7)),
                        new ListedItem(ItemRole.MISSION, Optional.empty(), "Promote Walloon timber abroad", 2, new Evidence(8))),
                x.items().stream().filter(i -> i.role() == ItemRole.MISSION).toList());
    }

    @Test
    void advantagesHeadingMakesItsBulletedListAdvantages() throws IOException {
        Extraction x = load("006_wood.txt", "headed-sections", "en", ENGLISH_SECTIONS);
        assertEquals(List.of(new ListedItem(ItemRole.ADVANTAGE, Optional.empty(), "Shared purchasing of machines", 1,
                        new Evidence(12))),
                x.items().stream().filter(i -> i.role() == ItemRole.ADVANTAGE).toList());
    }

    @Test
    void tablePageWithTwoRowsNamesTwoNetworksOfTheKindItsHeadingSays() throws IOException {
        Extraction x = load("007_poles.txt", "network-table", "fr", """
                ## Les pôles de compétitivité wallons

                BIOWIN\tSanté et biotechnologies
                SKYWIN\tAéronautique et spatial
                """);
        assertEquals(List.of(
                new NetworkMention("BIOWIN", Optional.empty(), NetworkKind.COMPETITIVENESS_CLUSTER,
                        Optional.of("Santé et biotechnologies"), Optional.empty(), Optional.empty(), List.of(),
                        Optional.empty(), new Evidence(3)),
                new NetworkMention("SKYWIN", Optional.empty(), NetworkKind.COMPETITIVENESS_CLUSTER,
                        Optional.of("Aéronautique et spatial"), Optional.empty(), Optional.empty(), List.of(),
                        Optional.empty(), new Evidence(4))), x.networks());
    }

    @Test
    void tableUnderNoHeadingThatNamesAKindListsPlainNetworks() throws IOException {
        Extraction x = load("008_liste.txt", "network-table", "fr", """
                ## Liste

                BOISNET\tBois
                """);
        assertEquals(List.of(NetworkKind.NETWORK), x.networks().stream().map(NetworkMention::kind).toList());
    }
}
