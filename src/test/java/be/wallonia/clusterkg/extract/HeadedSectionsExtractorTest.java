package be.wallonia.clusterkg.extract;

import be.wallonia.clusterkg.extract.Extraction.Evidence;
import be.wallonia.clusterkg.extract.Extraction.ItemRole;
import be.wallonia.clusterkg.extract.Extraction.ListedItem;
import be.wallonia.clusterkg.extract.Extraction.NetworkCount;
import be.wallonia.clusterkg.extract.Extraction.NetworkKind;
import be.wallonia.clusterkg.extract.Extraction.NetworkMention;
import be.wallonia.clusterkg.extract.Extraction.PolicyEvent;
import be.wallonia.clusterkg.extract.Extraction.PortalMention;
import be.wallonia.clusterkg.extract.Extraction.StatedText;
import be.wallonia.clusterkg.extract.Extraction.TextRole;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code headed-sections} extractor on the three real pages of that shape. */
class HeadedSectionsExtractorTest {

    private static List<ListedItem> items(Extraction x, ItemRole role) {
        return x.items().stream().filter(i -> i.role() == role).toList();
    }

    private static List<String> texts(List<ListedItem> items) {
        return items.stream().map(ListedItem::text).toList();
    }

    private static List<Integer> ranks(List<ListedItem> items) {
        return items.stream().map(ListedItem::rank).toList();
    }

    private static List<Integer> lines(List<ListedItem> items) {
        return items.stream().map(i -> i.evidence().line()).toList();
    }

    private static List<StatedText> statements(Extraction x, TextRole role) {
        return x.statements().stream().filter(s -> s.role() == role).toList();
    }

    private static List<Integer> oneTo(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }

    @Nested
    class ClusterDefinitionEn {
        private static final Extraction X = RealDocuments.extraction("cluster-definition-en");

        @Test
        void decreeDefinitionHasFourCharacteristicsInOrder() {
            List<ListedItem> characteristics = items(X, ItemRole.CHARACTERISTIC);
            assertEquals(List.of(
                    "the mobilization of a representative critical mass covering one or several fields of activity",
                    "a co-operation framework encompassing related activities",
                    "the voluntary development between the companies of a complementarity relationship, vertical or horizontal, profit or non-profit",
                    "the promotion of a common vision of development"), texts(characteristics));
            assertEquals(oneTo(4), ranks(characteristics));
            assertEquals(List.of(9, 10, 11, 12), lines(characteristics));
        }

        @Test
        void clusterJobsAreElevenMissionsRankedInDocumentOrder() {
            List<ListedItem> missions = items(X, ItemRole.MISSION);
            assertEquals(List.of(
                    "Create networks and places of exchange (including in particular the prospecting of new companies)",
                    "Business developer (including the attractiveness of the sector)",
                    "Structuring the sector",
                    "Federate ecosystem actors",
                    "Be the ambassador of ecosystems (technological, political, legal watches, etc.)",
                    "Complement and position yourself in traditional and non-traditional value chains",
                    "Encourage innovation",
                    "Promote internationalization",
                    "Support and promote the development of projects from both an economic and technological point of view",
                    "Support the sustainable development of all ecosystems",
                    "Promote skills development for ecosystem stakeholders"), texts(missions));
            assertEquals(oneTo(11), ranks(missions));
            assertEquals(IntStream.rangeClosed(26, 36).boxed().toList(), lines(missions));
        }

        @Test
        void definitionIsTheDecreeSentenceThatIntroducesTheCharacteristics() {
            assertEquals(1, statements(X, TextRole.DEFINITION).size());
            StatedText definition = statements(X, TextRole.DEFINITION).get(0);
            assertTrue(definition.text().startsWith("« By business cluster, we have to understand the association"),
                    definition.text());
            assertTrue(definition.text().endsWith("and which is characterized by"), definition.text());
            assertEquals(new Evidence(7), definition.evidence());
        }

        @Test
        void definitionIsReadWithTheCuratedCorrectionOfASpaceBeforeAComma() {
            String definition = statements(X, TextRole.DEFINITION).get(0).text();
            assertTrue(definition.contains("academic institutions, research centers, training centers, and which"), definition);
        }

        @Test
        void purposeIsTheParagraphUnderThePurposeHeading() {
            assertEquals(List.of(new StatedText(TextRole.PURPOSE,
                    "In the present and future Walloon strategic sectors, supporting the economic development of SMEs, "
                            + "networking them and integrating them into their known and future ecosystems, with the declared "
                            + "objective of developing the ecosystems in which these SMEs operate, in promoting innovation and "
                            + "creativity, both in Wallonia and internationally, with respect for sustainable growth responding "
                            + "in particular to environmental and societal challenges.", new Evidence(16))),
                    statements(X, TextRole.PURPOSE));
        }

