package be.wallonia.clusterkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms the build writes (W3C, http://www.w3.org/ns/prov#). */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {}

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Resource Plan = ResourceFactory.createResource(NS + "Plan");
    public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS + "wasAssociatedWith");
    public static final Property used = ResourceFactory.createProperty(NS + "used");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");
}
