package be.wallonia.clusterkg.serve.documents;

import be.wallonia.clusterkg.error.UserError;
import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.store.BuildDirectory;
import be.wallonia.clusterkg.vocab.Iris;
import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the dataset says of itself when it is published, and under which terms: read from the build's copy of
 * {@code data/curated/publication/dataset.ttl}, and from the ontology, which gives its own licence. The vocabulary
 * and the curated facts are CC BY 4.0; the source documents remain their publishers', so the dataset as a whole
 * carries a rights statement rather than one licence.
 */
record DatasetTerms(Model description, Iris iris, String vocabularyLicence) {

    static DatasetTerms of(Publication publication) {
        Path file = publication.buildDir().resolve(BuildDirectory.PUBLICATION);
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": not found; this build predates the dataset's description, rebuild it");
        }
        Model description = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(file).base(publication.iris().base()).lang(Lang.TURTLE).parse(description);
        } catch (RiotException e) {
            throw new UserError(file + ": " + e.getMessage(), e);
        }
        String vocabulary = Txn.calculateRead(publication.dataset(), () -> Optional.ofNullable(publication.dataset()
                        .getNamedModel(publication.iris().ontologyGraph()).getResource(WCO.ONTOLOGY_IRI).getProperty(DCTerms.license))
                .map(s -> s.getObject().toString()).orElse(""));
        return new DatasetTerms(description, publication.iris(), vocabulary);
    }

    Resource dataset() { return description.getResource(iris.dataset()); }

    /**
     * Adds to a description what the file says of each thing the description names, and of what that names in
     * turn: the dataset's words, its publisher, the types and labels of the licences, themes and places it
     * points to. What the file says of nothing named (the terms {@link #curatedLicence()} reads) stays out.
     */
    void describeNamed(Model m) {
        Deque<RDFNode> named = new ArrayDeque<>();
        m.listStatements().forEachRemaining(st -> {
            named.add(st.getSubject());
            named.add(st.getObject());
        });
        Set<RDFNode> seen = new HashSet<>();
        while (!named.isEmpty()) {
            RDFNode node = named.pop();
            if (!node.isResource() || !seen.add(node)) continue;
            description.listStatements(node.asResource(), null, (RDFNode) null).forEachRemaining(st -> {
                m.add(st);
                named.add(st.getObject());
            });
        }
    }

    /** The dataset's title, description or rights, in a language. */
    String dataset(Property p, String lang) { return text(dataset(), p, lang); }

    /** The licence of what this project states: curated facts, derived graphs, the manifest. */
    String curatedLicence() {
        return uri(description.getResource(iris.at(Iris.VOID_PATH + "#curated-terms")), DCTerms.license);
    }

    /** The rights over what one source document states. */
    String sourceRights() { return text(description.getResource(iris.at(Iris.VOID_PATH + "#source-terms")), DCTerms.rights, "en"); }

    /** A short name for a licence IRI ("CC BY 4.0"), or the IRI itself. */
    String name(String licence) {
        Statement label = description.getResource(licence).getProperty(RDFS.label);
        return label == null ? licence : label.getString();
    }

    private static String text(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream()
                .filter(s -> s.getObject().isLiteral() && s.getLanguage().equals(lang)).map(Statement::getString)
                .findFirst().orElse("");
    }

    private static String uri(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isURIResource() ? s.getResource().getURI() : "";
    }
}