        @Test
        void visionJoinsTheThreeLinesOfItsSection() {
            Layout layout = RealDocuments.layout("cluster-definition-en");
            String joined = String.join(" ", layout.quote(20), layout.quote(21), layout.quote(22));
            assertEquals(List.of(new StatedText(TextRole.VISION, joined, new Evidence(20))), statements(X, TextRole.VISION));
        }

        @Test
        void visionYearIsNotAPolicyEvent() {
            assertEquals(List.of(), X.timeline());
        }

        @Test
        void namesNoNetworkAndCountsNone() {
            assertEquals(List.of(), X.networks());
            assertEquals(List.of(), X.counts());
        }
    }

    @Nested
    class ClustersEn {
        private static final Extraction X = RealDocuments.extraction("clusters-en");

        @Test
        void listsSixNetworksWithTheLinesOfTheirItems() {
            assertEquals(List.of("CAP 2020", "ECO-CONSTRUCTION", "PLASTIWIN", "INFOPOLE Cluster TIC", "TWEED", "TWIST"),
                    RealDocuments.names(X));
            assertEquals(List.of(39, 40, 41, 42, 43, 44), X.networks().stream().map(n -> n.evidence().line()).toList());
        }

        @Test
        void allSixAreBusinessClusters() {
            assertEquals(List.of(NetworkKind.BUSINESS_CLUSTER), X.networks().stream().map(NetworkMention::kind).distinct().toList());
        }

        @Test
        void eachNetworkHasTheDomainItsKindPhraseNames() {
            assertEquals(List.of(
                            Optional.of("construction"),
                            Optional.of("sustainable homes"),
                            Optional.of("plastics"),
                            Optional.of("communication technologies"),
                            Optional.of("Walloon energy, environmental and sustainable development technologies"),
                            Optional.of("Walloon digital image, sound and text technologies")),
                    X.networks().stream().map(NetworkMention::domain).toList());
        }

        @Test
        void networkDescriptionIsItsListItem() {
            assertEquals(Optional.of("The INFOPOLE Cluster TIC: the communication technologies cluster"),
                    RealDocuments.network(X, "INFOPOLE Cluster TIC").description());
        }

        @Test
        void definitionJoinsTheShortCueToTheSentenceBeforeIt() {
            assertEquals(List.of(new StatedText(TextRole.DEFINITION,
                    "Clustering is a method of organising the production system set up at the initiative of companies "
                            + "(with the possible participation of research centres and training centres). "
                            + "A cluster is characterised by:", new Evidence(3))), statements(X, TextRole.DEFINITION));
        }

        @Test
        void hasThreeCharacteristics() {
            assertEquals(List.of(
                    "an inter-company cooperation framework centred around related activities",
                    "the voluntary development of complementary relations (whether commercial or non commercial)",
                    "the promotion of a shared regional and international vision of development"),
                    texts(items(X, ItemRole.CHARACTERISTIC)));
        }

        @Test
        void hasThreeAdvantagesRankedOneToThree() {
            List<ListedItem> advantages = items(X, ItemRole.ADVANTAGE);
            assertEquals(3, advantages.size());
            assertEquals("Productivity gains obtained thanks to a better synergy between players, lower prices, "
                    + "more adapted and shared production factors", advantages.get(0).text());
            assertEquals(oneTo(3), ranks(advantages));
            assertEquals(List.of(21, 22, 23), lines(advantages));
        }

        @Test
        void differencesSectionGivesTwoDistinguishingFeatures() {
            List<ListedItem> features = items(X, ItemRole.DISTINGUISHING_FEATURE);
            assertEquals(List.of(
                    "The competitiveness clusters are publicly funded to carry out investment, R&D or training projects "
                            + "in line with the strategy of competitive positioning that they themselves have defined.",
                    "The clusters, for their part, are supported by the Walloon Region to coordinate a network of companies "
                            + "and foster innovative partnerships, whether industrial, commercial or technological."),
                    texts(features));
            assertEquals(List.of(27, 29), lines(features));
            assertEquals(List.of(1, 2), ranks(features));
        }

        @Test
        void countsSixClustersOnce() {
            assertEquals(List.of(new NetworkCount("clusters", 6, new Evidence(33))), X.counts());
        }

        @Test
        void contractForTheFutureIsThePolicyEventOf2000() {
            assertEquals(List.of(new PolicyEvent("Contrat d’Avenir pour la Wallonie", 2000, new Evidence(13))), X.timeline());
        }

        @Test
        void coverageClaimIsTheSentenceThatSaysClustersCoverAlmostAllSectors() {
            assertEquals(List.of(new StatedText(TextRole.COVERAGE_CLAIM,
                    "Along with the Competitiveness Clusters, the Walloon clusters cover almost all economic sectors.",
                    new Evidence(46))), statements(X, TextRole.COVERAGE_CLAIM));
        }

        @Test
        void namesNoPortalBecauseThePageLostItsLink() {
            assertEquals(List.of(), X.portals());
        }
    }

    @Nested
    class ClustersFr {
        private static final Extraction X = RealDocuments.extraction("clusters-fr");

