package be.wallonia.clusterkg.serve.pages;

import be.wallonia.clusterkg.extract.Text;
import be.wallonia.clusterkg.store.TextIndexes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a search hit matched, cut around its first match, as parts the page marks or not: every word that
 * begins with a word of the search, or shares its stem (case and accents aside: "recycled" for "recycling"), is
 * marked.
 */
record Snippet(List<Part> parts) {
    record Part(String text, boolean mark) {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int AROUND = 90;

    static Snippet of(String text, List<String> words) {
        String t = text.replaceAll("\\s+", " ").strip();
        List<String> stems = words.stream().map(TextIndexes::stem).filter(s -> !s.isEmpty()).toList();
        List<int[]> marks = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            String folded = Text.fold(m.group());
            String stem = TextIndexes.stem(folded);
            if (words.stream().anyMatch(folded::startsWith) || stems.contains(stem)) {
                marks.add(new int[] {m.start(), m.end()});
            }
        }
        int from = marks.isEmpty() ? 0 : Math.max(0, marks.get(0)[0] - AROUND);
        int to = Math.min(t.length(), Math.max(from + 2 * AROUND, marks.isEmpty() ? 0 : marks.get(0)[1] + AROUND));
        List<Part> parts = new ArrayList<>();
        if (from > 0) parts.add(new Part("\u2026", false));
        int at = from;
        for (int[] mark : marks) {
            if (mark[0] < from || mark[1] > to) continue;
            if (mark[0] > at) parts.add(new Part(t.substring(at, mark[0]), false));
            parts.add(new Part(t.substring(mark[0], mark[1]), true));
            at = mark[1];
        }
        if (at < to) parts.add(new Part(t.substring(at, to), false));
        if (to < t.length()) parts.add(new Part("\u2026", false));
        return new Snippet(List.copyOf(parts));
    }
}
