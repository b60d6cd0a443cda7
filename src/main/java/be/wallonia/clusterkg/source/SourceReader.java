package be.wallonia.clusterkg.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a source document in its format ({@link DocumentFormat}): text and Markdown as strict UTF-8, HTML by jsoup
 * (which finds its charset), PDF by Tika. An unreadable file, a mis-encoded one (naming its line) or one of no known
 * format stops the build; a document's shape never does.
 */
public final class SourceReader {
    private SourceReader() {}

    public static SourceText read(SourceEntry entry, Path sourcesDir) {
        Path path = sourcesDir.resolve(entry.fileName());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new SourceException(path, 0, "file not found; the manifest entry " + entry.iri()
                    + " names it (wco:fileName)");
        } catch (IOException e) {
            throw new SourceException(path, 0, "cannot be read: " + e.getMessage());
        }
        DocumentFormat format = entry.mediaType().flatMap(DocumentFormat::ofMediaType).or(() -> DocumentFormat.ofFile(path))
                .orElseThrow(() -> new SourceException(path, 0, "is of no format the build reads; expected one of "
                        + DocumentFormat.knownExtensions() + ", or a dcterms:format of " + java.util.Arrays.stream(DocumentFormat.values())
                        .map(DocumentFormat::mediaType).toList()));
        List<String> lines = switch (format) {
            case TEXT, MARKDOWN -> text(bytes, path).lines().toList();
            case HTML -> HtmlReading.of(text(bytes, path));
            case PDF -> PdfReading.of(bytes, path);
        };
        if (lines.stream().allMatch(String::isBlank)) {
            throw new SourceException(path, 1, "the document is empty; expected the text of a web page");
        }
        List<String> reading = format == DocumentFormat.MARKDOWN ? MarkdownReading.of(lines) : lines;
        return new SourceText(entry, path, format, lines, reading);
    }

    private static String text(byte[] bytes, Path path) {
        String text = decode(bytes, path);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String decode(byte[] bytes, Path path) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            throw new SourceException(path, lineAt(bytes, in.position()),
                    "is not valid UTF-8; expected UTF-8 text (re-save the file as UTF-8)");
        }
        return out.flip().toString();
    }

    /** The 1-based line of the byte at {@code offset}. */
    static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }
}
