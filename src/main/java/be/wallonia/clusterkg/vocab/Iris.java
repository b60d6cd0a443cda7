package be.wallonia.clusterkg.vocab;

import org.apache.jena.irix.IRIs;

/**
 * The IRI patterns of the graph under one base: things at {@code {base}id/{kind}/{slug}}, named graphs at
 * {@code {base}graph/…}. The base is configuration, so that every IRI answers where the graph is served.
 */
public record Iris(String base) {
    public Iris {
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("the base IRI must end with '/': " + base);
        }
        if (!IRIs.check(base) || !base.matches("^https?://.+")) {
            throw new IllegalArgumentException("the base must be an absolute http(s) IRI: " + base);
        }
    }

    public String id(String kind, String slug) { return base + "id/" + kind + "/" + slug; }

    public String sourceGraph(String sourceSlug) { return base + "graph/source/" + sourceSlug; }

    public String curatedGraph() { return base + "graph/curated"; }

    public String ontologyGraph() { return base + "graph/ontology"; }

    public String metaGraph() { return base + "graph/meta"; }

    /** The graph of the NACE Rev. 2 classification, a reference vocabulary rather than a source document. */
    public String naceGraph() { return base + "graph/nace"; }

    /** The graph of what one entailment rule adds; all such graphs share {@link #inferredGraphPrefix()}. */
    public String inferredGraph(String ruleId) { return inferredGraphPrefix() + ruleId; }

    public String inferredGraphPrefix() { return base + "graph/inferred/"; }

    /**
     * A graph the build computes from other graphs by a rule of its own, not an entailment: a network's sectors,
     * complementarities, membership statistics; see {@link #derivedGraphPrefix()}.
     */
    public String derivedGraph(String ruleId) { return derivedGraphPrefix() + ruleId; }

    public String derivedGraphPrefix() { return base + "graph/derived/"; }

    public String passage(String sourceSlug, int line) { return id("passage", sourceSlug + "-l" + line); }

    public String extractor(String extractorId) { return id("extractor", extractorId); }
}
