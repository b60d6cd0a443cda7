package be.wallonia.clusterkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Hydra Core terms the Triple Pattern Fragments interface describes its pages and its search form with (W3C Hydra
 * Community Group, http://www.w3.org/ns/hydra/core#; Jena has no constants for them).
 */
public final class Hydra {
    public static final String NS = "http://www.w3.org/ns/hydra/core#";

    private Hydra() {}

    private static Resource c(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource Collection = c("Collection");
    public static final Resource PartialCollectionView = c("PartialCollectionView");
    public static final Resource IriTemplate = c("IriTemplate");
    public static final Resource IriTemplateMapping = c("IriTemplateMapping");
    /** Values in a template are written as in N-Triples, without brackets round IRIs: {@code "12"^^http://…#integer}. */
    public static final Resource ExplicitRepresentation = c("ExplicitRepresentation");

    public static final Property search = p("search");
    public static final Property template = p("template");
    public static final Property variableRepresentation = p("variableRepresentation");
    public static final Property mapping = p("mapping");
    public static final Property variable = p("variable");
    public static final Property property = p("property");
    public static final Property totalItems = p("totalItems");
    public static final Property itemsPerPage = p("itemsPerPage");
    public static final Property view = p("view");
    public static final Property first = p("first");
    public static final Property next = p("next");
    public static final Property previous = p("previous");
}
