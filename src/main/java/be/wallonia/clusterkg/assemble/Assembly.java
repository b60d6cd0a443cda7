package be.wallonia.clusterkg.assemble;

import org.apache.jena.query.Dataset;

import java.util.List;

/**
 * The assembled dataset: one named graph per source document, one for curated facts, one for the
 * ontology, one for the manifest, one per imported file; with the names that resolved to no curated resource and
 * the organisations of the member lists found to be one (each match as a line of text).
 */
public record Assembly(Dataset dataset, List<String> mintedNames, List<String> organisationMatches) {}
