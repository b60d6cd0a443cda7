package be.wallonia.clusterkg.assemble;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;

import java.util.List;
import java.util.function.Supplier;

/**
 * The assembled dataset: one named graph per source document, one for curated facts, one for the
 * ontology, one for the manifest, one per imported member list; the imported files of RDF, each read only when
 * the build comes to it (one may be larger than all the rest); the names that resolved to no curated resource and
 * the organisations of the member lists found to be one (each match as a line of text); what the build made of
 * each document.
 */
public record Assembly(Dataset dataset, List<ImportedFile> importedFiles, List<String> mintedNames,
                       List<String> organisationMatches, List<DocumentReport> documents) {

    /** An imported file of RDF: the named graph it becomes, and how to read it, described like every source graph. */
    public record ImportedFile(String graphIri, Supplier<Model> content) {
        public Model read() { return content.get(); }
    }
}
