package be.wallonia.clusterkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The VANN terms an ontology states its preferred prefix and namespace with (http://purl.org/vocab/vann/). */
public final class VANN {
    public static final String NS = "http://purl.org/vocab/vann/";

    private VANN() {}

    public static final Property preferredNamespaceUri = ResourceFactory.createProperty(NS + "preferredNamespaceUri");
    public static final Property preferredNamespacePrefix = ResourceFactory.createProperty(NS + "preferredNamespacePrefix");
}
