package be.wallonia.clusterkg.assemble;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * What the build made of one document: the reader its format chose, the extraction that read it (an extractor, or
 * only its passages when no extractor understood its shape, and why), the facts it gave by kind, the known resources
 * its passages mention, and the lines of text that no fact cites.
 */
public record DocumentReport(String slug, String fileName, String format, String extractor,
                             Optional<String> notUnderstood, SortedMap<String, Integer> factsByKind,
                             SortedSet<String> mentions, List<Integer> unreadLines) {

    public int facts() { return factsByKind.values().stream().mapToInt(Integer::intValue).sum(); }

    public String toText() {
        StringBuilder out = new StringBuilder(slug).append(" (").append(fileName).append(", ").append(format)
                .append("): read by ").append(extractor).append('\n');
        notUnderstood.ifPresent(why -> out.append("  not understood: ").append(why).append('\n'));
        out.append("  facts: ").append(facts());
        if (!factsByKind.isEmpty()) {
            out.append(" (").append(String.join(", ", factsByKind.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).toList())).append(')');
        }
        out.append('\n').append("  mentions linked: ").append(mentions.size());
        if (!mentions.isEmpty()) {
            out.append(" (").append(String.join(", ", mentions.stream().map(m -> m.replaceFirst("^.*?/id/", "")).toList())).append(')');
        }
        out.append('\n').append("  lines left unread: ").append(unreadLines.size());
        if (!unreadLines.isEmpty()) out.append(" (").append(ranges(unreadLines)).append(')');
        return out.append('\n').toString();
    }

    /** 3, 4, 5, 9 → "3-5, 9". */
    static String ranges(List<Integer> lines) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            int start = lines.get(i);
            int end = start;
            while (i + 1 < lines.size() && lines.get(i + 1) == end + 1) end = lines.get(++i);
            if (!out.isEmpty()) out.append(", ");
            out.append(start == end ? String.valueOf(start) : start + "-" + end);
        }
        return out.toString();
    }
}
