package be.wallonia.clusterkg.coverage;

import be.wallonia.clusterkg.error.UserError;

import be.wallonia.clusterkg.coverage.CoverageData.Claim;
import be.wallonia.clusterkg.coverage.CoverageData.Fact;
import be.wallonia.clusterkg.coverage.CoverageData.Network;
import be.wallonia.clusterkg.coverage.CoverageData.Sector;
import be.wallonia.clusterkg.coverage.CoverageData.Source;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coverage computations on a small hand-made classification (sections C and F, divisions 22, 25 and 41, class
 * 22.21), two networks and two sources, the older replaced by the later.
 */
class CoverageTest {
    private static final Network PLASTICS = new Network("n:plastics", "plastics", "Plastics", "Plasturgie", false);
    private static final Network METAL = new Network("n:metal", "metal", "Metal", "Métal", true);
    private static final Source OLD = new Source("s:old", "old", "The old list", List.of("s:new"));
    private static final Source NEW = new Source("s:new", "new", "The new page", List.of());

    private static Map<String, Sector> sectors() {
        Map<String, Sector> m = new TreeMap<>();
        m.put("c", new Sector("c", "C", "Manufacturing", Optional.empty(), "c"));
        m.put("f", new Sector("f", "F", "Construction", Optional.empty(), "f"));
        m.put("22", new Sector("22", "22", "Rubber and plastics", Optional.of("22"), "c"));
        m.put("2221", new Sector("2221", "22.21", "Plastic plates", Optional.of("22"), "c"));
        m.put("25", new Sector("25", "25", "Metal products", Optional.of("25"), "c"));
        m.put("41", new Sector("41", "41", "Buildings", Optional.of("41"), "f"));
        return m;
    }

    private static CoverageData data(List<Fact> facts) {
        return new CoverageData(List.of(PLASTICS, METAL), sectors(), List.of(NEW, OLD), facts,
                Map.of("s:old", Set.of("n:plastics"), "s:new", Set.of("n:plastics", "n:metal")),
                List.of(new Claim("The networks cover almost all sectors.", "s:new")));
    }

    private static final List<Fact> FACTS = List.of(
            new Fact("n:plastics", "s:old", "2221"),
            new Fact("n:plastics", "s:new", "22"),
            new Fact("n:metal", "s:new", "25"),
            new Fact("n:metal", "s:new", "22"));

    private static Coverage all(Level level) {
        return CoverageReport.of(data(FACTS), level, Optional.empty()).coverage();
    }

    private static List<String> codes(List<Coverage.Row> rows) {
        return rows.stream().map(r -> r.sector().code()).toList();
    }

    @Test
    void aSectionNoNetworkCoversIsAGap() {
        assertEquals(List.of("F"), codes(all(Level.SECTION).with(Coverage.Status.GAP)));
    }

    @Test
    void aDivisionTwoNetworksCoverIsAnOverlap() {
        assertEquals(List.of("22"), codes(all(Level.DIVISION).with(Coverage.Status.OVERLAP)));
        assertEquals(List.of("25"), codes(all(Level.DIVISION).with(Coverage.Status.SINGLE)));
    }

    @Test
    void aClassCountsForItsDivisionAndItsSection() {
        Coverage c = CoverageReport.of(data(List.of(new Fact("n:plastics", "s:old", "2221"))), Level.DIVISION, Optional.empty()).coverage();
        assertEquals(List.of("22"), codes(c.of(PLASTICS)));
        assertEquals(List.of("C"), codes(CoverageReport.of(data(List.of(new Fact("n:plastics", "s:old", "2221"))), Level.SECTION,
                Optional.empty()).coverage().of(PLASTICS)));
    }

    @Test
    void theShareIsTheCoveredRowsOverAllRowsOfTheLevel() {
        CoverageReport r = CoverageReport.of(data(FACTS), Level.SECTION, Optional.empty());
        assertEquals(List.of(1, 2, 0.5), List.of(r.sections().covered(), r.sections().total(), r.sections().share()));
        assertEquals(List.of(2, 3), List.of(r.divisions().covered(), r.divisions().total()));
    }

