package be.wallonia.clusterkg.extract;

import be.wallonia.clusterkg.extract.Extraction.DomainItem;
import be.wallonia.clusterkg.extract.Extraction.Evidence;
import be.wallonia.clusterkg.extract.Extraction.FocusItem;
import be.wallonia.clusterkg.extract.Extraction.FocusKind;
import be.wallonia.clusterkg.extract.Extraction.NetworkCount;
import be.wallonia.clusterkg.extract.Extraction.NetworkKind;
import be.wallonia.clusterkg.extract.Extraction.NetworkMention;
import be.wallonia.clusterkg.extract.Extraction.PolicyEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import static be.wallonia.clusterkg.extract.RealDocuments.focusTexts;
import static be.wallonia.clusterkg.extract.RealDocuments.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code network-descriptions} extractor on the key sectors page (004, key-sectors-en). */
class NetworkDescriptionsExtractorTest {
    private static final Extraction X = RealDocuments.extraction("key-sectors-en");

    private static <T> Map<String, T> byName(Function<NetworkMention, T> property) {
        Map<String, T> out = new LinkedHashMap<>();
        X.networks().forEach(n -> out.put(n.name(), property.apply(n)));
        return out;
    }

    private static NetworkMention atLine(int line) {
        return X.networks().stream().filter(n -> n.evidence().line() == line).findFirst().orElseThrow();
    }

    private static List<FocusKind> focusKinds(NetworkMention n) {
        return n.focus().stream().map(FocusItem::kind).distinct().toList();
    }

    @Test
    void describesFourteenNetworksInDocumentOrder() {
        assertEquals(List.of("Logistics in Wallonia", "Skywin", "CAP 2020", "Eco-building", "GreenWin", "TWEED", "Val+",
                "BioWin", "WagrALIM", "Infopole Cluster TIC", "MecaTech", "Photonique", "Plastiwin", "TWIST"),
                RealDocuments.names(X));
    }

    @Test
    void eachNetworkKeepsTheLineOfItsDescription() {
        assertEquals(List.of(14, 15, 21, 24, 28, 32, 35, 42, 45, 52, 57, 60, 61, 67),
                X.networks().stream().map(n -> n.evidence().line()).toList());
    }

    @Test
    void kindIsThePhraseAfterIsThe() {
        Map<String, NetworkKind> expected = new LinkedHashMap<>();
        expected.put("Logistics in Wallonia", NetworkKind.COMPETITIVENESS_CLUSTER);
        expected.put("Skywin", NetworkKind.COMPETITIVENESS_CLUSTER);
        expected.put("CAP 2020", NetworkKind.BUSINESS_CLUSTER);
        expected.put("Eco-building", NetworkKind.NETWORK);
        expected.put("GreenWin", NetworkKind.COMPETITIVENESS_CLUSTER);
        expected.put("TWEED", NetworkKind.BUSINESS_CLUSTER);
        expected.put("Val+", NetworkKind.BUSINESS_CLUSTER);
        expected.put("BioWin", NetworkKind.COMPETITIVENESS_CLUSTER);
        expected.put("WagrALIM", NetworkKind.COMPETITIVENESS_CLUSTER);
        expected.put("Infopole Cluster TIC", NetworkKind.BUSINESS_CLUSTER);
        expected.put("MecaTech", NetworkKind.COMPETITIVENESS_CLUSTER);
        expected.put("Photonique", NetworkKind.BUSINESS_CLUSTER);
        expected.put("Plastiwin", NetworkKind.BUSINESS_CLUSTER);
        expected.put("TWIST", NetworkKind.BUSINESS_CLUSTER);
        assertEquals(expected, byName(NetworkMention::kind));
    }

    @Test
    void groupIsTheThematicHeadingAboveTheDescription() {
        String mobility = "Mobility and Transport";
        String environment = "Environment and Sustainable Development";
        String foodHealth = "Food – Health";
        String transversal = "Transversal Technologies";
        Map<String, Optional<String>> expected = new LinkedHashMap<>();
        for (String n : List.of("Logistics in Wallonia", "Skywin")) expected.put(n, Optional.of(mobility));
        for (String n : List.of("CAP 2020", "Eco-building", "GreenWin", "TWEED", "Val+")) expected.put(n, Optional.of(environment));
        for (String n : List.of("BioWin", "WagrALIM")) expected.put(n, Optional.of(foodHealth));
        for (String n : List.of("Infopole Cluster TIC", "MecaTech", "Photonique", "Plastiwin", "TWIST")) {
            expected.put(n, Optional.of(transversal));
        }
        assertEquals(expected, byName(n -> n.group().map(Extraction.Group::name)));
    }

