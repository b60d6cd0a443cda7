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

/** Reads a source document as strict UTF-8; an unreadable or mis-encoded file names its line. */
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
        String text = decode(bytes, path);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) {
            throw new SourceException(path, 1, "the document is empty; expected the text of a web page");
        }
        List<String> lines = text.lines().toList();
        return new SourceText(entry, path, lines);
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
