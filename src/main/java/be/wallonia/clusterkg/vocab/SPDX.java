package be.wallonia.clusterkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The SPDX terms DCAT-AP gives a file's checksum with (http://spdx.org/rdf/terms#; Jena has no constants for them). */
public final class SPDX {
    public static final String NS = "http://spdx.org/rdf/terms#";

    private SPDX() {}

    private static Resource c(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource Checksum = c("Checksum");
    public static final Resource ChecksumAlgorithm = c("ChecksumAlgorithm");
    public static final Resource checksumAlgorithm_sha256 = c("checksumAlgorithm_sha256");

    public static final Property checksum = p("checksum");
    public static final Property algorithm = p("algorithm");
    public static final Property checksumValue = p("checksumValue");
}
