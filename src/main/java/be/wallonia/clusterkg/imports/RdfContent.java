package be.wallonia.clusterkg.imports;

import org.apache.jena.rdf.model.Model;

import java.nio.file.Path;
import java.util.List;

/** The triples of an RDF file (the quads of TriG or N-Quads as triples, whatever graph they named). */
public record RdfContent(Path file, Model model, List<Problem> problems) implements Loader.Loaded {}
