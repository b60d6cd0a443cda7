package be.wallonia.clusterkg.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Pure text helpers shared by the extractors. */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Text() {}

    /** Whitespace of every kind (the pages carry no-break spaces) collapsed to single spaces, trimmed. */
    public static String clean(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /**
     * The key two spellings of one word share: lower case, no accents, straight apostrophes, every space
     * an ASCII space. Keeps the length of text made of precomposed letters, so positions carry over.
     */
    public static String fold(String s) {
        String noMarks = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return noMarks.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("[\\s\\u00A0\\u2007\\u202F]", " ")
                .toLowerCase(Locale.ROOT);
    }

    /** {@link #fold} with spaces collapsed and trimmed: the form of lookup keys. */
    public static String key(String s) {
        return clean(fold(s));
    }

    /** Text with typographic quotes, markdown emphasis and edge punctuation removed, for use as a label. */
    public static String label(String s) {
        String t = clean(s.replace("**", "").replaceAll("[\u201C\u201D\u00AB\u00BB\"]", ""));
        t = t.replaceAll("^[\\s\\-\u2013\u2014:;,.]+|[\\s\\-\u2013\u2014:;,.\u2026]+$", "");
        return clean(t);
    }

    /** A shouted word (PHOTONICS) in title case; acronyms of four letters or fewer stay as they are. */
    public static String unshout(String s) {
        StringBuilder out = new StringBuilder();
        for (String word : s.split(" ")) {
            if (!out.isEmpty()) out.append(' ');
            boolean shouted = word.length() > 4 && word.equals(word.toUpperCase(Locale.ROOT))
                    && !word.equals(word.toLowerCase(Locale.ROOT));
            out.append(shouted ? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT) : word);
        }
        return out.toString();
    }

    /** Lower-case ASCII slug: accents dropped, '+' spelled "plus", other runs of symbols one '-'. */
    public static String slug(String s) {
        String t = fold(s).replace("+", " plus ");
        t = t.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return t;
    }

    /** The slug of the first {@code words} words of a text: short, stable IRIs for sentence-like items. */
    public static String shortSlug(String s, int words) {
        String[] parts = slug(s).split("-");
        return String.join("-", java.util.Arrays.copyOf(parts, Math.min(words, parts.length)));
    }
}
