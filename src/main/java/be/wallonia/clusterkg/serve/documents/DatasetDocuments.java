package be.wallonia.clusterkg.serve.documents;

import be.wallonia.clusterkg.serve.http.FixedServlet;
import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.serve.negotiate.Negotiated;
import be.wallonia.clusterkg.serve.negotiate.NegotiatedServlet;
import be.wallonia.clusterkg.serve.negotiate.Representations;
import be.wallonia.clusterkg.vocab.Iris;

import jakarta.servlet.http.HttpServlet;

import java.util.Map;

/**
 * The documents about the dataset as a whole: the ontology, the VoID description, the dumps, the
 * sitemap and robots.txt. Each is computed once, on its first request, from the build it serves.
 *
 * <ul>
 *   <li>{@code /ontology} (and {@code /ontology.ttl|.jsonld|.rdf|.nt|.trig|.nq|.html}): the ontology graph by content
 *       negotiation, its HTML documentation in English and French;</li>
 *   <li>{@code /void}, {@code /.well-known/void} (and {@code /void.ttl|…|.html}): the VoID/DCAT description;</li>
 *   <li>{@code /dumps/}: the listing, and {@code /dumps/clusterkg.trig.gz}, {@code /dumps/clusterkg.nq.gz},
 *       {@code /dumps/SHA256SUMS};</li>
 *   <li>{@code /graph/…}: each named graph at its IRI, in every RDF format;</li>
 *   <li>{@code /sitemap.xml} and {@code /robots.txt}.</li>
 * </ul>
 */
public final class DatasetDocuments {
    private DatasetDocuments() {}

    public static void register(Map<String, HttpServlet> server, Publication publication) {
        Negotiated ontology = OntologyDocument.negotiated(publication.iris());
        Representations<?> ontologyVariants = OntologyDocument.representations(publication, ontology);
        for (String path : ontology.paths()) {
            server.put(path, new NegotiatedServlet(publication, ontology, ontologyVariants));
        }

        Negotiated description = VoidDocument.negotiated(publication.iris());
        Representations<?> descriptionVariants = VoidDocument.representations(publication, description);
        for (String path : description.paths()) {
            server.put(path, new NegotiatedServlet(publication, description, descriptionVariants));
        }
        server.put(VoidDocument.WELL_KNOWN, new NegotiatedServlet(publication, description, descriptionVariants));

        server.put(DumpsServlet.PATH + "/*", DumpsServlet.of(publication));
        server.put(Iris.GRAPHS_PATH_SPEC, new GraphServlet(publication));
        server.put(Sitemap.PATH, new FixedServlet(publication, Sitemap.PATH, Sitemap.CONTENT_TYPE,
                () -> Sitemap.xml(publication)));
        server.put(RobotsTxt.PATH, new FixedServlet(publication, RobotsTxt.PATH, RobotsTxt.CONTENT_TYPE,
                () -> RobotsTxt.text(publication)));
    }
}
