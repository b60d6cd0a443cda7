package be.wallonia.clusterkg.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C's unique IRIs of the formats the SPARQL endpoint answers in (http://www.w3.org/ns/formats/). */
public final class FORMATS {
    public static final String NS = "http://www.w3.org/ns/formats/";

    private FORMATS() {}

    private static Resource c(String local) { return ResourceFactory.createResource(NS + local); }

    public static final Resource SPARQL_Results_JSON = c("SPARQL_Results_JSON");
    public static final Resource SPARQL_Results_XML = c("SPARQL_Results_XML");
    public static final Resource SPARQL_Results_CSV = c("SPARQL_Results_CSV");
    public static final Resource SPARQL_Results_TSV = c("SPARQL_Results_TSV");
    public static final Resource Turtle = c("Turtle");
    public static final Resource N_Triples = c("N-Triples");
    public static final Resource JSON_LD = c("JSON-LD");
    public static final Resource RDF_XML = c("RDF_XML");
}
