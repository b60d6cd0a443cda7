package be.wallonia.clusterkg.serve.documents;

import java.util.Map;

/**
 * The one place that says under which terms the dataset is published. The vocabulary and the curated facts
 * are CC BY 4.0 (as the ontology states of itself); the source documents remain their publishers', so the
 * dataset as a whole carries a rights statement rather than one licence.
 */
final class Licences {
    /** The ontology's licence (its own {@code dcterms:license}). */
    static final String VOCABULARY = "https://creativecommons.org/licenses/by/4.0/";
    /** The licence of what this project states: curated facts, derived graphs, the manifest. */
    static final String CURATED = "https://creativecommons.org/licenses/by/4.0/";
    /** The rights over the dataset as a whole. */
    static final String DATA_RIGHTS_EN = "Source documents © their publishers; curated facts CC BY 4.0.";
    static final String DATA_RIGHTS_FR = "Documents sources © leurs éditeurs ; faits validés manuellement CC BY 4.0.";
    /** The rights over what one source document states. */
    static final String SOURCE_RIGHTS_EN = "© the publisher of the source document.";

    private static final Map<String, String> NAMES = Map.of(
            "https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0");

    private Licences() {}

    /** A short name for a licence IRI ("CC BY 4.0"), or the IRI itself. */
    static String name(String iri) {
        return NAMES.getOrDefault(iri, iri);
    }
}
