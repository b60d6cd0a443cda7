package be.wallonia.clusterkg.serve;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;

import java.util.ArrayList;
import java.util.List;

/** What the home page lists: the networks by kind, and the size of the graph. */
record Catalogue(List<Entry> clusters, List<Entry> poles, long triples, int graphs) {
    /** A network and the local path of its page. */
    record Entry(String href, String label) {}

    /** "/doc/pole/biowin" for "{base}id/pole/biowin". */
    private static String documentPath(String iri) {
        int id = iri.indexOf("/id/");
        return "/doc/" + iri.substring(id + "/id/".length());
    }

    private static final String NETWORKS = """
            PREFIX wco: <https://w3id.org/wallonia-clusters/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?n ?label WHERE {
              GRAPH ?g { ?n a ?kind ; skos:prefLabel ?label FILTER(LANG(?label) = "en") }
            } ORDER BY LCASE(STR(?label))""";

    static Catalogue of(Dataset dataset, String curatedGraph) {
        return Txn.calculateRead(dataset, () -> {
            List<Entry> clusters = entries(dataset, curatedGraph, "wco:BusinessCluster");
            List<Entry> poles = entries(dataset, curatedGraph, "wco:CompetitivenessCluster");
            long[] triples = {0};
            int[] graphs = {0};
            dataset.listModelNames().forEachRemaining(r -> {
                graphs[0]++;
                triples[0] += dataset.getNamedModel(r).size();
            });
            return new Catalogue(clusters, poles, triples[0], graphs[0]);
        });
    }

    private static List<Entry> entries(Dataset dataset, String curatedGraph, String kind) {
        String query = NETWORKS.replace("GRAPH ?g", "GRAPH <" + curatedGraph + ">").replace("?kind", kind);
        List<Entry> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            qe.execSelect().forEachRemaining(s -> out.add(new Entry(documentPath(s.getResource("n").getURI()),
                    s.getLiteral("label").getString())));
        }
        return out;
    }
}
