package be.wallonia.clusterkg.serve.pages;

import be.wallonia.clusterkg.extract.Text;
import org.apache.lucene.queryparser.classic.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed in the search box, as Lucene queries of the text index: its words (a word ending in
 * {@code *} a prefix, "quoted words" a phrase), every one required first ({@link #all()}), any of them when that
 * finds nothing ({@link #any()}). Lucene's own syntax is not exposed: everything else is searched as words.
 */
record SearchQuery(List<String> terms) {
    private static final Pattern TERM = Pattern.compile("\"([^\"]+)\"|(\\S+)");
    private static final List<String> FIELDS = List.of("label", "description");

    static SearchQuery of(String typed) {
        List<String> terms = new ArrayList<>();
        Matcher m = TERM.matcher(typed);
        while (m.find()) {
            if (m.group(1) != null) {
                String phrase = m.group(1).replaceAll("[\\p{Punct}&&[^'\u2019-]]", " ").strip().toLowerCase(java.util.Locale.ROOT);
                if (!phrase.isEmpty()) terms.add("\"" + QueryParser.escape(phrase) + "\"");
            } else {
                String token = m.group(2);
                boolean prefix = token.endsWith("*");
                List<String> words = java.util.Arrays.stream(token.split("[\\p{Punct}&&[^'\u2019-]]+"))
                        .filter(w -> !w.isEmpty()).toList();
                for (int i = 0; i < words.size(); i++) {
                    // lower case, so that AND, OR and NOT are words; a prefix of two letters at least ("r*" asks for all)
                    String word = words.get(i).toLowerCase(java.util.Locale.ROOT);
                    boolean last = i == words.size() - 1;
                    terms.add(QueryParser.escape(word) + (prefix && last && word.length() >= 2 ? "*" : ""));
                }
            }
        }
        return new SearchQuery(List.copyOf(terms));
    }

    boolean isEmpty() { return terms.isEmpty(); }

    /** Every term required, in the labels or in the descriptions. */
    String all() {
        return fields(String.join(" ", terms.stream().map(t -> "+" + t).toList()));
    }

    /** Any term. */
    String any() {
        return fields(String.join(" ", terms));
    }

    private static String fields(String terms) {
        return String.join(" OR ", FIELDS.stream().map(f -> f + ":(" + terms + ")").toList());
    }

    /** The folded words a snippet highlights: each term's words, a prefix without its star. */
    List<String> words() {
        List<String> words = new ArrayList<>();
        for (String term : terms) {
            for (String w : term.replace("\"", "").replace("\\", "").replace("*", "").split("\\s+")) {
                if (!w.isEmpty()) words.add(Text.fold(w));
            }
        }
        return words;
    }
}
