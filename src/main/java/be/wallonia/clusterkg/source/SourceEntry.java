package be.wallonia.clusterkg.source;

import java.util.Optional;
import java.util.Set;

/**
 * One source document as the manifest describes it.
 *
 * @param iri         the document's IRI (resolved against the build's base)
 * @param slug        stable slug, used for the document's named graph and its passages
 * @param fileName    file name under {@code data/sources/}, or under {@code data/import/} for an imported file
 * @param extractorId id of the extractor that reads it, or of the loader of an imported file
 * @param language    BCP 47 language tag of the text; empty for an imported file that gives none
 * @param subjectIri  the policy instrument the document is about, if the manifest says
 * @param translationOfIri the document this one translates, if any
 * @param mediaType   the format the manifest gives it ({@code dcterms:format}), if any; else its file's extension says
 */
public record SourceEntry(String iri, String slug, String fileName, String extractorId, String language,
                          Optional<String> subjectIri, Optional<String> translationOfIri, Optional<String> mediaType) {
    /** The loader of member lists (CSV, xlsx) under {@code data/import/}. */
    public static final String MEMBER_LIST = "member-list";
    /** The loader of RDF files under {@code data/import/}. */
    public static final String RDF = "rdf";
    private static final Set<String> LOADERS = Set.of(MEMBER_LIST, RDF);

    /** Whether this is a file of data under {@code data/import/}, read by a loader, rather than a document to extract from. */
    public boolean imported() { return LOADERS.contains(extractorId); }
}
