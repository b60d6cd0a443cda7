package be.wallonia.clusterkg.extract;

import be.wallonia.clusterkg.extract.Extraction.Evidence;
import be.wallonia.clusterkg.extract.Extraction.FocusItem;
import be.wallonia.clusterkg.extract.Extraction.FocusKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages that describe networks one paragraph each, "X is the … Cluster that …", under thematic
 * headings. What follows a description (its strategic axes, themes, segments, the value-chain
 * roles it gathers) belongs to that network; a numbered list after a count is a list of domains.
 */
final class NetworkDescriptionsExtractor implements Extractor {
    private static final int MAX_NAME_WORDS = 12;
    private static final int MIN_ENUMERATION = 2;
    private static final int MAX_WORDS_BEFORE_KIND = 7;
    private static final Pattern QUOTED = Pattern.compile("[\u201C\"]([^\u201D\"]{2,80})[\u201D\"]");
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[.!?])(\\s|$)");

    private final Lexicon lexicon;

    NetworkDescriptionsExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override public String id() { return "network-descriptions"; }

    @Override public String expectedShape() {
        return "paragraphs describing networks, each opening \"<name> is the <kind of network> …\"";
    }

    /** A description being read, with what later blocks add to it. */
    private static final class Open {
        final Extraction.NetworkMention head;
        final List<FocusItem> focus = new ArrayList<>();
        Block last;

        Open(Extraction.NetworkMention head, Block block) {
            this.head = head;
            this.last = block;
        }

        Extraction.NetworkMention close() {
            return new Extraction.NetworkMention(head.name(), head.expansion(), head.kind(), head.domain(),
                    head.group(), head.description(), List.copyOf(focus), head.actorText(), head.evidence());
        }
    }

    @Override public Extraction extract(Layout layout) {
        String lang = layout.language();
        CommonRules rules = new CommonRules(lexicon, lang);
        NetworkPhrases phrases = new NetworkPhrases(lexicon, lang);
        Extraction.Builder out = new Extraction.Builder();
        Pattern opening = Pattern.compile("^(.{2,120}?),?\\s+(?:" + CommonRules.alternation(lexicon.values("copula", lang))
                + ")\\s+(.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

        Optional<Extraction.Group> group = Optional.empty();
        Block.Heading pendingHeading = null;
        Open open = null;
        Block previous = null;
        for (Block block : layout.blocks()) {
            if (block instanceof Block.Heading h) {
                if (open != null) out.networks.add(open.close());
                open = null;
                pendingHeading = h;
                rules.counts(h.text(), h.line(), out);
            } else if (block instanceof Block.Paragraph p) {
                Optional<Extraction.NetworkMention> described = describe(p, opening, phrases, lang);
                if (described.isPresent()) {
                    if (pendingHeading != null && !namesNetwork(pendingHeading, described.get(), phrases)) {
                        group = Optional.of(new Extraction.Group(Text.label(pendingHeading.text()),
                                new Evidence(pendingHeading.line())));
                    }
                    pendingHeading = null;
                    if (open != null) out.networks.add(open.close());
                    Extraction.NetworkMention m = described.get();
                    open = new Open(new Extraction.NetworkMention(m.name(), m.expansion(), m.kind(), m.domain(), group,
                            m.description(), List.of(), m.actorText(), m.evidence()), p);
                    focus(p.text(), p.line(), lang, rules, open.focus);
                    enumeration(p.text(), p.line(), lang, open.focus);
                } else if (open != null && hasFocusCue(p.text(), lang)) {
                    focus(p.text(), p.line(), lang, rules, open.focus);
                    open.last = p;
                } else {
                    if (open != null) out.networks.add(open.close());
                    open = null;
                    rules.general(p.text(), p.line(), out);
                }
            } else if (block instanceof Block.ItemList list) {
                if (open != null && open.last instanceof Block.Paragraph p && p.text().endsWith(":")) {
                    int rank = 1;
                    for (Block.Item item : list.items()) {
                        open.focus.add(new FocusItem(FocusKind.VALUE_CHAIN_ROLE,
                                Cues.withoutArticle(Text.label(item.text()), lexicon, lang), rank++,
                                new Evidence(item.line())));
                    }
                } else if (list.style() == Block.ListStyle.NUMBERED && previous instanceof Block.Paragraph p) {
                    domainList(p, list, rules, out);
                }
            }
            previous = block;
        }
        if (open != null) out.networks.add(open.close());
        if (out.networks.isEmpty()) {
            int line = layout.blocks().isEmpty() ? 1 : layout.blocks().get(0).line();
            throw new ExtractionException(layout, line, "expected " + expectedShape() + "; found none");
        }
        return out.build();
    }

    /** Every word capitalised (or a digit, or a symbol), but for the connectors of names ("Logistics in Wallonia"). */
    static boolean isProperName(String name, List<String> connectors) {
        if (name.isBlank()) return false;
        for (String word : name.split("[\\s\u2019']+")) {
            if (word.isEmpty() || connectors.contains(Text.fold(word))) continue;
            if (Character.isLowerCase(word.codePointAt(0))) return false;
        }
        return !connectors.contains(Text.fold(name.split("\\s+")[0]));
    }

    /** "Skywin is the Aerospace Competitiveness Cluster." → Skywin, competitiveness cluster, aerospace. */
    private Optional<Extraction.NetworkMention> describe(Block.Paragraph p, Pattern opening, NetworkPhrases phrases,
                                                        String lang) {
        Matcher fs = FIRST_SENTENCE.matcher(p.text());
        String sentence = fs.find() ? fs.group(1) : p.text();
        Matcher m = opening.matcher(sentence);
        if (!m.matches() || m.group(1).split(" ").length > MAX_NAME_WORDS) return Optional.empty();
        String predicate = m.group(2);
        Optional<NetworkPhrases.KindHit> kind = phrases.kind(predicate);
        if (kind.isEmpty() || wordsBefore(predicate, kind.get().hit().start()) > MAX_WORDS_BEFORE_KIND) {
            return Optional.empty();
        }
        NetworkPhrases.Name name = phrases.name(m.group(1));
        // a network's name is a proper name: "One of the major actions of the plan … is the creation of clusters"
        // names none
        if (!isProperName(name.name(), lexicon.valuesInAnyLanguage("name-connector"))) return Optional.empty();
        String article = Cues.withoutArticle(predicate.substring(0, kind.get().hit().start()), lexicon, lang);
        Optional<String> domain = Text.label(article).isEmpty()
                ? phrases.domainAfter(predicate, kind.get().hit().end())
                : Optional.of(Text.unshout(Text.label(article)));
        return Optional.of(new Extraction.NetworkMention(name.name(), name.expansion(), kind.get().kind(), domain,
                Optional.empty(), Optional.of(p.text()), List.of(), Optional.of(sentence), new Evidence(p.line())));
    }

    private static int wordsBefore(String text, int index) {
        String before = text.substring(0, index).strip();
        return before.isEmpty() ? 0 : before.split(" ").length;
    }

    /** "Cluster TWEED" above TWEED's own description names the network, not a thematic group. */
    private static boolean namesNetwork(Block.Heading h, Extraction.NetworkMention m, NetworkPhrases phrases) {
        return Text.key(phrases.name(h.text()).name()).equals(Text.key(m.name()));
    }

    private boolean hasFocusCue(String text, String lang) {
        return Cues.contains(text, List.copyOf(lexicon.suffixed("focus", lang).keySet()));
    }

    /**
     * "Eight technological themes have been defined: A, B, …": the items after the cue, split the way
     * that yields the number the text announces (quoted phrases, semicolons, dashes, commas, or a
     * parenthesis).
     */
    private void focus(String text, int line, String lang, CommonRules rules, List<FocusItem> into) {
        Map<String, String> cues = lexicon.suffixed("focus", lang);
        Optional<Cues.Hit> hit = Cues.find(text, List.copyOf(cues.keySet()));
        if (hit.isEmpty()) return;
        FocusKind kind = FocusKind.valueOf(cues.get(hit.get().cue()));
        OptionalInt announced = announcedCount(text.substring(0, hit.get().start()), rules);
        String after = text.substring(hit.get().end());
        String list;
        int colon = after.indexOf(':');
        int paren = after.indexOf('(');
        if (paren >= 0 && (colon < 0 || paren < colon)) {
            int close = after.indexOf(')', paren);
            list = after.substring(paren + 1, close < 0 ? after.length() : close);
        } else if (colon >= 0) {
            list = after.substring(colon + 1);
        } else {
            return;
        }
        List<String> items = split(list, announced);
        int rank = 1;
        for (String item : items) {
            into.add(new FocusItem(kind, item, rank++, new Evidence(line)));
        }
    }

    private static OptionalInt announcedCount(String before, CommonRules rules) {
        String[] words = Text.clean(before).split(" ");
        for (int i = words.length - 1; i >= Math.max(0, words.length - 4); i--) {
            OptionalInt n = rules.number(words[i].replaceAll("[^\\p{L}\\d]", ""));
            if (n.isPresent()) return n;
        }
        return OptionalInt.empty();
    }

    static List<String> split(String list, OptionalInt announced) {
        String body = list.strip().replaceAll("[.\u2026]+$", "");
        List<List<String>> candidates = new ArrayList<>();
        List<String> quoted = new ArrayList<>();
        Matcher q = QUOTED.matcher(body);
        while (q.find()) quoted.add(q.group(1));
        candidates.add(quoted);
        candidates.add(parts(body, ";"));
        candidates.add(parts(body, "\\s[\u2013\u2014-]\\s"));
        candidates.add(parts(body, ","));
        for (List<String> c : candidates) {
            if (announced.isPresent() && c.size() == announced.getAsInt()) return clean(c);
        }
        for (List<String> c : candidates) {
            if (c.size() >= MIN_ENUMERATION) return clean(c);
        }
        return clean(List.of(body));
    }

    private static List<String> parts(String body, String separator) {
        return Arrays.stream(body.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> clean(List<String> items) {
        return items.stream().map(Text::label).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * A qualifier ("active in …") in the first item qualifies the enumeration's head ("entities active in the building
     * industry"), in the last one all of it ("experts and research centres active in solid waste"): either ends the
     * enumeration there. In an item between them it qualifies that item alone ("companies active in the green
     * renovation sector, manufacturers, …"), which keeps it.
     */
    private static List<String> qualified(List<String> items, List<String> qualifiers) {
        for (int i = 0; i < items.size(); i++) {
            if (Cues.find(items.get(i), qualifiers).isPresent() && (i == 0 || i == items.size() - 1)) {
                List<String> kept = new ArrayList<>(items.subList(0, i));
                kept.add(Cues.cut(items.get(i), qualifiers, ""));
                return kept;
            }
        }
        return items;
    }

    /**
     * "Producers and Suppliers of materials and services": a bare noun before "and" shares the complement of the noun
     * after it, so the producers are producers of materials and services.
     */
    private List<String> sharedComplement(List<String> pair, String lang) {
        if (pair.size() != 2 || pair.get(0).strip().contains(" ")) return pair;
        for (String of : lexicon.values("complement-link", lang)) {
            int i = Text.fold(pair.get(1)).indexOf(" " + of + " ");
            if (i > 0) return List.of(pair.get(0).strip() + pair.get(1).substring(i), pair.get(1));
        }
        return pair;
    }

    /** "… regrouping Contractors, Architects, Producers and Suppliers of materials and services who …". */
    private void enumeration(String text, int line, String lang, List<FocusItem> into) {
        Matcher fs = FIRST_SENTENCE.matcher(text);
        String first = fs.find() ? fs.group(1) : text;
        List<String> verbs = lexicon.values("gather-verb", lang);
        Optional<Cues.Hit> hit = Optional.empty();
        for (Optional<Cues.Hit> h = Cues.find(first, verbs); h.isPresent(); h = Cues.find(first, verbs, h.get().end())) {
            hit = h;
        }
        if (hit.isEmpty()) {
            Optional<Cues.Hit> later = Cues.find(text, verbs, first.length());
            if (later.isEmpty()) return;
            hit = later;
        }
        String rest = Cues.cut(text.substring(hit.get().end()), lexicon.values("gather-stop", lang), ".;:(\u2026");
        String and = CommonRules.alternation(lexicon.values("enumeration-and", lang));
        String also = CommonRules.alternation(lexicon.values("enumeration-also", lang));
        List<String> byComma = qualified(new ArrayList<>(parts(rest, ",")), lexicon.values("gather-qualifier", lang));
        if (byComma.size() > 1) {
            String last = byComma.remove(byComma.size() - 1).replaceFirst("(?i)^(?:" + and + ")\\s", "");
            byComma.addAll(sharedComplement(Arrays.asList(last.split("(?i)\\s(?:" + and + ")\\s", 2)), lang));
        }
        List<String> pieces = new ArrayList<>();
        for (String piece : byComma) pieces.addAll(parts(piece, "(?i)\\s(?:" + also + ")\\s"));
        List<String> roles = clean(pieces);
        if (roles.size() < MIN_ENUMERATION) return;
        int rank = 1;
        for (String role : roles) {
            into.add(new FocusItem(FocusKind.VALUE_CHAIN_ROLE, Cues.withoutArticle(role, lexicon, lang), rank++, new Evidence(line)));
        }
    }

    /** "The 6 competitiveness clusters are: 1. life sciences 2. agrifood …". */
    private static void domainList(Block.Paragraph intro, Block.ItemList list, CommonRules rules, Extraction.Builder out) {
        Extraction.Builder counted = new Extraction.Builder();
        rules.counts(intro.text(), intro.line(), counted);
        if (counted.counts.isEmpty()) return;
        String noun = counted.counts.get(0).noun();
        int rank = 1;
        for (Block.Item item : list.items()) {
            out.domainLists.add(new Extraction.DomainItem(noun, Text.label(item.text()), rank++, new Evidence(item.line())));
        }
    }
}
