package be.wallonia.clusterkg.extract;

/**
 * Reads one shape of document. A new shape is a new implementation plus a line in
 * {@link Extractors}; nothing else changes.
 */
public interface Extractor {
    /** The id the manifest names in {@code wco:extractor}. */
    String id();

    /** What the document must look like, for error messages. */
    String expectedShape();

    /**
     * @throws ExtractionException when the document does not have the expected shape
     */
    Extraction extract(Layout layout);
}
