package be.wallonia.clusterkg.coverage;

import be.wallonia.clusterkg.coverage.CoverageData.Network;
import be.wallonia.clusterkg.coverage.CoverageData.Source;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A source against the sources that replace it (the 2008 list against the later pages): the coverage by each,
 * and what one covers and the other does not.
 */
public record Comparison(Source older, List<Source> later, Coverage before, Coverage after) {

    /** Sections (or divisions) the older source covers and the later ones do not. */
    public List<Coverage.Row> onlyBefore() { return difference(before, after); }

    /** Sections (or divisions) the later sources cover and the older one does not. */
    public List<Coverage.Row> onlyAfter() { return difference(after, before); }

    public List<Network> networksOnlyBefore() { return minus(before.networks(), after.networks()); }

    public List<Network> networksOnlyAfter() { return minus(after.networks(), before.networks()); }

    private static List<Coverage.Row> difference(Coverage a, Coverage b) {
        Set<String> inB = b.rows().stream().filter(r -> r.status() != Coverage.Status.GAP)
                .map(r -> r.sector().iri()).collect(Collectors.toSet());
        return a.rows().stream().filter(r -> r.status() != Coverage.Status.GAP && !inB.contains(r.sector().iri())).toList();
    }

    private static List<Network> minus(List<Network> a, List<Network> b) {
        return a.stream().filter(n -> !b.contains(n)).toList();
    }
}
