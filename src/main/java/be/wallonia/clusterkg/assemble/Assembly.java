package be.wallonia.clusterkg.assemble;

import org.apache.jena.query.Dataset;

import java.util.List;

/**
 * The assembled dataset: one named graph per source document, one for curated facts, one for the
 * ontology, one for the manifest; with the names that resolved to no curated resource.
 */
public record Assembly(Dataset dataset, List<String> mintedNames) {}
