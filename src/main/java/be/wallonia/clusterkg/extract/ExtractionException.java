package be.wallonia.clusterkg.extract;

import be.wallonia.clusterkg.source.SourceException;

/** A document whose shape the extractor does not recognise, with the line where it fails. */
public class ExtractionException extends SourceException {
    public ExtractionException(Layout layout, int line, String message) {
        super(layout.source().path(), line, message);
    }
}
