package be.wallonia.clusterkg.serve.sparql;

import be.wallonia.clusterkg.vocab.Iris;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

import java.util.ArrayList;
import java.util.List;

/**
 * The SPARQL 1.1 Service Description of {@code /sparql}: what the endpoint speaks, its result formats,
 * and its dataset (the union default graph and every named graph with its size).
 */
public final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private ServiceDescription() {}

    private static Property sd(String local) { return ModelFactory.createDefaultModel().createProperty(SD + local); }

    public static Model of(Iris iris, Dataset dataset) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD).setNsPrefix("void", VOID.NS).setNsPrefix("format", FORMATS).setNsPrefix("dcterms", DCTerms.NS);
        String endpoint = iris.endpoint();
        Resource service = m.createResource(endpoint + "#service")
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(sd("endpoint"), m.createResource(endpoint))
                .addProperty(sd("supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(sd("feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(sd("feature"), m.createResource(SD + "BasicFederatedQuery"))
                .addProperty(DCTerms.title, "SPARQL endpoint of the Wallonia clusters knowledge graph", "en");
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML")) {
            service.addProperty(sd("resultFormat"), m.createResource(FORMATS + f));
        }
        Resource description = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Dataset"));
        service.addProperty(sd("defaultDataset"), description);
        List<String> names = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            dataset.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
            long total = 0;
            for (String name : names.stream().sorted().toList()) {
                long size = dataset.getNamedModel(name).size();
                total += size;
                description.addProperty(sd("namedGraph"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                        .addProperty(sd("name"), m.createResource(name))
                        .addProperty(sd("graph"), m.createResource()
                                .addProperty(RDF.type, m.createResource(SD + "Graph"))
                                .addLiteral(VOID.triples, size)));
            }
            description.addProperty(sd("defaultGraph"), m.createResource()
                    .addProperty(RDF.type, m.createResource(SD + "Graph"))
                    .addProperty(DCTerms.description, "The union of the named graphs.", "en")
                    .addLiteral(VOID.triples, total));
        });
        return m;
    }
}
