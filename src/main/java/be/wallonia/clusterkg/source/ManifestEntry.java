package be.wallonia.clusterkg.source;

import be.wallonia.clusterkg.vocab.Iris;
import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * A new entry of the manifest ({@code data/sources.ttl}): what {@code import} and {@code generate} add, written by
 * {@link #append} alone. Its IRIs are written relative to the manifest, as the hand-written entries are, so the
 * manifest takes the base of the build that reads it.
 *
 * @param imported a file added by {@code import} (a {@code wco:ImportedFile} and {@code dcat:Distribution})
 * @param language the language of the file's text, if it has one
 */
public record ManifestEntry(String slug, String fileName, String extractor, String titleEn, String mediaType,
                            boolean imported, boolean synthetic, Optional<String> language) {

    /** Appends the entries to the manifest after a comment line (Turtle allows prefixes anywhere). */
    public static void append(Path manifest, String comment, List<ManifestEntry> entries) throws IOException {
        try (OutputStream os = Files.newOutputStream(manifest, StandardOpenOption.APPEND)) {
            os.write(("\n# " + comment + "\n").getBytes(StandardCharsets.UTF_8));
            PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefix("wco", WCO.NS)
                    .setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("rdf", RDF.uri).lock();
            // any base will do: every IRI of an entry is under it, so none is written with it
            RelativeTurtle turtle = new RelativeTurtle(os, Iris.DEFAULT.base(), prefixes);
            turtle.start();
            for (ManifestEntry e : entries) e.write(turtle);
            turtle.finish();
        }
    }

    private void write(RelativeTurtle turtle) {
        Node s = NodeFactory.createURI(Iris.DEFAULT.id("source", slug));
        turtle.triple(Triple.create(s, RDF.type.asNode(), WCO.SourceDocument.asNode()));
        if (imported) {
            turtle.triple(Triple.create(s, RDF.type.asNode(), WCO.ImportedFile.asNode()));
            turtle.triple(Triple.create(s, RDF.type.asNode(), DCAT.Distribution.asNode()));
        }
        turtle.triple(Triple.create(s, WCO.slug.asNode(), NodeFactory.createLiteralString(slug)));
        turtle.triple(Triple.create(s, WCO.fileName.asNode(), NodeFactory.createLiteralString(fileName)));
        turtle.triple(Triple.create(s, WCO.extractor.asNode(), NodeFactory.createLiteralString(extractor)));
        if (synthetic) {
            turtle.triple(Triple.create(s, WCO.synthetic.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        }
        turtle.triple(Triple.create(s, DCTerms.title.asNode(), NodeFactory.createLiteralLang(titleEn, "en")));
        language.ifPresent(l -> turtle.triple(Triple.create(s, DCTerms.language.asNode(), NodeFactory.createLiteralString(l))));
        turtle.triple(Triple.create(s, DCTerms.format.asNode(), NodeFactory.createLiteralString(mediaType)));
    }
}