    @Test
    void aGroupIsEvidencedByTheLineOfItsHeading() {
        assertEquals(new Extraction.Group("Environment and Sustainable Development", new Evidence(17)),
                network(X, "TWEED").group().orElseThrow());
    }

    @Test
    void headingThatNamesTheNetworkBelowItIsNotAGroup() {
        assertEquals(List.of("Mobility and Transport", "Environment and Sustainable Development", "Food – Health",
                        "Transversal Technologies"),
                X.networks().stream().map(NetworkMention::group).flatMap(Optional::stream).map(Extraction.Group::name)
                        .distinct().toList());
    }

    @Test
    void domainIsWhatTheDescriptionSaysTheNetworkIsAbout() {
        Map<String, Optional<String>> expected = new LinkedHashMap<>();
        expected.put("Logistics in Wallonia", Optional.of("Transport and Logistics"));
        expected.put("Skywin", Optional.of("Aerospace"));
        expected.put("CAP 2020", Optional.of("building"));
        expected.put("Eco-building", Optional.empty());
        expected.put("GreenWin", Optional.of("green chemistry and durable materials"));
        expected.put("TWEED", Optional.of("sustainable energy"));
        expected.put("Val+", Optional.of("solid waste"));
        expected.put("BioWin", Optional.of("health"));
        expected.put("WagrALIM", Optional.of("food"));
        expected.put("Infopole Cluster TIC", Optional.of("Information and Communication Technology"));
        expected.put("MecaTech", Optional.of("Mechanical Engineering"));
        expected.put("Photonique", Optional.of("Photonics"));
        expected.put("Plastiwin", Optional.of("plastics"));
        expected.put("TWIST", Optional.of("digital technologies for image, sound and text manipulation"));
        assertEquals(expected, byName(NetworkMention::domain));
    }

    @Test
    void parenthesisAfterANameIsItsExpansionAndTheTrailingWordClusterIsDropped() {
        NetworkMention tweed = atLine(32);
        assertEquals("TWEED", tweed.name());
        assertEquals(Optional.of("Technology of Wallonia Energy, Environment and sustainable Development"), tweed.expansion());
    }

    @Test
    void onlyTweedHasAnExpansion() {
        assertEquals(List.of("TWEED"), X.networks().stream().filter(n -> n.expansion().isPresent()).map(NetworkMention::name).toList());
    }

    @Test
    void leadingWordClusterIsDroppedFromAName() {
        assertEquals("Photonique", atLine(60).name());
    }

    @Test
    void actorTextIsTheFirstSentenceOfTheDescription() {
        assertEquals(Optional.of("WagrALIM is the Competitiveness Cluster dedicated to the food industry."),
                network(X, "WagrALIM").actorText());
    }

    @Test
    void descriptionIsTheWholeParagraph() {
        assertEquals(Optional.of("Plastiwin is the Business Cluster that gathers entities of the plastics industry :"),
                network(X, "Plastiwin").description());
    }

    @Test
    void ecoBuildingDescriptionIsReadWithTheCuratedCorrection() {
        String description = network(X, "Eco-building").description().orElseThrow();
        assertTrue(description.startsWith("Eco-building is a network of companies that aim at building"), description);
        assertFalse(description.contains("companiesthat"));
    }

    @Test
    void skywinHasThreeQuotedStrategicAxes() {
        NetworkMention skywin = network(X, "Skywin");
        assertEquals(List.of("More intelligent", "More applications and services", "More composites"), focusTexts(skywin));
        assertEquals(List.of(FocusKind.STRATEGIC_AXIS), focusKinds(skywin));
        assertEquals(List.of(1, 2, 3), skywin.focus().stream().map(FocusItem::rank).toList());
    }

    @Test
    void greenWinHasThreeStrategicLinesSplitAtSemicolons() {
        NetworkMention greenWin = network(X, "GreenWin");
        assertEquals(List.of(
                "Design of new products based on renewable (bio-sourced) or recycled raw materials",
                "Design of new products and systems applied to energy management (energy storage, durable buildings…)",
                "Design of new techniques for re-using / recycling end of life products and systems as well as using "
                        + "landfills as a new source for raw materials"), focusTexts(greenWin));
        assertEquals(List.of(FocusKind.STRATEGIC_AXIS), focusKinds(greenWin));
    }

