package be.wallonia.clusterkg.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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
        if (text.isBlank()) {
            throw new SourceException(path, 1, "the document is empty; expected the text of a web page");
        }
        List<String> lines = text.lines().toList();
        return new SourceText(entry, path, lines);
    }

    private static String decode(byte[] bytes, Path path) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SourceException(path, firstBadLine(bytes),
                    "is not valid UTF-8; expected UTF-8 text (re-save the file as UTF-8)");
        }
    }

    /** The 1-based line holding the first byte sequence that is not UTF-8. */
    static int firstBadLine(byte[] bytes) {
        int line = 1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xe ? 3 : (b >> 3) == 0x1e ? 4 : -1;
            if (len < 0 || i + len > bytes.length) return line;
            for (int k = 1; k < len; k++) {
                if ((bytes[i + k] & 0xc0) != 0x80) return line;
            }
            if (b == '\n') line++;
            i += len;
        }
        return line;
    }
}
