package be.wallonia.clusterkg.extract;

import be.wallonia.clusterkg.extract.Extraction.AuthorityMention;
import be.wallonia.clusterkg.extract.Extraction.Evidence;
import be.wallonia.clusterkg.extract.Extraction.MemberStatistics;
import be.wallonia.clusterkg.extract.Extraction.NetworkCount;
import be.wallonia.clusterkg.extract.Extraction.NetworkKind;
import be.wallonia.clusterkg.extract.Extraction.NetworkMention;
import be.wallonia.clusterkg.extract.Extraction.PortalMention;
import be.wallonia.clusterkg.extract.Extraction.Share;
import be.wallonia.clusterkg.source.Corrections;
import be.wallonia.clusterkg.source.SourceEntry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The {@code network-table} extractor on the 2008 list of clusters (003, clusters-2008-fr). */
class NetworkTableExtractorTest {
    private static final Extraction X = RealDocuments.extraction("clusters-2008-fr");

    @Test
    void listsTheFourteenNetworksOfTheTableInOrder() {
        assertEquals(List.of("ARESA", "AUTO-MOBILITÉ", "CAP 2020", "DÉCHETS SOLIDES", "ECO-CONSTRUCTION", "INFOPÔLE",
                "LOGISTICS IN WALLONIA", "MITECH", "NUTRITION", "PHOTONIQUE", "PLASTIWIN", "TWEED", "TWIST",
                "WALLONIE ESPACE"), RealDocuments.names(X));
    }

    @Test
    void eachNetworkHasTheFieldOfActivityOfItsRow() {
        Map<String, Optional<String>> domains = new LinkedHashMap<>();
        X.networks().forEach(n -> domains.put(n.name(), n.domain()));
        assertEquals(Optional.of("Recherche clinique"), domains.get("ARESA"));
        assertEquals(Optional.of("Collecte, traitement et valorisation des déchets"), domains.get("DÉCHETS SOLIDES"));
        assertEquals(Optional.of("Technologies de l'Information et de la Communication (TIC)"), domains.get("INFOPÔLE"));
        assertEquals(Optional.of("Micro- et nanotechnologies, mécatronique, Intelligent manufacturing"), domains.get("MITECH"));
        assertEquals(Optional.of("Photonique (lumière, laser, etc.)"), domains.get("PHOTONIQUE"));
        assertEquals(Optional.of("Industrie spatiale"), domains.get("WALLONIE ESPACE"));
    }

    @Test
    void eachNetworkKeepsTheLineOfItsRow() {
        assertEquals(IntStream.rangeClosed(17, 30).boxed().toList(),
                X.networks().stream().map(n -> n.evidence().line()).toList());
    }

    @Test
    void headingsAboveTheTableThatSayClustersMakeEveryRowABusinessCluster() {
        assertEquals(List.of(NetworkKind.BUSINESS_CLUSTER), X.networks().stream().map(NetworkMention::kind).distinct().toList());
    }

    @Test
    void columnHeaderRowWithAnEmptyFirstCellIsNotANetwork() {
        assertEquals(List.of(), X.networks().stream().filter(n -> n.evidence().line() == 16
                || n.name().isEmpty() || n.name().equals("DOMAINE D'ACTIVITÉS")).toList());
    }

    @Test
    void tableRowsCarryNoDescriptionGroupNorFocus() {
        NetworkMention aresa = RealDocuments.network(X, "ARESA");
        assertEquals(new NetworkMention("ARESA", Optional.empty(), NetworkKind.BUSINESS_CLUSTER,
                Optional.of("Recherche clinique"), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                new Evidence(17)), aresa);
    }

    @Test
    void countsFourteenClustersOnceThoughThePageSaysItThreeTimes() {
        assertEquals(List.of(new NetworkCount("clusters", 14, new Evidence(7))), X.counts());
    }

    @Test
    void memberStatisticsSayMoreThanAThousandMembersWithTheirShares() {
        assertEquals(List.of(new MemberStatistics(OptionalInt.of(1000), true, List.of(
                                new Share("sont des entreprises", new BigDecimal("75"), new Evidence(7)),
                                new Share("notamment des PME", new BigDecimal("64"), new Evidence(7))),
                        Optional.of(new Extraction.StatedDate(LocalDate.of(2008, 6, 30), new Evidence(34))), new Evidence(7))),
                X.statistics());
    }

    @Test
    void statisticsDateComesFromTheHeadingThatSpeaksOfMembers() {
        assertEquals(Optional.of(new Extraction.StatedDate(LocalDate.of(2008, 6, 30), new Evidence(34))),
                X.statistics().get(0).date());
        assertEquals("Ventilation par type de membre - 30 juin 2008", RealDocuments.layout("clusters-2008-fr").quote(34));
    }

    @Test
    void sourcesLineNamesTheAuthorityWithItsUnitAndParent() {
        assertEquals(List.of(new AuthorityMention("DG Economie-Emploi-Recherche",
                        Optional.of("Direction des réseaux d'entreprises"), Optional.of("SPW"), new Evidence(38))),
                X.authorities());
    }

    @Test
    void portalIsTheLinkWithoutItsAngleBrackets() {
        assertEquals(List.of(new PortalMention("http://clusters.wallonie.be", new Evidence(39))), X.portals());
    }

    @Test
    void yearOfTheStatisticsHeadingIsNotAPolicyEvent() {
        assertEquals(List.of(), X.timeline());
    }

    @Test
    void tablePageHasNoListedItemsStatementsNorDomainLists() {
        assertEquals(List.of(), X.items());
        assertEquals(List.of(), X.statements());
        assertEquals(List.of(), X.domainLists());
    }

    @Nested
    class WrittenTables {
        @TempDir
        Path dir;
        @Test
        void curatedCorrectionAppliesToATableCell() throws IOException {
            SourceEntry entry = RealDocuments.entry("page.txt", "network-table", "fr");
            Files.writeString(dir.resolve("page.txt"), "## Les clusters\n\nTWEED\tEnergie durrable\n");
            Corrections corrections = new Corrections(List.of(
                    new Corrections.Correction("page.txt", "durrable", "durable", "A doubled r.")));
            Extraction x = RealDocuments.extract(RealDocuments.layout(entry, dir, corrections));
            assertEquals(Optional.of("Energie durable"), RealDocuments.network(x, "TWEED").domain());
        }

        @Test
        void cellsAreCleanedOfNoBreakAndRepeatedSpaces() {
            Layout layout = RealDocuments.write(dir, RealDocuments.entry("page.txt", "network-table", "fr"),
                    "## Les clusters\n\n WALLONIE\u00A0 ESPACE \tIndustrie\u00A0spatiale\n");
            Extraction x = RealDocuments.extract(layout);
            assertEquals(Optional.of("Industrie spatiale"), RealDocuments.network(x, "WALLONIE ESPACE").domain());
        }
    }
}
