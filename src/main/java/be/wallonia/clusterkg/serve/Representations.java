package be.wallonia.clusterkg.serve;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every variant of one document, written once: the graph in each RDF format offered and the HTML page in
 * each language offered. The graph does not change while it is served, so neither do they.
 */
record Representations(Map<String, byte[]> rdf, Map<String, byte[]> html) {

    /**
     * @param html the page in a language
     */
    static Representations of(Model graph, List<MediaTypes.Rdf> formats, List<String> languages,
                              Function<String, String> html) {
        Map<String, byte[]> rdf = new LinkedHashMap<>();
        for (MediaTypes.Rdf format : formats) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, graph, format.format());
            rdf.put(format.extension(), out.toByteArray());
        }
        Map<String, byte[]> pages = new LinkedHashMap<>();
        for (String lang : languages) pages.put(lang, html.apply(lang).getBytes(StandardCharsets.UTF_8));
        return new Representations(Map.copyOf(rdf), Map.copyOf(pages));
    }

    byte[] body(Negotiated.Variant variant) {
        return variant.isHtml() ? html.get(variant.language()) : rdf.get(variant.rdf().extension());
    }
}
