package be.wallonia.clusterkg.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The QUDT units the build writes. */
public final class QUDT {
    private QUDT() {}

    public static final Resource PERCENT = ResourceFactory.createResource("http://qudt.org/vocab/unit/PERCENT");
}
