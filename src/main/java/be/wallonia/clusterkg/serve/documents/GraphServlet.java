package be.wallonia.clusterkg.serve.documents;

import be.wallonia.clusterkg.format.MediaTypes;
import be.wallonia.clusterkg.serve.http.ErrorResponse;
import be.wallonia.clusterkg.serve.http.HttpCaching;
import be.wallonia.clusterkg.serve.http.Publication;
import be.wallonia.clusterkg.serve.negotiate.Negotiated;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code {base}graph/…}: every named graph answers at its IRI with its statements, in every RDF format (by
 * extension, {@code ?format=} or {@code Accept}). The graph IRIs are in every quad document, so a client that
 * follows links (Comunica's link traversal) dereferences them; each must answer with what that source said. In a
 * quad format the statements are both in the default graph, as in every document, and in the named graph itself.
 */
final class GraphServlet extends HttpServlet {
    private final Publication publication;
    private final Map<String, byte[]> written = new ConcurrentHashMap<>();

    GraphServlet(Publication publication) {
        this.publication = publication;
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath().substring(1) + Optional.ofNullable(req.getPathInfo()).orElse("");
        String name = MediaTypes.ALL.stream().map(f -> "." + f.extension()).filter(path::endsWith).findFirst()
                .map(ext -> path.substring(0, path.length() - ext.length())).orElse(path);
        Node graph = NodeFactory.createURI(publication.iris().base() + name);
        DatasetGraph dataset = publication.dataset().asDatasetGraph();
        if (!Txn.calculateRead(dataset, () -> dataset.containsGraph(graph))) {
            ErrorResponse.send(req, resp, publication.pages(), HttpServletResponse.SC_NOT_FOUND, "No named graph is called "
                    + graph.getURI() + ". The graphs are listed in the dataset's description, /void.");
            return;
        }
        Negotiated document = Negotiated.of(publication.iris(), name, MediaTypes.ALL, List.of());
        Optional<Negotiated.Variant> variant = document.negotiate(req, resp);
        if (variant.isEmpty() || HttpCaching.notModified(req, resp, publication, variant.get().cacheKey())) return;
        byte[] body = written.computeIfAbsent(variant.get().cacheKey(), k -> write(dataset, graph, variant.get().rdf()));
        resp.setContentType(variant.get().contentType());
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) resp.getOutputStream().write(body);
    }

    private static byte[] write(DatasetGraph dataset, Node graph, MediaTypes.Rdf format) {
        DatasetGraph document = DatasetGraphFactory.create();
        Txn.executeRead(dataset, () -> {
            Graph statements = dataset.getGraph(graph);
            statements.find().forEachRemaining(t -> {
                document.getDefaultGraph().add(t);
                document.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
            });
            document.prefixes().putAll(dataset.prefixes());
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(out, document);
        return out.toByteArray();
    }
}
