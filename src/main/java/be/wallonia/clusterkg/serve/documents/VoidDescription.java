package be.wallonia.clusterkg.serve.documents;

import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.store.Dumps;
import be.wallonia.clusterkg.vocab.FILE_TYPE;
import be.wallonia.clusterkg.vocab.Iris;
import be.wallonia.clusterkg.vocab.MEDIA_TYPES;
import be.wallonia.clusterkg.vocab.PROV;
import be.wallonia.clusterkg.vocab.SPDX;
import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
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
 * with its size and source. A DCAT-AP 3.0.0 record too: its distributions (the dumps, the SPARQL endpoint, the
 * Triple Pattern Fragments, the linked-data documents), the services behind two of them, and the period its facts
 * cover. Computed once, from the build's database, in one read transaction; its words and the terms it is filed
 * under come from {@link DatasetTerms}.
 */
final class VoidDescription {
    static final String PATH = Iris.VOID_PATH;
    private static final List<String> EXAMPLES = List.of("pole/biowin", "cluster/tweed", "cluster/plastiwin");

    /**
     * One named graph, as a subset of the dataset.
     *
     * @param source the source document it is read from, or ""
     * @param licence its licence IRI, or "" when only {@code rights} can be said
     */
    record Subset(String graph, String title, String description, long triples, String source, String licence,
                  String rights) {}

