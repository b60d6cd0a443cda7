package be.wallonia.clusterkg.extract;

import be.wallonia.clusterkg.extract.Extraction.Evidence;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rules every shape of document shares: counts of networks, member statistics, the policy timeline,
 * portals and coverage claims. Each reads one block's text and adds records to the builder.
 */
final class CommonRules {
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
    private static final Pattern GUILLEMETS = Pattern.compile("[\u00AB\u201C\"]\\s*([^\u00BB\u201D\"]{3,80}?)\\s*[\u00BB\u201D\"]");
    private static final Pattern PROPER_NAME = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}\u2019'-]+(?:\\s+(?:(?:of|for|the|pour|la|le|de|du|des|d[\u2019'])\\s*)*\\p{Lu}[\\p{L}\u2019'-]+)*)");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>()\"]+");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s?%");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?](\\s|$)");

    private final Lexicon lexicon;
    private final String language;
    private final Pattern count;
    private final Pattern members;
    private final Pattern date;
    private final Map<String, Integer> numberWords;
    private final Map<String, Integer> months;

    CommonRules(Lexicon lexicon, String language) {
        this.lexicon = lexicon;
        this.language = language;
        this.numberWords = lexicon.suffixed("number", language).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Integer.parseInt(e.getValue())));
        this.months = lexicon.suffixed("month", language).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Integer.parseInt(e.getValue())));
        String nouns = alternation(lexicon.suffixed("network-kind", language).keySet().stream()
                .filter(n -> n.endsWith("s")).toList());
        this.count = Pattern.compile("\\b(\\d{1,3})\\s*,?\\s+(?:(?:" + alternation(lexicon.valuesInAnyLanguage("count-article"))
                + ")\\s+)?(" + nouns + ")\\b");
        this.members = Pattern.compile("(?:(" + alternation(lexicon.values("more-than", language)) + ")\\s+)?"
                + "(\\d{1,3}(?:[.,\u00A0 ]\\d{3})+|\\d+)\\s+(?:" + alternation(lexicon.values("member-noun", language)) + ")\\b");
        this.date = Pattern.compile("\\b(\\d{1,2})(?:" + alternation(lexicon.valuesInAnyLanguage("ordinal-suffix"))
                + ")?\\s+(" + alternation(months.keySet()) + ")\\s+(\\d{4})\\b");
    }

    static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** "14 clusters", "The 6 competitiveness clusters", "Au nombre de 6, les clusters". */
    void counts(String text, int line, Extraction.Builder out) {
        Matcher m = count.matcher(Text.fold(text));
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            String noun = m.group(2);
            boolean known = out.counts.stream().anyMatch(c -> c.noun().equals(noun) && c.count() == n);
            if (!known) out.counts.add(new Extraction.NetworkCount(noun, n, new Evidence(line)));
        }
    }

    /** "plus de 1.000 membres, dont 75% sont des entreprises et notamment des PME (64%)". */
    void statistics(String text, int line, Extraction.Builder out) {
        String folded = Text.fold(text);
        Matcher m = members.matcher(folded);
        OptionalInt memberCount = OptionalInt.empty();
        boolean lowerBound = false;
        if (m.find()) {
            memberCount = OptionalInt.of(Integer.parseInt(m.group(2).replaceAll("[.,\u00A0 ]", "")));
            lowerBound = m.group(1) != null;
        }
        List<Extraction.Share> shares = new ArrayList<>();
        Matcher p = PERCENT.matcher(text);
        while (p.find()) {
            shares.add(new Extraction.Share(sharePhrase(text, p.start(), p.end()),
                    new BigDecimal(p.group(1).replace(',', '.')), new Evidence(line)));
        }
        if (memberCount.isPresent() || (!shares.isEmpty() && Cues.contains(text, lexicon.values("member-noun", language)))) {
            out.statistics.add(new Extraction.MemberStatistics(memberCount, lowerBound, List.copyOf(shares),
                    Optional.empty(), new Evidence(line)));
        }
    }

    /** Who a percentage is about: the words before "(64%)", or the clause after "75%". */
    private String sharePhrase(String text, int start, int end) {
        boolean inParens = start > 0 && text.charAt(start - 1) == '(';
        if (inParens) {
            String before = text.substring(0, start - 1).strip();
            String[] words = before.split(" ");
            return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 3), words.length));
        }
        String after = text.substring(end);
        int stop = after.length();
        List<String> stops = new java.util.ArrayList<>(List.of(",", ".", ";", "("));
        lexicon.valuesInAnyLanguage("enumeration-and").forEach(w -> stops.add(" " + w + " "));
        for (String s : stops) {
            int i = after.indexOf(s);
            if (i >= 0 && i < stop) stop = i;
        }
        return after.substring(0, stop).strip();
    }

    /** A date in a block that speaks of members: the reference date of the document's statistics. */
    Optional<LocalDate> memberDate(String text) {
        if (lexicon.valuesInAnyLanguage("member-cue").stream().noneMatch(Text.fold(text)::contains)) return Optional.empty();
        Matcher m = date.matcher(Text.fold(text));
        if (!m.find()) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), months.get(m.group(2)),
                    Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Years with the programme or plan the clause names after them: «Contrat d'Avenir…» 2000, Walloon Clusters 2001. */
    void timeline(String text, int line, Extraction.Builder out) {
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            int clauseEnd = clauseEnd(text, y.end());
            Matcher nextYear = YEAR.matcher(text);
            if (nextYear.find(y.end())) clauseEnd = Math.min(clauseEnd, nextYear.start());
            String clause = text.substring(y.end(), clauseEnd);
            Matcher q = GUILLEMETS.matcher(clause);
            Matcher n = PROPER_NAME.matcher(clause);
            String name = q.find() ? q.group(1) : n.find() ? n.group(1) : null;
            // a programme or a policy names itself so ("Contrat d'Avenir…", "Walloon Clusters"); a network, a month or
            // a place after a year is no policy event
            if (name != null && Cues.contains(name, lexicon.valuesInAnyLanguage("programme-cue"))) {
                out.timeline.add(new Extraction.PolicyEvent(Text.label(name), Integer.parseInt(y.group(1)),
                        new Evidence(line)));
            }
        }
    }

    private static int clauseEnd(String text, int from) {
        Matcher m = SENTENCE_END.matcher(text);
        return m.find(from) ? m.start() : text.length();
    }

    void portals(String text, int line, Extraction.Builder out) {
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String url = m.group().replaceAll("[.,;:]+$", "");
            if (out.portals.stream().noneMatch(p -> p.url().equals(url))) {
                out.portals.add(new Extraction.PortalMention(url, new Evidence(line)));
            }
        }
    }

    void coverageClaim(String text, int line, Extraction.Builder out) {
        if (Cues.contains(text, lexicon.values("coverage-cue", language))) {
            out.statements.add(new Extraction.StatedText(Extraction.TextRole.COVERAGE_CLAIM, text, new Evidence(line)));
        }
    }

    /** "Sources : DG Economie-Emploi-Recherche (Direction des réseaux d'entreprises) du SPW". */
    void authorities(String text, int line, Extraction.Builder out) {
        Optional<Cues.Hit> cue = Cues.find(text, lexicon.values("sources-cue", language));
        if (cue.isEmpty() || cue.get().start() != 0) return;
        String rest = text.substring(cue.get().end()).replaceFirst("^\\s*:\\s*", "").strip();
        for (String part : rest.split("\\s*[;,]\\s*")) {
            Matcher unit = Pattern.compile("^(.*?)\\s*\\(([^)]+)\\)\\s*(.*)$").matcher(part);
            String name = part;
            Optional<String> unitName = Optional.empty();
            String tail = "";
            if (unit.matches()) {
                name = unit.group(1);
                unitName = Optional.of(Text.label(unit.group(2)));
                tail = unit.group(3);
            }
            Optional<String> parent = Optional.empty();
            Optional<Cues.Hit> link = Cues.find(tail.isEmpty() ? name : tail, lexicon.values("parent-link", language));
            if (link.isPresent()) {
                String holder = tail.isEmpty() ? name : tail;
                parent = Optional.of(Text.label(holder.substring(link.get().end())));
                if (tail.isEmpty()) name = holder.substring(0, link.get().start());
            }
            if (!Text.label(name).isEmpty()) {
                out.authorities.add(new Extraction.AuthorityMention(Text.label(name), unitName, parent, new Evidence(line)));
            }
        }
    }

    /** A number written as digits or as a word ("Eight", "three"), when the token is one. */
    OptionalInt number(String token) {
        String t = Text.fold(token);
        if (t.matches("\\d{1,3}")) return OptionalInt.of(Integer.parseInt(t));
        Integer n = numberWords.get(t);
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /** Runs the rules that apply to any block of general text. */
    void general(String text, int line, Extraction.Builder out) {
        counts(text, line, out);
        statistics(text, line, out);
        timeline(text, line, out);
        portals(text, line, out);
        coverageClaim(text, line, out);
    }
}
