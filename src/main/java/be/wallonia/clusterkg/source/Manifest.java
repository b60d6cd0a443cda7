package be.wallonia.clusterkg.source;

import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The manifest ({@code data/sources.ttl}): a DCAT/PROV description of every source document.
 * Its triples go into the graph as they are; {@link #entries()} is what the pipeline needs of them.
 */
public record Manifest(Path file, Model model, List<SourceEntry> entries) {

    public static Manifest read(Path file, String base) {
        if (!Files.isRegularFile(file)) {
            throw new SourceException(file, 0, "manifest not found; expected a Turtle file describing the sources");
        }
        Model model = TurtleFile.read(file, base);
        List<SourceEntry> entries = new ArrayList<>();
        Set<Resource> sources = new LinkedHashSet<>(model.listSubjectsWithProperty(RDF.type, WCO.SourceDocument).toList());
        sources.addAll(model.listSubjectsWithProperty(RDF.type, WCO.ImportedFile).toList());
        for (Resource doc : sources) {
            // a document may name none: each extractor then tries it, by the cues of its shape
            String extractor = doc.hasProperty(RDF.type, WCO.ImportedFile)
                    ? required(file, doc, WCO.extractor.getLocalName(), literal(doc, WCO.extractor))
                    : literal(doc, WCO.extractor).orElse("");
            Optional<String> language = literal(doc, DCTerms.language);
            SourceEntry entry = new SourceEntry(doc.getURI(),
                    required(file, doc, WCO.slug.getLocalName(), literal(doc, WCO.slug)),
                    required(file, doc, WCO.fileName.getLocalName(), literal(doc, WCO.fileName)),
                    extractor, language.orElse(""), iri(doc, DCTerms.subject), iri(doc, WCO.translationOf),
                    literal(doc, DCTerms.format));
            if (!entry.imported()) required(file, doc, "dcterms:language", language);
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            throw new SourceException(file, 0, "describes no source; expected resources of type wco:SourceDocument");
        }
        entries.sort(Comparator.comparing(SourceEntry::fileName));
        return new Manifest(file, model, List.copyOf(entries));
    }

    private static Optional<String> literal(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s == null || !s.getObject().isLiteral() ? Optional.empty() : Optional.of(s.getString());
    }

    private static Optional<String> iri(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s == null || !s.getObject().isURIResource() ? Optional.empty()
                : Optional.of(s.getResource().getURI());
    }

    private static String required(Path file, Resource doc, String property, Optional<String> value) {
        return value.orElseThrow(() -> new SourceException(file, 0,
                "source " + doc.getURI() + " has no " + property + "; every wco:SourceDocument needs one"));
    }
}
