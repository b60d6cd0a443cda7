package be.wallonia.clusterkg.extract;

import be.wallonia.clusterkg.source.SourceException;
import be.wallonia.clusterkg.source.Tsv;

import java.nio.file.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words by which document shapes show themselves, per language, read from {@code lexicon.tsv}.
 * Values are kept as lookup keys ({@link Text#key}) and longest first, so a lookup finds the most specific cue.
 */
public final class Lexicon {
    private static final Path FILE = Path.of("lexicon.tsv");
    private record Entry(String key, String language, String value) {}

    private final List<Entry> entries;

    private Lexicon(List<Entry> entries) {
        this.entries = entries;
    }

    public static Lexicon standard() {
        try (InputStream in = Lexicon.class.getResourceAsStream(FILE.toString())) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lexicon parse(String tsv) {
        List<Entry> entries = new ArrayList<>();
        for (Tsv.Row row : Tsv.parse(FILE, tsv)) {
            if (row.size() != 3) throw new SourceException(FILE, row.line(), "expected key<TAB>language<TAB>value");
            String value = row.cell(0).endsWith(".regex") ? row.cell(2) : Text.key(row.cell(2));
            entries.add(new Entry(row.cell(0), row.cell(1), value));
        }
        entries.sort(Comparator.comparingInt((Entry e) -> -e.value.length()));
        return new Lexicon(List.copyOf(entries));
    }

    private static boolean speaks(Entry e, String language) {
        return e.language.equals("*") || e.language.equals(language);
    }

    /** The folded values of a key in a language, longest first. */
    public List<String> values(String key, String language) {
        return entries.stream().filter(e -> e.key.equals(key) && speaks(e, language)).map(Entry::value).toList();
    }

    /** The folded values of a key in every language: for cues a document may use whatever its own language. */
    public List<String> valuesInAnyLanguage(String key) {
        return entries.stream().filter(e -> e.key.equals(key)).map(Entry::value).distinct().toList();
    }

    /** Compiled case-insensitive patterns of a {@code *.regex} key. */
    public List<Pattern> patterns(String key) {
        return entries.stream().filter(e -> e.key.equals(key))
                .map(e -> Pattern.compile(e.value, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    }

    /** For keys of the form {@code prefix.NAME}: value → NAME, longest value first. */
    public Map<String, String> suffixed(String prefix, String language) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.key.startsWith(prefix + ".") && speaks(e, language)) {
                out.putIfAbsent(e.value, e.key.substring(prefix.length() + 1));
            }
        }
        return out;
    }
}
