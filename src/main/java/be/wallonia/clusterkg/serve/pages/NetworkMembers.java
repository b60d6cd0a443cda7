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
import java.util.List;
import java.util.Map;

/**
 * The members of a network, as its page lists them: each organisation an {@code org:Membership} of the member lists
 * makes a member, with its kind (as the lists give it, not the broader kinds the build infers), the date it joined,
 * and a link to its page.
 */
final class NetworkMembers {
    record Member(String name, String href, List<String> kinds, String since) {}

    private static final String QUERY = QueryFile.read(NetworkMembers.class, "members-of-network.rq");

    private NetworkMembers() {}

    static List<Member> of(String networkIri, Publication publication, Vocabulary vocabulary, String lang, EntityDocuments documents) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(QUERY);
        q.setIri("network", networkIri);
        q.setLiteral("inferred", publication.iris().inferredGraphPrefix());
        Map<String, String> since = new LinkedHashMap<>();
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        Txn.executeRead(publication.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(publication.dataset()).query(q.asQuery()).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    String org = s.getResource("org").getURI();
                    List<String> k = kinds.computeIfAbsent(org, x -> new ArrayList<>());
                    if (s.contains("kind")) {
                        String label = vocabulary.label(s.getResource("kind").getURI(), lang);
                        if (!k.contains(label)) k.add(label);
                    }
                    if (s.contains("since")) since.merge(org, s.getLiteral("since").getLexicalForm(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                });
            }
        });
        List<Member> members = new ArrayList<>();
        kinds.forEach((org, k) -> members.add(new Member(vocabulary.label(org, lang),
                publication.iris().isThing(org) ? documents.pageLink(org, lang) : org, k, since.getOrDefault(org, ""))));
        members.sort(Comparator.comparing(Member::name, String.CASE_INSENSITIVE_ORDER));
        return members;
    }
}
