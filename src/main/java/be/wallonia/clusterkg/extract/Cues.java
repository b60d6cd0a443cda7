package be.wallonia.clusterkg.extract;

import java.util.List;
import java.util.Optional;

/**
 * Finding lexicon cues in text. Cues are folded; {@link Text#fold} keeps the length of cleaned text,
 * so an index found in the folded text is an index in the original.
 */
final class Cues {
    private Cues() {}

    record Hit(String cue, int start, int end) {}

    /** The first whole-word occurrence, at or after {@code from}, of any of the cues; longer cues win ties. */
    static Optional<Hit> find(String text, List<String> cues, int from) {
        String folded = Text.fold(text);
        if (folded.length() != text.length()) folded = padTo(folded, text.length());
        Hit best = null;
        for (String cue : cues) {
            int i = from;
            while ((i = folded.indexOf(cue, i)) >= 0) {
                int end = i + cue.length();
                boolean startsWord = Character.isLetterOrDigit(cue.charAt(0));
                boolean endsWord = Character.isLetterOrDigit(cue.charAt(cue.length() - 1));
                if ((!startsWord || boundary(folded, i - 1)) && (!endsWord || boundary(folded, end))) {
                    if (best == null || i < best.start) best = new Hit(cue, i, end);
                    break;
                }
                i++;
            }
        }
        return Optional.ofNullable(best);
    }

    static Optional<Hit> find(String text, List<String> cues) {
        return find(text, cues, 0);
    }

    static boolean contains(String text, List<String> cues) {
        return find(text, cues).isPresent();
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }

    /** Text whose folding changed its length (rare letters): cue positions become approximate, never out of range. */
    private static String padTo(String s, int length) {
        return s.length() > length ? s.substring(0, length) : s + " ".repeat(length - s.length());
    }

    /** The text up to the first of the stop phrases (whole words) or stop characters, whichever comes first. */
    static String cut(String text, List<String> stops, String stopChars) {
        int stop = find(text, stops).map(Hit::start).orElse(text.length());
        for (char c : stopChars.toCharArray()) {
            int i = text.indexOf(c);
            if (i >= 0 && i < stop) stop = i;
        }
        return text.substring(0, stop);
    }

    /** Drops a leading article ("the", "l'") from a phrase. */
    static String withoutArticle(String phrase, Lexicon lexicon, String language) {
        String t = phrase.strip();
        for (String a : lexicon.values("article", language)) {
            String f = Text.fold(t);
            boolean elided = a.endsWith("'");
            if (f.equals(a)) return "";
            if (f.startsWith(a) && (elided || f.charAt(a.length()) == ' ')) {
                return t.substring(a.length()).strip();
            }
        }
        return t;
    }
}
