package be.wallonia.clusterkg.serve.documents;

import be.wallonia.clusterkg.format.MediaTypes;

import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.serve.negotiate.Negotiated;
import be.wallonia.clusterkg.serve.negotiate.Representations;
import be.wallonia.clusterkg.vocab.Iris;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ontology at {@code /ontology}: its graph in every RDF format, and its documentation in HTML in English
 * and French, read from the ontology graph of the build on the first request.
 */
final class OntologyDocument {
    static final String PATH = "ontology";

    private OntologyDocument() {}

    static Negotiated negotiated(Iris iris) {
        return Negotiated.of(iris, PATH, MediaTypes.ALL, OntologyView.LANGUAGES);
    }

    /** The ontology graph and the view of it its pages are rendered from. */
    private record Read(Model graph, OntologyView view) {}

    static Representations<?> representations(Publication publication, Negotiated document) {
        String base = publication.iris().basePath();
        return Representations.of(() -> {
            Model graph = read(publication);
            return new Read(graph, OntologyView.of(graph, DatasetTerms.of(publication)::name));
        }, Read::graph, (read, lang) -> {
            Map<String, Object> page = read.view().page(lang);
            page.put("base", base);
            page.put("formats", document.alternates());
            page.put("languages", OntologyView.LANGUAGES.stream().map(code -> new Language(code,
                    capitalised(Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(code))),
                    code.equals(lang))).toList());
            return publication.pages().render("ontology", page);
        });
    }

    /** A language the page is offered in, named in itself ("Français"). */
    record Language(String code, String name, boolean current) {}

    /** A copy of the ontology graph, with the prefixes of the dataset that are not under the base. */
    private static Model read(Publication publication) {
        return Txn.calculateRead(publication.dataset(), () -> {
            Model graph = ModelFactory.createDefaultModel();
            graph.add(publication.dataset().getNamedModel(publication.iris().ontologyGraph()));
            publication.dataset().getPrefixMapping().getNsPrefixMap().forEach((prefix, ns) -> {
                if (!ns.startsWith(publication.iris().base())) graph.setNsPrefix(prefix, ns);
            });
            return graph;
        });
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
