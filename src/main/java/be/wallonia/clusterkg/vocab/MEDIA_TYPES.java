package be.wallonia.clusterkg.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The IRIs of IANA's media types registry, which DCAT-AP asks a distribution's media type to be named by: the
 * registry's page of the type, {@code https://www.iana.org/assignments/media-types/text/turtle}.
 */
public final class MEDIA_TYPES {
    public static final String NS = "https://www.iana.org/assignments/media-types/";

    private MEDIA_TYPES() {}

    /** The IRI of a media type ("application/trig"), without its parameters. */
    public static Resource of(String mediaType) {
        return ResourceFactory.createResource(NS + mediaType.split(";", 2)[0].trim());
    }

    public static final Resource GZIP = of("application/gzip");
}
