package be.wallonia.clusterkg.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;

import java.util.Map;
import java.util.Optional;

/**
 * The EU Publications Office's authority table of file types, which DCAT-AP names a distribution's format from
 * (http://publications.europa.eu/resource/authority/file-type/): the types of the formats the dumps are written in.
 */
public final class FILE_TYPE {
    public static final String NS = "http://publications.europa.eu/resource/authority/file-type/";

    private FILE_TYPE() {}

    private static Resource c(String code) { return ResourceFactory.createResource(NS + code); }

    public static final Resource RDF_TRIG = c("RDF_TRIG");
    public static final Resource RDF_N_QUADS = c("RDF_N_QUADS");

    private static final Map<Lang, Resource> BY_SYNTAX = Map.of(Lang.TRIG, RDF_TRIG, Lang.NQUADS, RDF_N_QUADS);

    /** The file type of an RDF syntax the dumps are written in. */
    public static Optional<Resource> of(Lang syntax) { return Optional.ofNullable(BY_SYNTAX.get(syntax)); }
}
