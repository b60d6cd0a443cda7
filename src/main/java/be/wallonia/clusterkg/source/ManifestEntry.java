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
 * @param extractor the extractor or loader that reads it; empty for a document each extractor tries by its cues
 * @param title     its title, in its language (English when it has none)
 * @param imported a file added by {@code import} (a {@code wco:ImportedFile} and {@code dcat:Distribution})
 * @param language the language of the file's text, if it has one
 * @param publisher who published it, as named by the person who imported it ({@code dc:publisher}), if known
 * @param sourceUrl where it was read ({@code dcat:accessURL}), if known
 */
public record ManifestEntry(String slug, String fileName, String extractor, String title, String mediaType,
                            boolean imported, boolean synthetic, Optional<String> language, Optional<String> publisher,
                            Optional<String> sourceUrl) {
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    /** A member list or a file of RDF under the import directory, read by its loader. */
    public static ManifestEntry importedFile(String slug, String fileName, String loader, String titleEn, String mediaType,
                                             boolean synthetic) {
        return new ManifestEntry(slug, fileName, loader, titleEn, mediaType, true, synthetic, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** Appends the entries to the manifest after a comment line (Turtle allows prefixes anywhere). */
    public static void append(Path manifest, String comment, List<ManifestEntry> entries) throws IOException {
        try (OutputStream os = Files.newOutputStream(manifest, StandardOpenOption.APPEND)) {
            os.write(("\n# " + comment + "\n").getBytes(StandardCharsets.UTF_8));
            PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefix("wco", WCO.NS)
                    .setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("rdf", RDF.uri)
                    .setNsPrefix("dc", DC).lock();
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
        if (imported) turtle.triple(Triple.create(s, RDF.type.asNode(), WCO.ImportedFile.asNode()));
        turtle.triple(Triple.create(s, RDF.type.asNode(), DCAT.Distribution.asNode()));
        turtle.triple(Triple.create(s, WCO.slug.asNode(), NodeFactory.createLiteralString(slug)));
        turtle.triple(Triple.create(s, WCO.fileName.asNode(), NodeFactory.createLiteralString(fileName)));
        if (!extractor.isEmpty()) turtle.triple(Triple.create(s, WCO.extractor.asNode(), NodeFactory.createLiteralString(extractor)));
        if (synthetic) {
            turtle.triple(Triple.create(s, WCO.synthetic.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        }
        turtle.triple(Triple.create(s, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, language.orElse("en"))));
        language.ifPresent(l -> turtle.triple(Triple.create(s, DCTerms.language.asNode(), NodeFactory.createLiteralString(l))));
        turtle.triple(Triple.create(s, DCTerms.format.asNode(), NodeFactory.createLiteralString(mediaType)));
        publisher.ifPresent(p -> turtle.triple(Triple.create(s, NodeFactory.createURI(DC + "publisher"),
                NodeFactory.createLiteralString(p))));
        sourceUrl.ifPresent(u -> turtle.triple(Triple.create(s, DCAT.accessURL.asNode(), NodeFactory.createURI(u))));
    }
}
