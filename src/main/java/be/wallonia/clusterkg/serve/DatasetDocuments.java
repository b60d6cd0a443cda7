package be.wallonia.clusterkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The documents about the dataset as a whole: the ontology, the VoID description, the dumps, the
 * sitemap and robots.txt. Each is computed once, when the server is built, from the build it serves.
 */
final class DatasetDocuments {
    private DatasetDocuments() {}

    static void register(FusekiServer.Builder server, Publication publication) {
        Negotiated ontology = OntologyDocument.negotiated(publication.iris());
        Representations ontologyVariants = OntologyDocument.representations(publication, ontology);
        for (String path : ontology.paths()) {
            server.addServlet(path, new NegotiatedServlet(publication, ontology, ontologyVariants));
        }

        Negotiated description = VoidDocument.negotiated(publication.iris());
        Representations descriptionVariants = VoidDocument.representations(publication, description);
        for (String path : description.paths()) {
            server.addServlet(path, new NegotiatedServlet(publication, description, descriptionVariants));
        }
        server.addServlet(VoidDocument.WELL_KNOWN, new NegotiatedServlet(publication, description, descriptionVariants));

        server.addServlet(DumpsServlet.PATH + "/*", DumpsServlet.of(publication));
    }
}
