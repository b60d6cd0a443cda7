package be.wallonia.clusterkg.coverage;

import be.wallonia.clusterkg.coverage.CoverageData.Fact;
import be.wallonia.clusterkg.coverage.CoverageData.Network;
import be.wallonia.clusterkg.coverage.CoverageData.Sector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The matrix of NACE sections (or divisions) against networks for some of the facts (all sources, or one), with
 * the sectors covered by none (gaps), by one, and by several (overlaps).
 *
 * @param scope    what the facts were restricted to, for people ("all sources", a source's slug, …)
 * @param networks the matrix's columns
 * @param rows     one per section (or division), in code order
 */
public record Coverage(Level level, String scope, List<Network> networks, List<Row> rows) {

    public enum Status { GAP, SINGLE, OVERLAP }

    /**
     * A section or division and the networks that cover it, in the order of the columns, with the number of sources
     * that say so per network IRI.
     */
    public record Row(Sector sector, List<Network> networks, Map<String, Integer> sources) {
        public Status status() {
            return networks.isEmpty() ? Status.GAP : networks.size() == 1 ? Status.SINGLE : Status.OVERLAP;
        }

        public boolean covers(Network n) { return networks.contains(n); }

        /** How many sources say the network covers this row (0 when none does). */
        public int sourcesFor(Network n) { return sources.getOrDefault(n.iri(), 0); }
    }

    /** @param columns which networks are the matrix's columns */
    public static Coverage of(CoverageData data, Level level, String scope, Predicate<Fact> inScope, Predicate<Network> columns) {
        Map<String, Map<String, Set<String>>> byRow = new TreeMap<>();
        for (Fact f : data.facts()) {
            if (!inScope.test(f)) continue;
            Sector s = data.sectors().get(f.sector());
            if (s == null) continue;
            Optional<String> row = level == Level.SECTION ? Optional.of(s.section()) : s.division();
            row.ifPresent(r -> byRow.computeIfAbsent(r, k -> new TreeMap<>())
                    .computeIfAbsent(f.network(), k -> new LinkedHashSet<>()).add(f.source()));
        }
        List<Network> shown = data.networks().stream().filter(columns).toList();
        List<Row> rows = new ArrayList<>();
        for (Sector s : data.sectors().values()) {
            boolean atLevel = level == Level.SECTION ? s.iri().equals(s.section()) : s.division().map(s.iri()::equals).orElse(false);
            if (!atLevel) continue;
            Map<String, Set<String>> covering = byRow.getOrDefault(s.iri(), Map.of());
            Map<String, Integer> counts = new TreeMap<>();
            covering.forEach((network, sources) -> counts.put(network, sources.size()));
            rows.add(new Row(s, shown.stream().filter(n -> covering.containsKey(n.iri())).toList(), Map.copyOf(counts)));
        }
        rows.sort(Comparator.comparing((Row r) -> r.sector().code().length()).thenComparing(r -> r.sector().code()));
        return new Coverage(level, scope, shown, List.copyOf(rows));
    }

    public List<Row> with(Status status) {
        return rows.stream().filter(r -> r.status() == status).toList();
    }

    public int covered() { return rows.size() - with(Status.GAP).size(); }

    public int total() { return rows.size(); }

    /** The share of the level's sections (or divisions) that at least one network covers, between 0 and 1. */
    public double share() { return rows.isEmpty() ? 0 : (double) covered() / total(); }

    /** The rows a network covers. */
    public List<Row> of(Network n) {
        return rows.stream().filter(r -> r.covers(n)).toList();
    }
}
