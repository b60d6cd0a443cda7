package be.wallonia.clusterkg.assemble;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The IRIs minted for each document's items, so that a translation's items get the IRIs of the
 * original's items in the same place (the third advantage of the French page is the third advantage of
 * the English page): one resource, labels in both languages.
 */
final class Alignment {
    private final Map<String, String> minted = new HashMap<>();

    /** The IRI for the item at {@code place} in {@code document}: the original's when there is one, else {@code fresh}. */
    String iri(String document, Optional<String> originalDocument, String place, String fresh) {
        String iri = originalDocument.map(o -> minted.get(o + "|" + place)).orElse(fresh);
        minted.put(document + "|" + place, iri);
        return iri;
    }
}