        @Test
        void listsTheSameSixNetworksAsTheEnglishPage() {
            assertEquals(List.of("CAP 2020", "ECO-CONSTRUCTION", "PLASTIWIN", "INFOPOLE Cluster TIC", "TWEED", "TWIST"),
                    RealDocuments.names(X));
            assertEquals(List.of(NetworkKind.BUSINESS_CLUSTER), X.networks().stream().map(NetworkMention::kind).distinct().toList());
        }

        @Test
        void domainsAreFrenchWithTheLinkingWordsDropped() {
            assertEquals(List.of(
                            Optional.of("construction"),
                            Optional.of("habitat durable"),
                            Optional.of("plasturgie"),
                            Optional.of("technologies de la communication"),
                            Optional.of("technologies wallonnes de l’énergie, de l’environnement et du développement durable"),
                            Optional.of("technologies wallonnes de l’image, du son et du texte numériques")),
                    X.networks().stream().map(NetworkMention::domain).toList());
        }

        @Test
        void infopoleDomainIsReadWithTheCuratedCorrectionWhileItsEvidenceKeepsTheTypo() {
            NetworkMention infopole = RealDocuments.network(X, "INFOPOLE Cluster TIC");
            assertEquals(Optional.of("technologies de la communication"), infopole.domain());
            assertTrue(RealDocuments.layout("clusters-fr").quote(infopole.evidence().line()).endsWith("de ka communication"));
        }

        @Test
        void portalIsTheLinkWithoutTheFinalFullStop() {
            assertEquals(List.of(new PortalMention("http://clusters.wallonie.be", new Evidence(52))), X.portals());
        }

        @Test
        void countsSixClustersFromAuNombreDe() {
            assertEquals(List.of(new NetworkCount("clusters", 6, new Evidence(33))), X.counts());
        }

        @Test
        void frenchDefinitionCueIntroducesThreeCharacteristics() {
            assertEquals(List.of(
                    "un cadre de coopération inter-entreprises portant sur des activités liées",
                    "le développement volontaire de relations de complémentarités (marchandes ou non marchandes)",
                    "la promotion d’une vision régionale et internationale commune de développement"),
                    texts(items(X, ItemRole.CHARACTERISTIC)));
            assertEquals(new Evidence(3), statements(X, TextRole.DEFINITION).get(0).evidence());
        }

        @Test
        void avantagesHeadingGivesThreeAdvantages() {
            assertEquals(List.of(21, 22, 23), lines(items(X, ItemRole.ADVANTAGE)));
        }

        @Test
        void contratDAvenirIsThePolicyEventOf2000() {
            assertEquals(List.of(new PolicyEvent("Contrat d’Avenir pour la Wallonie", 2000, new Evidence(13))), X.timeline());
        }

        @Test
        void frenchCoverageClaimIsRecognised() {
            assertEquals(List.of(new Evidence(46)), statements(X, TextRole.COVERAGE_CLAIM).stream().map(StatedText::evidence).toList());
        }
        @Test
        void differencesSectionGivesTwoDistinguishingFeatures() {
            assertEquals(List.of(27, 29), lines(items(X, ItemRole.DISTINGUISHING_FEATURE)));
        }
    }

    @Nested
    class WrittenPages {
        @TempDir
        Path dir;
        @Test
        void pageToolsAfterTheMissionsAreNotMissions() {
            Layout layout = RealDocuments.write(dir, RealDocuments.entry("page.txt", "headed-sections", "en"), """
                    Cluster jobs

                      • Encourage innovation

                    Your tools :

                      • Bookmark this page
                      • Print this page
                    """);
            assertEquals(List.of("Encourage innovation"), texts(items(RealDocuments.extract(layout), ItemRole.MISSION)));
        }

        @Test
        void listOfNamedKindPhrasesIsAListOfNetworksWhateverItsHeading() {
            Layout layout = RealDocuments.write(dir, RealDocuments.entry("page.txt", "headed-sections", "en"), """
                    Members

                      • WOODWIN: the timber cluster
                      • Not a network: just a remark
                    """);
            Extraction x = RealDocuments.extract(layout);
            assertEquals(List.of(new NetworkMention("WOODWIN", Optional.empty(), NetworkKind.BUSINESS_CLUSTER,
                    Optional.of("timber"), Optional.empty(), Optional.of("WOODWIN: the timber cluster"), List.of(),
                    Optional.empty(), new Evidence(3))), x.networks());
        }

        @Test
        void purposeIsNotReadForCountsOrEvents() {
            Layout layout = RealDocuments.write(dir, RealDocuments.entry("page.txt", "headed-sections", "en"), """
                    Our purpose

                    Since 2009, the 12 clusters of the Walloon Plan have helped companies grow.
                    """);
            Extraction x = RealDocuments.extract(layout);
            assertEquals(List.of(), x.counts());
            assertEquals(List.of(), x.timeline());
            assertEquals(List.of(TextRole.PURPOSE), x.statements().stream().map(StatedText::role).toList());
        }
    }
}
