package be.wallonia.clusterkg.serve.pages;

import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.vocab.QueryFile;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The derived complementarities of a network as its page shows them: with each other network, every basis in plain
 * words in the page's language ("Both work in NACE 25 …", "Plastiwin supplies Skywin: NACE 22.2 → 30.3 — why — the
 * passage"), the strongest first: the one with the most bases.
 */
final class NetworkComplementarities {
    /** One relation: the other network, its page, and the bases in words. */
    record Complementarity(String other, String href, List<String> bases) {}

    private static final String QUERY = QueryFile.read(NetworkComplementarities.class, "complementarities-of-network.rq");

    private NetworkComplementarities() {}

    static List<Complementarity> of(String networkIri, Publication publication, Vocabulary vocabulary, String lang,
                                    EntityDocuments documents) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(QUERY);
        q.setIri("network", networkIri);
        boolean fr = lang.equals("fr");
        String network = vocabulary.label(networkIri, lang);
        Map<String, Set<String>> bases = new LinkedHashMap<>();
        Txn.executeRead(publication.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(publication.dataset()).query(q.asQuery()).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    String other = s.getResource("other").getURI();
                    bases.computeIfAbsent(other, k -> new LinkedHashSet<>())
                            .add(basis(s, network, vocabulary.label(other, lang), vocabulary, lang, fr));
                });
            }
        });
        List<Complementarity> out = new ArrayList<>();
        bases.forEach((other, words) -> out.add(new Complementarity(vocabulary.label(other, lang),
                documents.pageLink(other, lang), List.copyOf(words))));
        out.sort(Comparator.comparing((Complementarity c) -> -c.bases().size())
                .thenComparing(Complementarity::other, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    private static String basis(QuerySolution s, String network, String other, Vocabulary vocabulary, String lang, boolean fr) {
        if (s.contains("sector")) {
            return (fr ? "Les deux travaillent dans NACE " : "Both work in NACE ") + s.getLiteral("code").getLexicalForm() + " "
                    + vocabulary.label(s.getResource("sector").getURI(), lang);
        }
        boolean upstream = s.getLiteral("place").getLexicalForm().equals("upstream");
        String supplier = upstream ? network : other;
        String customer = upstream ? other : network;
        StringBuilder words = new StringBuilder(supplier).append(fr ? " fournit " : " supplies ").append(customer)
                .append(fr ? " : NACE " : ": NACE ").append(s.getLiteral("from").getLexicalForm()).append(" → ")
                .append(s.getLiteral("to").getLexicalForm()).append(" — ").append(s.getLiteral("why").getLexicalForm());
        if (s.contains("document")) {
            words.append(" — ").append(vocabulary.label(s.getResource("document").getURI(), lang))
                    .append(fr ? ", ligne " : ", line ").append(s.getLiteral("line").getLexicalForm());
        }
        return words.toString();
    }
}
