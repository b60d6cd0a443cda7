package be.wallonia.clusterkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The SPARQL 1.1 Service Description terms the endpoint describes itself with (W3C; Jena has no constants for them). */
public final class SD {
    public static final String NS = "http://www.w3.org/ns/sparql-service-description#";

    private SD() {}

    private static Resource c(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource Service = c("Service");
    public static final Resource Dataset = c("Dataset");
    public static final Resource NamedGraph = c("NamedGraph");
    public static final Resource Graph = c("Graph");
    public static final Resource SPARQL11Query = c("SPARQL11Query");
    public static final Resource UnionDefaultGraph = c("UnionDefaultGraph");
    public static final Resource BasicFederatedQuery = c("BasicFederatedQuery");

    public static final Property endpoint = p("endpoint");
    public static final Property supportedLanguage = p("supportedLanguage");
    public static final Property feature = p("feature");
    public static final Property resultFormat = p("resultFormat");
    public static final Property defaultDataset = p("defaultDataset");
    public static final Property defaultGraph = p("defaultGraph");
    public static final Property namedGraph = p("namedGraph");
    public static final Property name = p("name");
    public static final Property graph = p("graph");
}
