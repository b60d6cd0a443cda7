package be.wallonia.clusterkg.serve.sparql;

import be.wallonia.clusterkg.vocab.FORMATS;
import be.wallonia.clusterkg.vocab.Iris;
import be.wallonia.clusterkg.vocab.SD;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
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
    private ServiceDescription() {}

    public static Model of(Iris iris, Dataset dataset) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD.NS).setNsPrefix("void", VOID.NS).setNsPrefix("format", FORMATS.NS).setNsPrefix("dcterms", DCTerms.NS);
        String endpoint = iris.endpoint();
        Resource service = m.createResource(iris.sparqlService())
                .addProperty(RDF.type, SD.Service)
                .addProperty(SD.endpoint, m.createResource(endpoint))
                .addProperty(SD.supportedLanguage, SD.SPARQL11Query)
                .addProperty(SD.feature, SD.UnionDefaultGraph)
                .addProperty(SD.feature, SD.BasicFederatedQuery)
                .addProperty(DCTerms.title, "SPARQL endpoint of the Wallonia clusters knowledge graph", "en");
        for (Resource f : List.of(FORMATS.SPARQL_Results_JSON, FORMATS.SPARQL_Results_XML, FORMATS.SPARQL_Results_CSV,
                FORMATS.SPARQL_Results_TSV, FORMATS.Turtle, FORMATS.N_Triples, FORMATS.JSON_LD, FORMATS.RDF_XML)) {
            service.addProperty(SD.resultFormat, f);
        }
        Resource description = m.createResource()
                .addProperty(RDF.type, SD.Dataset);
        service.addProperty(SD.defaultDataset, description);
        List<String> names = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            dataset.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
            long total = 0;
            for (String name : names.stream().sorted().toList()) {
                long size = dataset.getNamedModel(name).size();
                total += size;
                description.addProperty(SD.namedGraph, m.createResource()
                        .addProperty(RDF.type, SD.NamedGraph)
                        .addProperty(SD.name, m.createResource(name))
                        .addProperty(SD.graph, m.createResource()
                                .addProperty(RDF.type, SD.Graph)
                                .addLiteral(VOID.triples, size)));
            }
            description.addProperty(SD.defaultGraph, m.createResource()
                    .addProperty(RDF.type, SD.Graph)
                    .addProperty(DCTerms.description, "The union of the named graphs.", "en")
                    .addLiteral(VOID.triples, total));
        });
        return m;
    }
}
