package be.wallonia.clusterkg.pipeline;

import be.wallonia.clusterkg.coverage.Comparison;
import be.wallonia.clusterkg.coverage.Coverage;
import be.wallonia.clusterkg.coverage.CoverageData;
import be.wallonia.clusterkg.coverage.CoverageReport;
import be.wallonia.clusterkg.coverage.Level;
import be.wallonia.clusterkg.store.Dumps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The curated sector alignments of the real graph hold together (each names NACE concepts of the graph and quotes
 * the source it cites), and the coverage they give is the one the closing note reports.
 */
class SectorCoverageTest {
    @TempDir static Path out;
    static BuiltGraph graph;
    static CoverageData data;

    @BeforeAll
    static void build() {
        graph = BuiltGraph.buildInto(out);
        data = CoverageData.read(Dumps.read(graph.current()), BuiltGraph.IRIS);
    }

    private static List<String> codes(List<Coverage.Row> rows) {
        return rows.stream().map(r -> r.sector().code()).toList();
    }

    @Test
    void everyAlignedSectorIsAConceptOfTheNaceGraph() {
        assertEquals(List.of(), graph.select("""
                SELECT ?a ?s WHERE { GRAPH graph:curated { ?a wco:alignedSector ?s }
                  FILTER NOT EXISTS { GRAPH graph:nace { ?s skos:notation ?code } } }""", r -> r.toString()));
    }

    @Test
    void everyAlignmentAndSupplyLinkQuotesAPassageOfTheSourceItNames() {
        assertEquals(List.of(), graph.select("""
                SELECT ?a ?p WHERE { GRAPH graph:curated { ?a wco:evidence ?p }
                  FILTER NOT EXISTS { GRAPH graph:curated { ?a dcterms:source ?doc } GRAPH ?g { ?p wco:quote ?q ; wco:inDocument ?doc } } }""",
                r -> r.toString()));
    }

    @Test
    void everyActivityDomainOfTheSourcesHasAnAlignment() {
        assertEquals(List.of(), graph.select("""
                SELECT DISTINCT ?d WHERE { GRAPH ?g { ?n wco:activityDomain ?d }
                  FILTER NOT EXISTS { GRAPH graph:curated { ?a wco:alignmentOf ?d } } }""", r -> r.toString()));
    }

    @Test
    void everyNetworkHasSectorsExceptNutritionWhoseScopeTheSourceLeavesUnclear() {
        assertEquals(List.of(BuiltGraph.BASE + "id/cluster/nutrition"), graph.select("""
                SELECT ?n WHERE { GRAPH graph:curated { ?n a ?kind } VALUES ?kind { wco:BusinessCluster wco:CompetitivenessCluster }
                  FILTER NOT EXISTS { GRAPH ?derived { ?n wco:sector ?s } } } ORDER BY ?n""", r -> r.getResource("n").getURI()));
        assertEquals(List.of("false"), graph.select("""
                SELECT ?clear WHERE { GRAPH ?g { cluster:nutrition wco:activityDomain ?d } GRAPH graph:curated { ?a wco:alignmentOf ?d ; wco:scopeClear ?clear } }""",
                r -> r.getLiteral("clear").getLexicalForm()));
    }

    @Test
    void theNetworksCoverEightOfTheTwentyOneSectionsAndTwentyNineOfTheEightyEightDivisions() {
        CoverageReport r = CoverageReport.of(data, Level.SECTION, Optional.empty());
        assertEquals(List.of(8, 21, 29, 88), List.of(r.sections().covered(), r.sections().total(),
                r.divisions().covered(), r.divisions().total()));
    }

    @Test
    void theSectionsNoNetworkCoverAreTheGaps() {
        assertEquals(List.of("A", "B", "G", "I", "K", "L", "N", "O", "P", "R", "S", "T", "U"),
                codes(CoverageReport.of(data, Level.SECTION, Optional.empty()).coverage().with(Coverage.Status.GAP)));
    }

    @Test
    void manufacturingIsTheSectionMostNetworksShare() {
        Coverage c = CoverageReport.of(data, Level.SECTION, Optional.empty()).coverage();
        Coverage.Row most = c.rows().stream().max(java.util.Comparator.comparingInt(r -> r.networks().size())).orElseThrow();
        assertEquals(List.of("C", 11), List.of(most.sector().code(), most.networks().size()));
    }

    @Test
    void theLaterPagesAddHealthAndTheCompetitivenessClustersToThe2008List() {
        Comparison sections = CoverageReport.of(data, Level.SECTION, Optional.empty()).comparisons().get(0);
        assertEquals("clusters-2008-fr", sections.older().slug());
        assertEquals(List.of(), codes(sections.onlyBefore()));
        assertEquals(List.of("Q"), codes(sections.onlyAfter()));
        assertEquals(List.of("BioWin", "GreenWin", "MecaTech", "Skywin", "WagrALIM"),
                sections.networksOnlyAfter().stream().map(CoverageData.Network::nameEn).toList());
        assertEquals(List.of("ARESA", "Auto-Mobilité", "Mitech", "Nutrition", "Wallonie Espace"),
                sections.networksOnlyBefore().stream().map(CoverageData.Network::nameEn).toList());
    }

    @Test
    void onlyThe2008ListCoversTheAutomotiveAndTheElectricalEquipmentDivisions() {
        Comparison divisions = CoverageReport.of(data, Level.DIVISION, Optional.empty()).comparisons().get(0);
        assertEquals(List.of("27", "29"), codes(divisions.onlyBefore()));
        assertEquals(List.of(18, 27), List.of(divisions.before().covered(), divisions.after().covered()));
    }

    @Test
    void theSourcesClaimThatTheNetworksCoverAlmostAllSectors() {
        assertEquals(List.of("Along with the Competitiveness Clusters, the Walloon clusters cover almost all economic sectors"),
                data.claims().stream().map(CoverageData.Claim::text).toList());
    }
}