    @Test
    void bioWinHasEightTechnologicalThemesAsEightItems() {
        NetworkMention bioWin = network(X, "BioWin");
        assertEquals(List.of("Biomarkers + in vitro & in vivo diagnostic", "Innovative tools and instrumentation",
                "Drug delivery systems", "Novel therapies", "Information technologies applied to human health",
                "Innovative processes and organisational innovations", "Medical devices", "Drug discovery"),
                focusTexts(bioWin));
        assertEquals(List.of(FocusKind.THEME), focusKinds(bioWin));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), bioWin.focus().stream().map(FocusItem::rank).toList());
        assertEquals(List.of(new Evidence(42)), bioWin.focus().stream().map(FocusItem::evidence).distinct().toList());
    }

    @Test
    void wagrAlimHasFourStrategicDevelopmentAreas() {
        NetworkMention wagrAlim = network(X, "WagrALIM");
        assertEquals(List.of("Health foods/Nutritional quality", "Industrial efficiency", "Packaging",
                "Development of durable networks in the agro-industry"), focusTexts(wagrAlim));
        assertEquals(List.of(FocusKind.STRATEGIC_AXIS), focusKinds(wagrAlim));
    }

    @Test
    void infopoleTakesItsFourSegmentsFromTheParagraphAfterItsDescription() {
        NetworkMention infopole = network(X, "Infopole Cluster TIC");
        assertEquals(List.of(
                new FocusItem(FocusKind.SEGMENT, "eHealth", 1, new Evidence(54)),
                new FocusItem(FocusKind.SEGMENT, "Intelligent Transport Systems", 2, new Evidence(54)),
                new FocusItem(FocusKind.SEGMENT, "ICT for Green", 3, new Evidence(54)),
                new FocusItem(FocusKind.SEGMENT, "eGov", 4, new Evidence(54))), infopole.focus());
    }

    @Test
    void mecaTechHasFourStrategicLinesAnnouncedInWords() {
        NetworkMention mecaTech = network(X, "MecaTech");
        assertEquals(List.of("Materials and surfaces of the future", "Comprehensive forming technologies",
                "Microtechnologies and mechatronics", "Intelligent maintenance"), focusTexts(mecaTech));
        assertEquals(List.of(FocusKind.STRATEGIC_AXIS), focusKinds(mecaTech));
    }

    @Test
    void twistHasSixThemesSplitAtDashes() {
        NetworkMention twist = network(X, "TWIST");
        assertEquals(List.of("stereoscopic 3D", "Internet/Mobile Content", "Digital Archiving", "Serious Game",
                "Motion Capture", "Digital Signage"), focusTexts(twist));
        assertEquals(List.of(FocusKind.THEME), focusKinds(twist));
    }

    @Test
    void plastiwinTakesItsValueChainRolesFromTheDashedListAfterItsColon() {
        NetworkMention plastiwin = network(X, "Plastiwin");
        assertEquals(List.of(
                new FocusItem(FocusKind.VALUE_CHAIN_ROLE,
                        "manufacturers of raw materials, masterbatches, dyes and various additives", 1, new Evidence(63)),
                new FocusItem(FocusKind.VALUE_CHAIN_ROLE, "mould makers, designers, manufacturers of tools", 2,
                        new Evidence(64)),
                new FocusItem(FocusKind.VALUE_CHAIN_ROLE, "plastics processors active in the injection moulding, "
                        + "extrusion, blowing, thermoforming, but also in machining, cutting, bending, surface treatment "
                        + "and retailers", 3, new Evidence(65))), plastiwin.focus());
    }

    @Test
    void cap2020ValueChainRolesAreTheEnumerationAfterRegrouping() {
        NetworkMention cap2020 = network(X, "CAP 2020");
        assertEquals(List.of("Contractors", "Architects", "Producers of materials and services", "Suppliers of materials and services"),
                focusTexts(cap2020));
        assertEquals(List.of(FocusKind.VALUE_CHAIN_ROLE), focusKinds(cap2020));
    }

    @Test
    void valPlusGathersThreeKindsOfActorsCutBeforeActiveIn() {
        assertEquals(List.of("high skilled industrial companies", "experts", "research centres"),
                focusTexts(network(X, "Val+")));
    }

    @Test
    void photoniqueGathersEnterprisesAsWellAsCentres() {
        assertEquals(List.of("enterprises", "research and training centres"), focusTexts(network(X, "Photonique")));
    }

    @Test
    void networksThatAnnounceNoItemsHaveNoFocus() {
        assertEquals(List.of(), network(X, "Logistics in Wallonia").focus());
        assertEquals(List.of(), network(X, "TWEED").focus());
    }

    @Test
    void numberedListAfterACountIsAListOfSixDomains() {
        assertEquals(List.of(
                new DomainItem("competitiveness clusters", "life sciences", 1, new Evidence(74)),
                new DomainItem("competitiveness clusters", "agrifood", 2, new Evidence(75)),
                new DomainItem("competitiveness clusters", "transport-logistics", 3, new Evidence(76)),
                new DomainItem("competitiveness clusters", "mechanical engineering", 4, new Evidence(77)),
                new DomainItem("competitiveness clusters", "aeronautics-space", 5, new Evidence(78)),
                new DomainItem("competitiveness clusters", "environmental technologies", 6, new Evidence(79))),
                X.domainLists());
    }

    @Test
    void countsSixCompetitivenessClustersAndNotTheSixthOne() {
        assertEquals(List.of(new NetworkCount("competitiveness clusters", 6, new Evidence(72))), X.counts());
    }

    @Test
    void timelineHasTheWalloonClustersIn2001AndTheCompetitivenessClustersIn2005() {
        assertEquals(List.of(new PolicyEvent("Walloon Clusters", 2001, new Evidence(7)),
                new PolicyEvent("Competitiveness Clusters", 2005, new Evidence(7))), X.timeline());
    }

    @Test
    void splitTakesTheSeparatorThatYieldsTheAnnouncedCount() {
        assertEquals(List.of("a, b", "c, d"), NetworkDescriptionsExtractor.split("a, b; c, d", OptionalInt.of(2)));
        assertEquals(List.of("a", "b; c", "d"), NetworkDescriptionsExtractor.split("a, b; c, d", OptionalInt.of(3)));
    }

    @Test
    void splitWithoutAnAnnouncedCountTakesTheFirstSeparatorThatSplits() {
        assertEquals(List.of("a, b", "c, d"), NetworkDescriptionsExtractor.split("a, b; c, d.", OptionalInt.empty()));
    }

    @Test
    void splitOfAListWithNoSeparatorIsOneItem() {
        assertEquals(List.of("Packaging"), NetworkDescriptionsExtractor.split(" Packaging. ", OptionalInt.empty()));
    }

    @Nested
    class WrittenPages {
        @TempDir
        Path dir;

        private Extraction extract(String text) {
            return RealDocuments.extract(RealDocuments.write(dir,
                    RealDocuments.entry("page.txt", "network-descriptions", "en"), text));
        }

        @Test
        void aSentenceWhoseSubjectIsNoProperNameDescribesNoNetwork() {
            Extraction x = extract("""
                    WoodWin is the Business Cluster dedicated to the timber industry.

                    One of the major actions of the plan launched in 2005 is the creation of competitiveness clusters.
                    """);
            assertEquals(List.of("WoodWin"), x.networks().stream().map(Extraction.NetworkMention::name).toList());
        }

        @Test
        void paragraphWithoutFocusCueClosesTheDescriptionBeforeIt() {
            Extraction x = extract("""
                    WoodWin is the Business Cluster dedicated to the timber industry.

                    Timber is a renewable material.

                    It focuses on three themes: sawing, panels, furniture.
                    """);
            assertEquals(List.of(), network(x, "WoodWin").focus());
        }

        @Test
        void listAfterAParagraphEndingWithAColonGivesValueChainRoles() {
            Extraction x = extract("""
                    WoodWin is the Business Cluster that gathers entities of the timber industry:

                    – Sawmills.
                    – Joiners.
                    """);
            assertEquals(List.of(new FocusItem(FocusKind.VALUE_CHAIN_ROLE, "Sawmills", 1, new Evidence(3)),
                    new FocusItem(FocusKind.VALUE_CHAIN_ROLE, "Joiners", 2, new Evidence(4))), network(x, "WoodWin").focus());
        }

        @Test
        void numberedListAfterAParagraphWithoutACountIsNoDomainList() {
            Extraction x = extract("""
                    WoodWin is the Business Cluster dedicated to the timber industry.

                    Its priorities are:

                      1. sawing
                      2. panels
                    """);
            assertEquals(List.of(), x.domainLists());
        }

        @Test
        void headingBetweenTwoDescriptionsBecomesTheGroupOfTheSecondOnly() {
            Extraction x = extract("""
                    WoodWin is the Business Cluster dedicated to the timber industry.

                    Materials

                    PaperWin is the Competitiveness Cluster dedicated to the paper industry.
                    """);
            assertEquals(Optional.empty(), network(x, "WoodWin").group());
            assertEquals(Optional.of("Materials"), network(x, "PaperWin").group().map(Extraction.Group::name));
        }
    }
}
