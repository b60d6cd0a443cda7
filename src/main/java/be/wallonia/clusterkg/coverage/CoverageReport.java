package be.wallonia.clusterkg.coverage;

import be.wallonia.clusterkg.coverage.CoverageData.Claim;
import be.wallonia.clusterkg.coverage.CoverageData.Source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Everything the {@code coverage} verb and the {@code /coverage} page show: the matrix at one level for all sources
 * or one, the covered share at both levels, the same per source, each replaced source against its replacements,
 * and the sources' own claims about coverage.
 *
 * @param coverage  the matrix at the report's level
 * @param sections  the same facts at section level, for the share
 * @param divisions the same facts at division level, for the share
 * @param perSource per source that says something about sectors, its coverage at the report's level
 */
public record CoverageReport(Level level, Optional<Source> source, Coverage coverage, Coverage sections, Coverage divisions,
                             List<Coverage> perSource, List<Comparison> comparisons, List<Claim> claims) {

    public static final String ALL_SOURCES = "all sources";

    /**
     * @param source a source's slug or IRI to restrict the matrix to what it says, or empty for all sources
     * @throws UserError naming the known sources, when {@code source} is none of them
     */
    public static CoverageReport of(CoverageData data, Level level, Optional<String> source) {
        Optional<Source> only = source.map(data::source);
        String scope = only.map(Source::slug).orElse(ALL_SOURCES);
        Predicate<CoverageData.Fact> inScope = f -> only.map(s -> s.iri().equals(f.source())).orElse(true);
        Predicate<CoverageData.Network> columns = n -> only.map(s -> data.names(s.iri(), n.iri())).orElse(true);
        Map<String, Coverage> bySource = new LinkedHashMap<>();
        for (Source s : data.sources()) {
            bySource.put(s.iri(), Coverage.of(data, level, s.slug(), f -> f.source().equals(s.iri()),
                    n -> data.names(s.iri(), n.iri())));
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (Source older : data.sources()) {
            if (older.replacedBy().isEmpty()) continue;
            List<Source> later = data.sources().stream().filter(s -> older.replacedBy().contains(s.iri())).toList();
            Set<String> laterIris = Set.copyOf(older.replacedBy());
            comparisons.add(new Comparison(older, later, bySource.get(older.iri()),
                    Coverage.of(data, level, String.join(" + ", later.stream().map(Source::slug).toList()),
                            f -> laterIris.contains(f.source()), n -> laterIris.stream().anyMatch(l -> data.names(l, n.iri())))));
        }
        List<Coverage> perSource = bySource.values().stream().filter(c -> !c.networks().isEmpty()).toList();
        Coverage coverage = Coverage.of(data, level, scope, inScope, columns);
        Level other = level == Level.SECTION ? Level.DIVISION : Level.SECTION;
        Coverage atOther = Coverage.of(data, other, scope, inScope, columns);
        return new CoverageReport(level, only, coverage,
                level == Level.SECTION ? coverage : atOther, level == Level.DIVISION ? coverage : atOther,
                perSource, List.copyOf(comparisons), data.claims());
    }
}
