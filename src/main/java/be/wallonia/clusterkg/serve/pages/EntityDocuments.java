package be.wallonia.clusterkg.serve.pages;

import be.wallonia.clusterkg.format.MediaTypes;

import be.wallonia.clusterkg.serve.http.Lazy;
import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.serve.negotiate.Languages;
import be.wallonia.clusterkg.vocab.QueryFile;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.system.Txn;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documents about the resources of the graph, {@code {base}doc/{kind}/{slug}}: each rendered once per
 * build, format and language, then served from memory (the graph does not change while it is served).
 */
public final class EntityDocuments {
    /** Opened in the query editor as it is written, so the file has no comment to show there. */
    private static final String STATEMENTS = QueryFile.read(EntityDocuments.class, "statements-about-thing.rq").strip();

    private final Publication publication;
    private final Describer describer;
    private final Lazy<Vocabulary> vocabulary;
    private final Lazy<Map<String, String>> aliases;
    private static final String NAMES = QueryFile.read(EntityDocuments.class, "names-of-networks.rq");
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();
    private final Map<String, String> prefixes;

    public EntityDocuments(Publication publication) {
        this.publication = publication;
        this.describer = new Describer(publication.dataset().asDatasetGraph());
        // the labels of the vocabulary are read on the first page, not at startup
        this.vocabulary = Lazy.of(() -> Vocabulary.of(publication));
        this.aliases = Lazy.of(this::aliases);
        this.prefixes = org.apache.jena.system.Txn.calculateRead(publication.dataset(),
                () -> publication.dataset().getPrefixMapping().getNsPrefixMap());
    }

    Vocabulary vocabulary() { return vocabulary.get(); }

    /**
     * The network an IRI made of one of its other names stands for ({@code id/cluster/val-plus} for Val+, whose own
     * IRI keeps the slug of its first name): an IRI of each of its names answers, redirected to the network's own.
     */
    Optional<String> renamed(String iri) {
        return Optional.ofNullable(aliases.get().get(iri));
    }

    private Map<String, String> aliases() {
        Map<String, String> byIri = new java.util.HashMap<>();
        Txn.executeRead(publication.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(publication.dataset()).query(NAMES).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    String network = s.getResource("network").getURI();
                    String slug = be.wallonia.clusterkg.extract.Text.slug(s.getLiteral("name").getString());
                    publication.iris().kind(network).map(kind -> publication.iris().id(kind, slug))
                            .filter(alias -> !slug.isEmpty() && !alias.equals(network))
                            .ifPresent(alias -> byIri.putIfAbsent(alias, network));
                });
            }
        });
        byIri.keySet().removeIf(describer::isKnown);
        return Map.copyOf(byIri);
    }

    boolean isKnown(String iri) {
        return known.computeIfAbsent(iri, describer::isKnown);
    }

    /**
     * The document in an RDF format: in its default graph, every statement about the resource and what the
     * document is; in a format that holds named graphs, also each statement in the graph of the source that made
     * it.
     */
    byte[] rdf(String iri, MediaTypes.Rdf format) {
        return rendered.computeIfAbsent(iri + "|" + format.mediaType(), k -> {
            DatasetGraph document = describer.describe(iri);
            Graph content = document.getDefaultGraph();
            document.stream().toList().forEach(q -> content.add(q.asTriple()));
            withDocumentMetadata(iri, content);
            document.prefixes().putAll(prefixes);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.write(out, document);
            return out.toByteArray();
        });
    }

    byte[] html(String iri, String lang) {
        return rendered.computeIfAbsent(iri + "|html|" + lang, k -> {
            EntityView view = EntityView.of(iri, describer.describe(iri), publication, vocabulary.get(), lang);
            Map<String, Object> model = new HashMap<>();
            model.put("base", "/");
            model.put("lang", lang);
            model.put("other", lang.equals("fr") ? "en" : "fr");
            model.put("view", view);
            model.put("members", NetworkMembers.of(iri, publication, vocabulary.get(), lang, this));
            model.put("complementarities", NetworkComplementarities.of(iri, publication, vocabulary.get(), lang, this));
            model.put("doc", docPath(iri));
            model.put("formats", MediaTypes.ALL);
            ParameterizedSparqlString statements = new ParameterizedSparqlString(STATEMENTS);
            statements.setIri("thing", iri);
            model.put("sparql", "/ui?query=" + java.net.URLEncoder.encode(statements.toString(), StandardCharsets.UTF_8));
            return publication.pages().render("entity", model).getBytes(StandardCharsets.UTF_8);
        });
    }

    /** The link to a resource's page from a page in a language: the language is kept when it is not the default. */
    String pageLink(String iri, String lang) {
        return docPath(iri) + languageSuffix(lang);
    }

    static String languageSuffix(String lang) {
        return lang.equals(Languages.OFFERED.get(0)) ? "" : "?lang=" + lang;
    }

    /** "/doc/pole/biowin" for "{base}id/pole/biowin". */
    String docPath(String iri) {
        return publication.iris().documentPath(iri).orElseThrow();
    }

    /** The document says what it is about and where it belongs (VoID). */
    private void withDocumentMetadata(String iri, Graph content) {
        Node doc = NodeFactory.createURI(publication.iris().documentIri(publication.iris().kindAndSlug(iri).orElseThrow()));
        content.add(doc, RDF.type.asNode(), FOAF.Document.asNode());
        content.add(doc, FOAF.primaryTopic.asNode(), NodeFactory.createURI(iri));
        content.add(doc, VOID.inDataset.asNode(), NodeFactory.createURI(publication.iris().dataset()));
        content.add(doc, DCTerms.modified.asNode(), NodeFactory.createLiteralDT(
                DateTimeFormatter.ISO_INSTANT.format(publication.builtAt()), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
    }
}
