package be.wallonia.clusterkg.source;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A PDF read by Apache Tika's PDF parser as the lines of its text, in reading order, pages one after the other. A
 * file that is not a readable PDF stops the build, naming the file and why.
 */
final class PdfReading {
    private PdfReading() {}

    static List<String> of(byte[] bytes, Path path) {
        BodyContentHandler text = new BodyContentHandler(-1);
        try {
            new PDFParser().parse(new ByteArrayInputStream(bytes), text, new Metadata(), new ParseContext());
        } catch (TikaException | SAXException | IOException e) {
            throw new SourceException(path, 0, "is not a readable PDF (" + e.getMessage() + "); expected a PDF document");
        }
        return text.toString().lines().map(String::stripTrailing).toList();
    }
}
