package be.wallonia.clusterkg.serve.pages;

import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.vocab.QueryFile;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The derived complementarities of a network as its page shows them: with each other network, every basis in plain
 * words in the page's language, with the passages that put each party there ("Both work in NACE 71.11 … — CAP 2020:
 * Key sectors, line 21; Eco-Construction: …", "Plastiwin supplies Skywin: NACE 22.2 → 30.3 — why — the passage"), and
 * the strength of the relations (the sum of their bases' weights), the strongest first.
 */
final class NetworkComplementarities {
    /** One other network: its name, its page, the strength of its relations with this one, and their bases. */
    record Complementarity(String other, String href, String strength, List<Basis> bases) {}

    /** One basis: what it says, in words, with the passages of each party's alignment, and its weight. */
    record Basis(String words, String weight) {}

    private static final String QUERY = QueryFile.read(NetworkComplementarities.class, "complementarities-of-network.rq");

    private NetworkComplementarities() {}

    static List<Complementarity> of(String networkIri, Publication publication, Vocabulary vocabulary, String lang,
                                    EntityDocuments documents) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(QUERY);
        q.setIri("network", networkIri);
        Words words = new Words(vocabulary, lang, vocabulary.label(networkIri, lang));
        Map<String, Other> others = new LinkedHashMap<>();
        Txn.executeRead(publication.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(publication.dataset()).query(q.asQuery()).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> others
                        .computeIfAbsent(s.getResource("other").getURI(), Other::new).add(s, words));
            }
        });
        return others.values().stream()
                .sorted(Comparator.comparing(Other::strength).reversed()
                        .thenComparing(o -> words.label(o.iri), String.CASE_INSENSITIVE_ORDER))
                .map(o -> o.complementarity(words, documents))
                .toList();
    }

    /** What one other network's relations with this one rest on, as the rows of the query come. */
    private static final class Other {
        private final String iri;
        private final Map<String, BigDecimal> strengths = new LinkedHashMap<>();
        private final Map<String, BasisWords> bases = new LinkedHashMap<>();

        Other(String iri) { this.iri = iri; }

        void add(QuerySolution s, Words words) {
            strengths.put(s.getResource("relation").getURI(), new BigDecimal(s.getLiteral("strength").getLexicalForm()));
            BasisWords basis = bases.computeIfAbsent(s.getResource("basis").getURI(),
                    k -> new BasisWords(words.basis(s, words.label(iri)), new BigDecimal(s.getLiteral("weight").getLexicalForm())));
            if (s.contains("party")) {
                basis.passages.computeIfAbsent(words.label(s.getResource("party").getURI()), k -> new LinkedHashMap<>())
                        .computeIfAbsent(words.label(s.getResource("document").getURI()), k -> new TreeSet<>())
                        .add(s.getLiteral("line").getInt());
            }
        }

        BigDecimal strength() { return strengths.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add); }

        Complementarity complementarity(Words words, EntityDocuments documents) {
            List<Basis> out = bases.values().stream()
                    .sorted(Comparator.comparing((BasisWords b) -> b.weight).reversed())
                    .map(b -> b.basis(words))
                    .toList();
            return new Complementarity(words.label(iri), documents.pageLink(iri, words.lang()), words.number(strength()), out);
        }
    }

    private static final class BasisWords {
        private final String head;
        private final BigDecimal weight;
        /** Per party, per document title, the lines of the passages its alignments cite. */
        private final Map<String, Map<String, SortedSet<Integer>>> passages = new LinkedHashMap<>();

        BasisWords(String head, BigDecimal weight) {
            this.head = head;
            this.weight = weight;
        }

        Basis basis(Words language) {
            StringBuilder words = new StringBuilder(head);
            String separator = " — ";
            for (Map.Entry<String, Map<String, SortedSet<Integer>>> party : passages.entrySet()) {
                List<String> cited = new ArrayList<>();
                party.getValue().forEach((document, lines) -> cited.add(language.passage(document, lines)));
                words.append(separator).append(party.getKey()).append(language.fr() ? " : " : ": ").append(String.join("; ", cited));
                separator = " · ";
            }
            return new Basis(words.toString(), language.number(weight));
        }
    }

    /** The page's language: the words of a basis and of a passage. */
    private record Words(Vocabulary vocabulary, String lang, String network) {
        boolean fr() { return lang.equals("fr"); }

        String label(String iri) { return vocabulary.label(iri, lang); }

        /** 0.83 in English, 0,83 in French. */
        String number(BigDecimal value) {
            String plain = value.stripTrailingZeros().toPlainString();
            return fr() ? plain.replace('.', ',') : plain;
        }

        /** "The key sectors, line 21", "The key sectors, lines 61, 63": a document by its title. */
        String passage(String title, SortedSet<Integer> lines) {
            String noun = lines.size() == 1 ? (fr() ? "ligne" : "line") : (fr() ? "lignes" : "lines");
            return title + ", " + noun + " " + String.join(", ", lines.stream().map(String::valueOf).toList());
        }

        String basis(QuerySolution s, String other) {
            if (s.contains("sector")) {
                return (fr() ? "Les deux travaillent dans NACE " : "Both work in NACE ") + s.getLiteral("code").getLexicalForm()
                        + " " + label(s.getResource("sector").getURI());
            }
            boolean upstream = s.getLiteral("place").getLexicalForm().equals("upstream");
            StringBuilder words = new StringBuilder(upstream ? network : other).append(fr() ? " fournit " : " supplies ")
                    .append(upstream ? other : network).append(fr() ? " : NACE " : ": NACE ")
                    .append(s.getLiteral("from").getLexicalForm()).append(" → ").append(s.getLiteral("to").getLexicalForm())
                    .append(" — ").append(s.getLiteral("why").getLexicalForm());
            if (s.contains("linkDocument")) {
                words.append(" (").append(passage(label(s.getResource("linkDocument").getURI()),
                        new TreeSet<>(Set.of(s.getLiteral("linkLine").getInt())))).append(")");
            }
            return words.toString();
        }
    }
}
