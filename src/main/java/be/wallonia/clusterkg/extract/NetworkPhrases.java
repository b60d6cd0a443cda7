package be.wallonia.clusterkg.extract;

import be.wallonia.clusterkg.extract.Extraction.NetworkKind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the documents name networks, their kind and their domain, in one language. */
final class NetworkPhrases {
    private static final Pattern EXPANSION = Pattern.compile("^(.*?)\\s*\\(([^)]+)\\)\\s*,?$");

    private final Lexicon lexicon;
    private final String language;
    private final Map<String, String> kinds;

    NetworkPhrases(Lexicon lexicon, String language) {
        this.lexicon = lexicon;
        this.language = language;
        this.kinds = lexicon.suffixed("network-kind", language);
    }

    record KindHit(NetworkKind kind, Cues.Hit hit) {}

    /** The first phrase in the text that names a kind of network. */
    Optional<KindHit> kind(String text) {
        return Cues.find(text, List.copyOf(kinds.keySet()))
                .map(h -> new KindHit(NetworkKind.valueOf(kinds.get(h.cue())), h));
    }

    record Name(String name, Optional<String> expansion) {}

    /** "TWEED cluster (Technology of …)," → TWEED with its expansion; "The INFOPOLE Cluster TIC" → INFOPOLE Cluster TIC. */
    Name name(String raw) {
        String t = Text.clean(raw);
        Optional<String> expansion = Optional.empty();
        Matcher m = EXPANSION.matcher(t);
        if (m.matches()) {
            t = m.group(1);
            expansion = Optional.of(Text.label(m.group(2)));
        }
        t = Cues.withoutArticle(Text.label(t), lexicon, language);
        for (String edge : lexicon.values("name-edge-word", language)) {
            String f = Text.fold(t);
            if (f.startsWith(edge + " ")) t = t.substring(edge.length() + 1);
            f = Text.fold(t);
            if (f.endsWith(" " + edge)) t = t.substring(0, t.length() - edge.length() - 1);
        }
        return new Name(Text.label(t), expansion);
    }

    /**
     * The domain a short kind phrase states: "the construction cluster" → construction,
     * "le cluster de l'habitat durable" → habitat durable.
     */
    Optional<String> domainAround(String phrase, KindHit kind) {
        String before = Cues.withoutArticle(phrase.substring(0, kind.hit().start()), lexicon, language);
        String after = phrase.substring(kind.hit().end()).strip();
        for (String link : lexicon.values("kind-link", language)) {
            String f = Text.fold(after);
            boolean elided = link.endsWith("'");
            if (f.startsWith(link) && (elided || f.length() > link.length() && f.charAt(link.length()) == ' ')) {
                after = after.substring(link.length()).strip();
                break;
            }
        }
        String domain = Text.label(before).isEmpty() ? Text.label(after) : Text.label(before);
        return domain.isEmpty() ? Optional.empty() : Optional.of(Text.unshout(domain));
    }

    /** The domain a description states after its kind: "dedicated to the food industry" → food. */
    Optional<String> domainAfter(String sentence, int from) {
        Optional<Cues.Hit> intro = Cues.find(sentence, lexicon.values("domain-intro", language), from);
        if (intro.isEmpty()) return Optional.empty();
        String rest = Cues.cut(sentence.substring(intro.get().end()), lexicon.values("domain-stop", language), ".;:(");
        String domain = Cues.withoutArticle(Text.label(rest), lexicon, language);
        for (String trim : lexicon.values("domain-trim", language)) {
            if (Text.fold(domain).endsWith(" " + trim)) domain = domain.substring(0, domain.length() - trim.length() - 1);
        }
        domain = Text.label(domain);
        return domain.isEmpty() ? Optional.empty() : Optional.of(Text.unshout(domain));
    }
}
