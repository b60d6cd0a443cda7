package be.wallonia.clusterkg.cookbook;

import java.util.Objects;

/**
 * One query of the cookbook, read from a file {@code NN-short-name.rq}.
 *
 * @param name     the file stem, {@code NN-short-name}: orders the cookbook and names the query's expected result
 * @param title    what the query shows, from the header line {@code # title: …}
 * @param question the question it answers, from {@code # question: …}
 * @param audience who asks it, from {@code # audience: …} (empty when the header has no such line)
 * @param reading  how to read the result, from {@code # reading: …} (empty when the header has no such line)
 * @param needs    what the query needs beyond the graph, from {@code # needs: …} (e.g. {@code internet} for a
 *                 federated query); empty when it runs on the graph alone
 * @param text     the whole file, header included: the SPARQL query as it is sent
 */
public record CookbookQuery(String name, String title, String question, String audience, String reading, String needs,
                            String text) {
    public CookbookQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(needs, "needs");
        Objects.requireNonNull(text, "text");
    }

    /** Whether it runs on the graph alone, so that its result can be expected. */
    public boolean selfContained() { return needs.isEmpty(); }
}
