package be.wallonia.clusterkg.serve.pages;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;

import java.util.ArrayList;
import java.util.List;

/** What the home page lists: the networks by kind, and the size of the graph. */
public record Catalogue(List<Entry> clusters, List<Entry> poles, long triples, int graphs) {
    /** A network and the local path of its page. */
    record Entry(String href, String label) {}

    private static final String NETWORKS = """
            PREFIX wco: <https://w3id.org/wallonia-clusters/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?n ?label WHERE {
              GRAPH ?g { ?n a ?kind ; skos:prefLabel ?label FILTER(LANG(?label) = "en") }
            } ORDER BY LCASE(STR(?label))""";

    public static Catalogue of(Dataset dataset, String curatedGraph, EntityDocuments documents) {
        return Txn.calculateRead(dataset, () -> {
            List<Entry> clusters = entries(dataset, curatedGraph, "wco:BusinessCluster", documents);
            List<Entry> poles = entries(dataset, curatedGraph, "wco:CompetitivenessCluster", documents);
            long[] triples = {0};
            int[] graphs = {0};
            dataset.listModelNames().forEachRemaining(r -> {
                graphs[0]++;
                triples[0] += dataset.getNamedModel(r).size();
            });
            return new Catalogue(clusters, poles, triples[0], graphs[0]);
        });
    }

    private static List<Entry> entries(Dataset dataset, String curatedGraph, String kind, EntityDocuments documents) {
        String query = NETWORKS.replace("GRAPH ?g", "GRAPH <" + curatedGraph + ">").replace("?kind", kind);
        List<Entry> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            qe.execSelect().forEachRemaining(s -> out.add(new Entry(documents.docPath(s.getResource("n").getURI()),
                    s.getLiteral("label").getString())));
        }
        return out;
    }
}
