package be.wallonia.clusterkg.serve.documents;

import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.store.Dumps;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The VoID and DCAT description of the dataset, {@code <{base}void#dataset>}: what it is, under which terms,
 * where to query and download it, which vocabularies it uses, how big it is, and one subset per named graph
 * with its size and source. Computed once, from the build's database, in one read transaction.
 */
final class VoidDescription {
    static final String PATH = Iris.VOID_PATH;
    private static final String WCO = "https://w3id.org/wallonia-clusters/ontology#";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final List<String> EXAMPLES = List.of("pole/biowin", "cluster/tweed", "cluster/plastiwin");

    /**
     * One named graph, as a subset of the dataset.
     *
     * @param source the source document it is read from, or ""
     * @param licence its licence IRI, or "" when only {@code rights} can be said
     */
    record Subset(String graph, String title, String description, long triples, String source, String licence,
                  String rights) {}

    /** One dump file, as a distribution of the dataset. */
    record Dump(String name, String url, String mediaType, long bytes) {}

    /** What the HTML summary shows; the same numbers as the graph. */
    record Summary(String dataset, String title, String description, String rights, String modified, long triples,
                   long distinctSubjects, int classes, int properties, String sparql, List<Dump> dumps,
                   String uriSpace, List<String> vocabularies, List<String> sources, List<String> examples,
                   List<Subset> subsets) {}

    private final Model graph;
    private final Summary summary;
    private final String vocabularyLicenceName;

    private VoidDescription(Model graph, Summary summary, String vocabularyLicenceName) {
        this.graph = graph;
        this.summary = summary;
        this.vocabularyLicenceName = vocabularyLicenceName;
    }

    /** The short name of the vocabulary's licence, for the page. */
    String vocabularyLicenceName() { return vocabularyLicenceName; }

    Model graph() { return graph; }

    Summary summary() { return summary; }

    static VoidDescription of(Publication publication) {
        return Txn.calculateRead(publication.dataset(), () -> compute(publication));
    }

    private static VoidDescription compute(Publication publication) {
        Iris iris = publication.iris();
        String base = iris.base();
        Dataset dataset = publication.dataset();
        DatasetGraph dsg = dataset.asDatasetGraph();
        Map<String, String> sourceTitles = sourceTitles(dataset, iris);
        DatasetTerms terms = DatasetTerms.of(publication);

        Set<Node> subjects = new HashSet<>();
        Set<Node> classes = new HashSet<>();
        Set<Node> properties = new HashSet<>();
        Set<String> vocabularies = new TreeSet<>();
        List<Subset> subsets = new ArrayList<>();
        long triples = 0;
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        graphs.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Node g : graphs) {
            long count = 0;
            Iterator<Quad> quads = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
            while (quads.hasNext()) {
                Quad q = quads.next();
                count++;
                subjects.add(q.getSubject());
                properties.add(q.getPredicate());
                namespace(q.getPredicate(), base).ifPresent(vocabularies::add);
                if (q.getPredicate().equals(RDF.type.asNode()) && !q.getObject().isLiteral()) {
                    classes.add(q.getObject());
                    namespace(q.getObject(), base).ifPresent(vocabularies::add);
                }
            }
            triples += count;
            subsets.add(subset(dataset, iris, terms, g.getURI(), count, sourceTitles));
        }

        String datasetIri = iris.dataset();
        List<Dump> dumps = dumps(publication);
        List<String> examples = new ArrayList<>();
        for (String example : EXAMPLES) {
            String iri = iris.thing(example);
            if (dsg.contains(Node.ANY, NodeFactory.createURI(iri), Node.ANY, Node.ANY)) examples.add(iri);
        }
        Summary summary = new Summary(datasetIri, terms.dataset(DCTerms.title, "en"), terms.dataset(DCTerms.description, "en"),
                terms.dataset(DCTerms.rights, "en"), publication.builtAt().toString(), triples, subjects.size(), classes.size(),
                properties.size(), iris.endpoint(), dumps, iris.thingPrefix(), List.copyOf(vocabularies),
                List.copyOf(new TreeSet<>(sourceTitles.keySet())), examples, subsets);
        return new VoidDescription(graph(summary, iris, terms, dataset.getPrefixMapping().getNsPrefixMap()), summary,
                terms.name(terms.vocabularyLicence()));
    }

    private static Model graph(Summary s, Iris iris, DatasetTerms terms, Map<String, String> prefixes) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(prefixes);
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("foaf", FOAF).setNsPrefix("xsd", XSDDatatype.XSD + "#");
        Resource description = m.createResource(iris.at(PATH));
        Resource dataset = m.createResource(s.dataset());
        description.addProperty(RDF.type, VOID.DatasetDescription)
                .addProperty(DCTerms.title, m.createLiteral(terms.descriptionTitle(), "en"))
                .addProperty(m.createProperty(FOAF, "primaryTopic"), dataset);
        Resource publisher = m.createResource(iris.at(PATH + "#publisher"))
                .addProperty(RDF.type, m.createResource(FOAF + "Organization"))
                .addProperty(m.createProperty(FOAF, "name"), terms.publisher().getProperty(m.createProperty(FOAF, "name")).getString());
        dataset.addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, m.createLiteral(s.title(), "en"))
                .addProperty(DCTerms.title, m.createLiteral(terms.dataset(DCTerms.title, "fr"), "fr"))
                .addProperty(DCTerms.description, m.createLiteral(s.description(), "en"))
                .addProperty(DCTerms.description, m.createLiteral(terms.dataset(DCTerms.description, "fr"), "fr"))
                .addProperty(DCTerms.rights, m.createLiteral(s.rights(), "en"))
                .addProperty(DCTerms.rights, m.createLiteral(terms.dataset(DCTerms.rights, "fr"), "fr"))
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCTerms.modified, m.createTypedLiteral(s.modified(), XSDDatatype.XSDdateTime))
                .addProperty(m.createProperty(FOAF, "homepage"), m.createResource(iris.base()))
                .addProperty(DCAT.landingPage, m.createResource(iris.base()))
                .addProperty(VOID.sparqlEndpoint, m.createResource(s.sparql()))
                .addProperty(VOID.uriSpace, s.uriSpace())
                .addLiteral(VOID.triples, count(m, s.triples()))
                .addLiteral(VOID.distinctSubjects, count(m, s.distinctSubjects()))
                .addLiteral(VOID.classes, count(m, s.classes()))
                .addLiteral(VOID.properties, count(m, s.properties()));
        s.sources().forEach(source -> dataset.addProperty(DCTerms.source, m.createResource(source)));
        s.vocabularies().forEach(ns -> dataset.addProperty(VOID.vocabulary, m.createResource(ns)));
        s.examples().forEach(e -> dataset.addProperty(VOID.exampleResource, m.createResource(e)));
        for (Dump dump : s.dumps()) {
            Resource file = m.createResource(dump.url());
            dataset.addProperty(VOID.dataDump, file).addProperty(DCAT.distribution, file);
            file.addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, file)
                    .addProperty(DCAT.mediaType, m.createResource(IANA + dump.mediaType()))
                    .addProperty(DCAT.compressFormat, m.createResource(IANA + "application/gzip"))
                    .addLiteral(DCAT.byteSize, count(m, dump.bytes()));
        }
        for (Subset subset : s.subsets()) {
            Resource r = m.createResource(subset.graph());
            dataset.addProperty(VOID.subset, r);
            r.addProperty(RDF.type, VOID.Dataset)
                    .addProperty(DCTerms.title, m.createLiteral(subset.title(), "en"))
                    .addLiteral(VOID.triples, count(m, subset.triples()));
            if (!subset.description().isEmpty()) r.addProperty(DCTerms.description, m.createLiteral(subset.description(), "en"));
            if (!subset.source().isEmpty()) r.addProperty(DCTerms.source, m.createResource(subset.source()));
            if (!subset.licence().isEmpty()) r.addProperty(DCTerms.license, m.createResource(subset.licence()));
            if (!subset.rights().isEmpty()) r.addProperty(DCTerms.rights, m.createLiteral(subset.rights(), "en"));
        }
        return m;
    }

    private static Literal count(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** What a named graph holds, in a title; its description and source as it states them of itself. */
    private static Subset subset(Dataset dataset, Iris iris, DatasetTerms terms, String graph, long triples, Map<String, String> sourceTitles) {
        Model g = dataset.getNamedModel(graph);
        Resource self = g.getResource(graph);
        String description = Optional.ofNullable(self.getProperty(DCTerms.description))
                .map(st -> st.getObject().isLiteral() ? st.getLiteral().getLexicalForm() : "").orElse("");
        String source = Optional.ofNullable(self.getProperty(DCTerms.source)).map(Statement::getObject)
                .filter(o -> o.isURIResource()).map(o -> o.asResource().getURI()).orElse("");
        String title;
        String licence = terms.curatedLicence();
        String rights = "";
        if (iris.isSourceGraph(graph)) {
            title = "What the source document “" + sourceTitles.getOrDefault(source, graph) + "” states";
            licence = "";
            rights = terms.sourceRights();
        } else if (graph.equals(iris.curatedGraph())) {
            title = "Curated facts";
        } else if (graph.equals(iris.ontologyGraph())) {
            title = "The ontology";
            licence = terms.vocabularyLicence();
        } else if (graph.equals(iris.metaGraph())) {
            title = "The manifest of the source documents";
        } else if (graph.startsWith(iris.inferredGraphPrefix())) {
            title = "What entailment rule " + graph.substring(iris.inferredGraphPrefix().length()) + " adds";
        } else {
            title = graph;
            licence = "";
        }
        return new Subset(graph, title, description, triples, source, licence, rights);
    }

    /** Every source document of the manifest, with its title. */
    private static Map<String, String> sourceTitles(Dataset dataset, Iris iris) {
        Model meta = dataset.getNamedModel(iris.metaGraph());
        Map<String, String> titles = new TreeMap<>();
        meta.listResourcesWithProperty(RDF.type, meta.createResource(WCO + "SourceDocument")).forEachRemaining(r -> {
            if (r.isURIResource()) {
                Statement title = r.getProperty(DCTerms.title);
                titles.put(r.getURI(), title != null && title.getObject().isLiteral() ? title.getLiteral().getLexicalForm() : r.getURI());
            }
        });
        return titles;
    }

    private static List<Dump> dumps(Publication publication) {
        List<Dump> out = new ArrayList<>();
        for (Dumps.Dump dump : Dumps.ALL) {
            Path file = publication.dumpsDir().resolve(dump.fileName());
            if (!Files.isRegularFile(file)) continue;
            try {
                out.add(new Dump(dump.fileName(), publication.iris().dump(dump.fileName()),
                        dump.lang().getHeaderString(), Files.size(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The namespace of an IRI (up to its last '#' or '/'), unless it is under the base. */
    private static Optional<String> namespace(Node node, String base) {
        if (!node.isURI()) return Optional.empty();
        String iri = node.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        if (cut < 0 || iri.startsWith(base)) return Optional.empty();
        return Optional.of(iri.substring(0, cut + 1));
    }
}
