package be.wallonia.clusterkg.serve.fragments;

import be.wallonia.clusterkg.serve.http.ErrorResponse;
import be.wallonia.clusterkg.serve.http.Publication;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code {base}.well-known/genid/…}: the skolem IRI of a blank node, which fragments write in its place, answers
 * {@code 303 See Other} to the fragment of the statements about it, so that a client that follows it finds them;
 * one that names no blank node of the graph is not found.
 */
public final class SkolemServlet extends HttpServlet {
    private final Publication publication;

    public SkolemServlet(Publication publication) {
        this.publication = publication;
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String iri = publication.iris().base() + req.getRequestURI().substring(publication.iris().basePath().length());
        Optional<Node> blank = publication.iris().blankNodeLabel(iri).map(NodeFactory::createBlankNode);
        DatasetGraph dataset = publication.dataset().asDatasetGraph();
        if (blank.isEmpty() || !Txn.calculateRead(dataset, () -> dataset.find(Node.ANY, blank.get(), Node.ANY, Node.ANY).hasNext()
                || dataset.find(Node.ANY, Node.ANY, Node.ANY, blank.get()).hasNext())) {
            ErrorResponse.send(req, resp, publication.pages(), HttpServletResponse.SC_NOT_FOUND,
                    "No blank node of the graph is named " + iri + ".");
            return;
        }
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", publication.iris().fragments("subject=" + URLEncoder.encode(iri, StandardCharsets.UTF_8)));
    }
}
