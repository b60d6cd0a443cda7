package be.wallonia.clusterkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The documents about the dataset as a whole: the ontology, the VoID description, the dumps, the
 * sitemap and robots.txt.
 */
final class DatasetDocuments {
    private DatasetDocuments() {}

    static void register(FusekiServer.Builder server, Publication publication) {
    }
}
