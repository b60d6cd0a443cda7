package be.wallonia.clusterkg.serve.pages;

import be.wallonia.clusterkg.vocab.QueryFile;
import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;

import java.util.ArrayList;
import java.util.List;

/** What the home page lists: the networks by kind, and the size of the graph. */
public record Catalogue(List<Entry> clusters, List<Entry> poles, long triples, int graphs) {
    /** A network and the local path of its page. */
    record Entry(String href, String label) {}

    private static final String NETWORKS = QueryFile.read(Catalogue.class, "networks-of-kind.rq");

    public static Catalogue of(Dataset dataset, String curatedGraph, EntityDocuments documents) {
        return Txn.calculateRead(dataset, () -> {
            List<Entry> clusters = entries(dataset, curatedGraph, WCO.BusinessCluster, documents);
            List<Entry> poles = entries(dataset, curatedGraph, WCO.CompetitivenessCluster, documents);
            long[] triples = {0};
            int[] graphs = {0};
            dataset.listModelNames().forEachRemaining(r -> {
                graphs[0]++;
                triples[0] += dataset.getNamedModel(r).size();
            });
            return new Catalogue(clusters, poles, triples[0], graphs[0]);
        });
    }

    private static List<Entry> entries(Dataset dataset, String curatedGraph, Resource kind, EntityDocuments documents) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(NETWORKS);
        query.setIri("curated", curatedGraph);
        query.setParam("kind", kind);
        List<Entry> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query.asQuery()).build()) {
            qe.execSelect().forEachRemaining(s -> out.add(new Entry(documents.docPath(s.getResource("n").getURI()),
                    s.getLiteral("label").getString())));
        }
        return out;
    }
}
