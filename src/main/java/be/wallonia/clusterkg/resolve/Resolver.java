package be.wallonia.clusterkg.resolve;

import be.wallonia.clusterkg.extract.Text;
import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Names found in the documents → the curated resources they denote, by kind. Matching is on the
 * lookup key of a name ({@link Text#key}: case, accents, apostrophes and spaces do not count) against
 * every prefLabel, altLabel, hiddenLabel and rdfs:label of the curated graph.
 */
public final class Resolver {
    public enum Kind { NETWORK, PROGRAMME, AUTHORITY, ACTOR_KIND }

    private static final List<Property> LABELS = List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, RDFS.label);

    private final Map<Kind, Map<String, String>> byKey = new HashMap<>();
    private final Map<String, String> curatedPrefLabels = new HashMap<>();
    private final List<Map.Entry<String, String>> actorCues = new ArrayList<>();
    private final List<Map.Entry<String, String>> gazetteer = new ArrayList<>();
    private final List<Map.Entry<String, String>> networks = new ArrayList<>();
    private final List<Map.Entry<Pattern, String>> sharedHeads;

    public Resolver(Model curated, Map<Kind, Set<Resource>> classesByKind) {
        for (var e : classesByKind.entrySet()) {
            Map<String, String> index = byKey.computeIfAbsent(e.getKey(), k -> new HashMap<>());
            for (Resource type : e.getValue()) {
                for (Resource r : curated.listSubjectsWithProperty(RDF.type, type).toList()) {
                    if (!r.isURIResource()) continue;
                    for (Property p : LABELS) {
                        for (RDFNode n : curated.listObjectsOfProperty(r, p).toList()) {
                            if (n.isLiteral()) index.putIfAbsent(key(((Literal) n).getLexicalForm()), r.getURI());
                        }
                    }
                }
            }
        }
        curated.listStatements(null, SKOS.prefLabel, (RDFNode) null).forEachRemaining(st -> {
            if (st.getSubject().isURIResource() && st.getObject().isLiteral()) {
                curatedPrefLabels.put(st.getSubject().getURI() + "|" + st.getLanguage(), st.getString());
            }
        });
        byKey.getOrDefault(Kind.ACTOR_KIND, Map.of()).forEach((k, iri) -> actorCues.add(Map.entry(words(k), iri)));
        actorCues.sort(Comparator.comparingInt((Map.Entry<String, String> c) -> -c.getKey().length()));
        sharedHeads = sharedHeadRewrites(actorCues);
        // what a passage may mention: a network under any of its names, a programme or authority under a name of
        // several words (a programme's one-word names, "clusters", are words of every page)
        byKey.getOrDefault(Kind.NETWORK, Map.of()).forEach((k, iri) -> networks.add(Map.entry(words(k), iri)));
        networks.sort(Comparator.comparingInt((Map.Entry<String, String> c) -> -c.getKey().length()));
        gazetteer.addAll(networks);
        for (Kind kind : List.of(Kind.PROGRAMME, Kind.AUTHORITY)) {
            byKey.getOrDefault(kind, Map.of()).forEach((k, iri) -> {
                if (words(k).contains(" ")) gazetteer.add(Map.entry(words(k), iri));
            });
        }
        gazetteer.sort(Comparator.comparingInt((Map.Entry<String, String> c) -> -c.getKey().length()));
    }

    /** The standard kinds: networks, programmes, authorities and actor kinds as the ontology types them. */
    public static Resolver of(Model curated) {
        return new Resolver(curated, Map.of(
                Kind.NETWORK, Set.of(WCO.CompanyNetwork, WCO.BusinessCluster, WCO.CompetitivenessCluster),
                Kind.PROGRAMME, Set.of(WCO.Programme),
                Kind.AUTHORITY, Set.of(WCO.PublicAuthority),
                Kind.ACTOR_KIND, Set.of(WCO.ActorKind)));
    }

    static String key(String name) {
        return Text.key(Text.label(name));
    }

    public Optional<String> resolve(Kind kind, String name) {
        return Optional.ofNullable(byKey.getOrDefault(kind, Map.of()).get(key(name)));
    }

    /** The resource whose label opens the text ("The competitiveness clusters are …" → that programme). */
    public Optional<String> resolvePrefix(Kind kind, String text) {
        String t = Text.key(text).replaceFirst("^(the|les|le|la|l')\\s*", "");
        return byKey.getOrDefault(kind, Map.of()).entrySet().stream()
                .filter(e -> t.startsWith(e.getKey() + " ") || t.startsWith(e.getKey() + ","))
                .max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue);
    }

    /** The preferred label the curated graph gives a resource in a language, if any. */
    public Optional<String> curatedPrefLabel(String iri, String language) {
        return Optional.ofNullable(curatedPrefLabels.get(iri + "|" + language));
    }

    /** The actor kinds a text names, each once, longest cue first so "large enterprises" is not also "enterprises". */
    public List<String> actorKinds(String text) {
        return find(actorCues, sharedHeads(text));
    }

    /**
     * Spells out the head two actor kinds share: "research and training centres" is research centres and training
     * centres, "centres de recherche et de formation" centres de recherche et centres de formation. The heads are
     * those of the actor kinds' own names of several words: their last word in English, their first in French.
     */
    private String sharedHeads(String text) {
        String t = text;
        for (Map.Entry<Pattern, String> head : sharedHeads) t = head.getKey().matcher(t).replaceAll(head.getValue());
        return t;
    }

    /** The rewrites of {@link #sharedHeads(String)}, one per distinct head of the actor kinds' names, made once. */
    private static List<Map.Entry<Pattern, String>> sharedHeadRewrites(List<Map.Entry<String, String>> cues) {
        Set<String> last = new TreeSet<>();
        Set<String> first = new TreeSet<>();
        for (var cue : cues) {
            String[] words = cue.getKey().split(" ");
            if (words.length < 2) continue;
            last.add(words[words.length - 1]);
            first.add(words[0]);
        }
        List<Map.Entry<Pattern, String>> rewrites = new ArrayList<>();
        for (String head : last) {
            rewrites.add(Map.entry(Pattern.compile("(?iu)\\b(\\p{L}+) and (\\p{L}+) (" + Pattern.quote(head) + ")\\b"),
                    "$1 $3 and $2 $3"));
        }
        for (String head : first) {
            rewrites.add(Map.entry(Pattern.compile("(?iu)\\b(" + Pattern.quote(head) + ") (de|d'|des) (\\p{L}+) et (de|d'|des) (\\p{L}+)"),
                    "$1 $2 $3 et $1 $4 $5"));
        }
        return List.copyOf(rewrites);
    }

    /**
     * The known resources a text mentions (networks under any of their names and languages, programmes and
     * authorities), each once, the longest name first so that "Logistics in Wallonia" is not also "Wallonia".
     */
    public List<String> mentions(String text) {
        return find(gazetteer, text);
    }

    /**
     * A key's words, as {@link #find} compares them: letters, digits and apostrophes, without the elided articles of
     * French ("l'Infopole" is Infopole, "d'entreprises" entreprises).
     */
    private static String words(String key) {
        return key.replace('\u2019', '\'').replaceAll("\\b(l|d|j|m|n|s|t|c|qu)'", "")
                .replaceAll("[^\\p{L}\\p{N}' ]", " ").replaceAll(" +", " ").strip();
    }

    /** The known networks a text names, each by its curated preferred label (English, else French): names that resolve. */
    public List<String> networkNamesIn(String text) {
        return find(networks, text).stream()
                .map(iri -> curatedPrefLabel(iri, "en").or(() -> curatedPrefLabel(iri, "fr")).orElse(iri)).toList();
    }

    private static List<String> find(List<Map.Entry<String, String>> cues, String text) {
        String t = " " + words(Text.key(text)) + " ";
        List<String> found = new ArrayList<>();
        for (var cue : cues) {
            String needle = " " + cue.getKey() + " ";
            int i = t.indexOf(needle);
            if (i >= 0) {
                if (!found.contains(cue.getValue())) found.add(cue.getValue());
                t = t.substring(0, i) + " " + "#".repeat(cue.getKey().length()) + " " + t.substring(i + needle.length());
            }
        }
        return found;
    }
}
