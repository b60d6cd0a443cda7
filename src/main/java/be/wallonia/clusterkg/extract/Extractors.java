package be.wallonia.clusterkg.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The table of extractors, keyed by the id a manifest entry names. */
public final class Extractors {
    private final Map<String, Extractor> byId;

    private Extractors(List<Extractor> extractors) {
        this.byId = extractors.stream().collect(Collectors.toUnmodifiableMap(Extractor::id, Function.identity()));
    }

    /** @param networkNames the known networks a text names, by names that resolve: what finds a page's network */
    public static Extractors standard(Lexicon lexicon, java.util.function.Function<String, List<String>> networkNames) {
        return new Extractors(List.of(
                new HeadedSectionsExtractor(lexicon),
                new NetworkTableExtractor(lexicon),
                new NetworkDescriptionsExtractor(lexicon),
                new NetworkPageExtractor(lexicon, networkNames)));
    }

    public Optional<Extractor> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every extractor, in the order of their ids: what tries a document whose manifest entry names none. */
    public List<Extractor> all() {
        return ids().stream().map(byId::get).toList();
    }

    public List<String> ids() {
        return byId.keySet().stream().sorted().toList();
    }
}
