package be.wallonia.clusterkg.source;

import java.util.Optional;

/**
 * One source document as the manifest describes it.
 *
 * @param iri         the document's IRI (resolved against the build's base)
 * @param slug        stable slug, used for the document's named graph and its passages
 * @param fileName    file name under {@code data/sources/}
 * @param extractorId id of the extractor that reads it
 * @param language    BCP 47 language tag of the text
 * @param subjectIri  the policy instrument the document is about, if the manifest says
 * @param translationOfIri the document this one translates, if any
 */
public record SourceEntry(String iri, String slug, String fileName, String extractorId, String language,
                          Optional<String> subjectIri, Optional<String> translationOfIri) {}