    @Test
    void aCellCountsTheSourcesThatSaySo() {
        Coverage.Row c = all(Level.SECTION).rows().get(0);
        assertEquals(List.of(2, 1), List.of(c.sourcesFor(PLASTICS), c.sourcesFor(METAL)));
    }

    @Test
    void aSourceScopeKeepsThatSourcesFactsAndTheNetworksItNames() {
        Coverage old = CoverageReport.of(data(FACTS), Level.DIVISION, Optional.of("old")).coverage();
        assertEquals("old", old.scope());
        assertEquals(List.of(PLASTICS), old.networks());
        assertEquals(List.of("22"), codes(old.with(Coverage.Status.SINGLE)));
    }

    @Test
    void anUnknownSourceIsRefusedNamingTheKnownOnes() {
        UserError e = assertThrows(UserError.class,
                () -> CoverageReport.of(data(FACTS), Level.SECTION, Optional.of("nope")));
        assertEquals("unknown source \"nope\"; expected one of [new, old]", e.getMessage());
    }

    @Test
    void anUnknownLevelIsRefused() {
        assertEquals("unknown level \"class\"; expected section or division",
                assertThrows(UserError.class, () -> Level.of("class")).getMessage());
    }

    @Test
    void aReplacedSourceIsComparedWithTheSourcesThatReplaceIt() {
        Comparison cmp = CoverageReport.of(data(FACTS), Level.DIVISION, Optional.empty()).comparisons().get(0);
        assertEquals(List.of("old", "new"), List.of(cmp.older().slug(), cmp.after().scope()));
        assertEquals(List.of(), codes(cmp.onlyBefore()));
        assertEquals(List.of("25"), codes(cmp.onlyAfter()));
        assertEquals(List.of(METAL), cmp.networksOnlyAfter());
        assertEquals(List.of(), cmp.networksOnlyBefore());
    }

    @Test
    void theCsvHasARowPerSectorAndAZeroOrOneColumnPerNetwork() throws IOException {
        String csv = CoverageFormat.CSV.render(CoverageReport.of(data(FACTS), Level.DIVISION, Optional.empty()));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(List.of("22", "25", "41"), rows.stream().map(r -> r.get("code")).toList());
        assertEquals(List.of("overlap", "1", "1"), List.of(rows.get(0).get("status"), rows.get(0).get("plastics"), rows.get(0).get("metal")));
        assertEquals(List.of("gap", "0", "0"), List.of(rows.get(2).get("status"), rows.get(2).get("plastics"), rows.get(2).get("metal")));
    }

    @Test
    void theJsonGivesTheSharesTheGapsAndTheComparison() {
        org.apache.jena.atlas.json.JsonObject json = org.apache.jena.atlas.json.JSON.parse(
                CoverageFormat.JSON.render(CoverageReport.of(data(FACTS), Level.SECTION, Optional.empty())));
        assertEquals(0.5, json.get("sections").getAsObject().get("share").getAsNumber().value().doubleValue());
        assertEquals("F", json.get("gaps").getAsArray().get(0).getAsString().value());
        assertEquals("old", json.get("comparisons").getAsArray().get(0).getAsObject().get("older").getAsString().value());
    }

    @Test
    void theTextNamesTheSharesTheClaimAndTheGaps() {
        String text = CoverageFormat.TEXT.render(CoverageReport.of(data(FACTS), Level.SECTION, Optional.empty()));
        assertTrue(text.contains("Covered: 1 of 2 sections (50.0%); 2 of 3 divisions (66.7%)"), text);
        assertTrue(text.contains("Claimed (s:new): \"The networks cover almost all sectors.\""), text);
        assertTrue(text.contains("Gaps: sections no network covers (1):\n  F     Construction"), text);
    }
}
