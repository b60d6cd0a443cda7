package be.wallonia.clusterkg.serve.documents;

import be.wallonia.clusterkg.format.MediaTypes;

import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.serve.negotiate.Negotiated;
import be.wallonia.clusterkg.serve.negotiate.Representations;
import be.wallonia.clusterkg.vocab.Iris;

import java.util.List;
import java.util.Map;

/**
 * The VoID description at {@code /void} (and {@code /.well-known/void}): Turtle unless asked otherwise, the
 * other RDF formats, and an HTML summary for people.
 */
final class VoidDocument {
    static final String WELL_KNOWN = "/.well-known/void";
    private static final List<String> LANGUAGES = List.of("en");

    private VoidDocument() {}

    static Negotiated negotiated(Iris iris) {
        return Negotiated.of(iris, VoidDescription.PATH, MediaTypes.ALL, LANGUAGES);
    }

    static Representations<VoidDescription> representations(Publication publication, Negotiated document) {
        return Representations.of(() -> VoidDescription.of(publication), VoidDescription::graph, (description, lang) ->
                publication.pages().render("void", Map.of("base", publication.iris().basePath(), "lang", lang,
                        "v", description.summary(), "formats", document.alternates(),
                        "licence", description.vocabularyLicenceName())));
    }
}