    /**
     * One dump file, as a distribution of the dataset.
     *
     * @param sha256 its checksum in hex, or "" when the build lists none
     */
    record Dump(String name, String url, Lang syntax, long bytes, String sha256) {
        public String mediaType() { return syntax.getHeaderString(); }
    }

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
        Optional<TemporalCoverage> period = TemporalCoverage.of(dsg, NodeFactory.createURI(iris.ontologyGraph()));
        return new VoidDescription(graph(summary, iris, terms, period, dataset.getPrefixMapping().getNsPrefixMap()),
                summary, terms.name(terms.vocabularyLicence()));
    }

    private static Model graph(Summary s, Iris iris, DatasetTerms terms, Optional<TemporalCoverage> period,
                               Map<String, String> prefixes) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(prefixes);
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("foaf", FOAF.NS).setNsPrefix("prov", PROV.NS).setNsPrefix("spdx", SPDX.NS)
                .setNsPrefix("rdfs", RDFS.uri).setNsPrefix("xsd", XSDDatatype.XSD + "#");
        Resource dataset = m.createResource(s.dataset());
        m.createResource(iris.at(PATH)).addProperty(RDF.type, VOID.DatasetDescription).addProperty(FOAF.primaryTopic, dataset);
        Resource home = url(m, iris.base()).addProperty(RDF.type, FOAF.Document);
        dataset.addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.modified, m.createTypedLiteral(s.modified(), XSDDatatype.XSDdateTime))
                .addProperty(FOAF.homepage, home)
                .addProperty(DCAT.landingPage, home)
                .addProperty(VOID.sparqlEndpoint, m.createResource(s.sparql()))
                .addProperty(VOID.uriSpace, s.uriSpace())
                .addLiteral(VOID.triples, count(m, s.triples()))
                .addLiteral(VOID.distinctSubjects, count(m, s.distinctSubjects()))
                .addLiteral(VOID.classes, count(m, s.classes()))
                .addLiteral(VOID.properties, count(m, s.properties()));
        // documents, not datasets: DCAT-AP keeps dcterms:source for a dataset derived from another dataset
        s.sources().forEach(source -> dataset.addProperty(PROV.wasDerivedFrom, m.createResource(source)));
        s.vocabularies().forEach(ns -> dataset.addProperty(VOID.vocabulary, m.createResource(ns)));
        s.examples().forEach(e -> dataset.addProperty(VOID.exampleResource, m.createResource(e)));
        period.ifPresent(p -> dataset.addProperty(DCTerms.temporal, m.createResource(iris.at(PATH + "#period"))
                .addProperty(RDF.type, DCTerms.PeriodOfTime)
                .addProperty(DCAT.startDate, m.asRDFNode(p.start()))
                .addProperty(DCAT.endDate, m.asRDFNode(p.end()))));

        // each way to the data carries the dataset's rights, as the statement DCAT-AP asks of a distribution: no one
        // licence covers what the source documents state
        Resource rights = m.createResource(iris.at(PATH + "#rights")).addProperty(RDF.type, DCTerms.RightsStatement);
        terms.dataset().listProperties(DCTerms.rights).forEachRemaining(r -> rights.addProperty(RDFS.label, r.getObject()));
        for (Dump dump : s.dumps()) dump(m, dataset, dump, url(m, iris.dumps()), rights);
        Resource sparql = service(m, dataset, iris.sparqlService(), iris.endpoint());
        Resource fragments = service(m, dataset, iris.fragmentsService(), iris.fragments());
        distribution(m, dataset, iris.at(PATH + "#distribution-sparql"), rights).addProperty(DCAT.accessService, sparql)
                .addProperty(DCAT.accessURL, url(m, iris.endpoint()));
        distribution(m, dataset, iris.at(PATH + "#distribution-fragments"), rights).addProperty(DCAT.accessService, fragments)
                .addProperty(DCAT.accessURL, url(m, iris.fragments()));
        distribution(m, dataset, iris.at(PATH + "#distribution-documents"), rights).addProperty(DCAT.accessURL, home);

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
        terms.describeNamed(m);
        return m;
    }

    /**
     * An address the description gives as an access, download or endpoint URL. DCAT-AP 3.0.0's shapes check class
     * ranges on the description alone, without the vocabularies' inference, so it says that such a URL is a resource.
     */
    private static Resource url(Model m, String iri) {
        return m.createResource(iri).addProperty(RDF.type, RDFS.Resource);
    }

    /** One way to the dataset, under the dataset's rights. */
    private static Resource distribution(Model m, Resource dataset, String iri, Resource rights) {
        Resource distribution = m.createResource(iri).addProperty(RDF.type, DCAT.Distribution).addProperty(DCTerms.rights, rights);
        dataset.addProperty(DCAT.distribution, distribution);
        return distribution;
    }

    /** One dump file: a distribution downloaded from its own address, found on the listing with its checksum. */
    private static void dump(Model m, Resource dataset, Dump dump, Resource listing, Resource rights) {
        Resource file = distribution(m, dataset, dump.url(), rights);
        dataset.addProperty(VOID.dataDump, file);
        file.addProperty(DCAT.accessURL, listing)
                .addProperty(DCAT.downloadURL, url(m, dump.url()))
                .addProperty(DCAT.mediaType, typed(m, MEDIA_TYPES.of(dump.mediaType()), DCTerms.MediaType))
                .addProperty(DCAT.compressFormat, typed(m, MEDIA_TYPES.GZIP, DCTerms.MediaType))
                .addLiteral(DCAT.byteSize, m.createTypedLiteral(Long.toString(dump.bytes()), XSDDatatype.XSDnonNegativeInteger));
        FILE_TYPE.of(dump.syntax()).ifPresent(type -> file.addProperty(DCTerms.format, typed(m, type, DCTerms.MediaTypeOrExtent)));
        if (!dump.sha256().isEmpty()) {
            file.addProperty(SPDX.checksum, m.createResource().addProperty(RDF.type, SPDX.Checksum)
                    .addProperty(SPDX.algorithm, typed(m, SPDX.checksumAlgorithm_sha256, SPDX.ChecksumAlgorithm))
                    .addLiteral(SPDX.checksumValue, m.createTypedLiteral(dump.sha256(), XSDDatatype.XSDhexBinary)));
        }
    }

    /** A service that answers requests over the dataset at one endpoint, which describes itself. */
    private static Resource service(Model m, Resource dataset, String iri, String endpoint) {
        Resource url = url(m, endpoint);
        return m.createResource(iri).addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCAT.endpointURL, url)
                .addProperty(DCAT.endpointDescription, url)
                .addProperty(DCAT.servesDataset, dataset);
    }

    /** A term of a vocabulary the description names, with the class DCAT-AP expects of it. */
    private static Resource typed(Model m, Resource term, Resource type) {
        return term.inModel(m).addProperty(RDF.type, type);
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
        meta.listResourcesWithProperty(RDF.type, WCO.SourceDocument).forEachRemaining(r -> {
            if (r.isURIResource()) {
                Statement title = r.getProperty(DCTerms.title);
                titles.put(r.getURI(), title != null && title.getObject().isLiteral() ? title.getLiteral().getLexicalForm() : r.getURI());
            }
        });
        return titles;
    }

    private static List<Dump> dumps(Publication publication) {
        List<Dump> out = new ArrayList<>();
        Map<String, String> sums = Dumps.checksums(publication.dumpsDir());
        for (Dumps.Dump dump : Dumps.ALL) {
            Path file = publication.dumpsDir().resolve(dump.fileName());
            if (!Files.isRegularFile(file)) continue;
            try {
                out.add(new Dump(dump.fileName(), publication.iris().dump(dump.fileName()), dump.lang(), Files.size(file),
                        sums.getOrDefault(dump.fileName(), "")));
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
