package be.wallonia.clusterkg.serve.negotiate;

import be.wallonia.clusterkg.format.MediaTypes;

import be.wallonia.clusterkg.serve.http.Lazy;

import org.apache.jena.rdf.model.Model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every variant of one document: the graph in each RDF format offered and the HTML page in each language offered,
 * each written when it is first asked for and kept. The graph does not change while it is served, so neither do
 * they; writing them on demand keeps them off the server's startup.
 *
 * @param <S> what the document is made from (read from the build once, on the first request)
 */
public final class Representations<S> {
    private final Lazy<S> source;
    private final Function<S, Model> graph;
    private final BiFunction<S, String, String> html;
    private final Map<String, byte[]> written = new ConcurrentHashMap<>();

    private Representations(Supplier<S> source, Function<S, Model> graph, BiFunction<S, String, String> html) {
        this.source = Lazy.of(source);
        this.graph = graph;
        this.html = html;
    }

    /**
     * @param source what the document is made from
     * @param graph  its graph
     * @param html   its page in a language
     */
    public static <S> Representations<S> of(Supplier<S> source, Function<S, Model> graph, BiFunction<S, String, String> html) {
        return new Representations<>(source, graph, html);
    }

    byte[] body(Negotiated.Variant variant) {
        return variant.isHtml()
                ? written.computeIfAbsent("html " + variant.language(),
                        k -> html.apply(source.get(), variant.language()).getBytes(StandardCharsets.UTF_8))
                : written.computeIfAbsent("rdf " + variant.rdf().extension(), k -> rdf(variant.rdf()));
    }

    private byte[] rdf(MediaTypes.Rdf format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(out, graph.apply(source.get()).getGraph());
        return out.toByteArray();
    }
}
