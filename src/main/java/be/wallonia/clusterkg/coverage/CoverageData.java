package be.wallonia.clusterkg.coverage;

import be.wallonia.clusterkg.error.UserError;

import be.wallonia.clusterkg.vocab.Iris;
import be.wallonia.clusterkg.vocab.QueryFile;
import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What a coverage report is computed from, read from a built graph whose default graph is the union of its named
 * graphs: the networks, the NACE concepts with their divisions and sections, the sources, and the facts "source S
 * says network N covers NACE concept C" (from the curated sector alignments of N and of the activity domains S
 * gives N).
 */
public record CoverageData(List<Network> networks, Map<String, Sector> sectors, List<Source> sources,
                           List<Fact> facts, Map<String, Set<String>> named, List<Claim> claims) {

    /** A cluster or pôle: IRI, slug, names, and whether it is a pôle (competitiveness cluster) by its current kind. */
    public record Network(String iri, String slug, String nameEn, String nameFr, boolean pole) {
        public String name(String lang) { return "fr".equals(lang) ? nameFr : nameEn; }
    }

    /** A NACE concept: code, English title, and the IRIs of its division (empty for a section) and section. */
    public record Sector(String iri, String code, String title, Optional<String> division, String section) {}

    /** Whether a source names a network (both IRIs), whatever it says of its sectors. */
    public boolean names(String source, String network) {
        return named.getOrDefault(source, Set.of()).contains(network);
    }

    /** A source document: IRI, slug, title, and the documents that replace it. */
    public record Source(String iri, String slug, String title, List<String> replacedBy) {}

    /** Source {@code source} says network {@code network} covers NACE concept {@code sector} (IRIs). */
    public record Fact(String network, String source, String sector) {}

    /** A source's claim about the sectors the networks cover. */
    public record Claim(String text, String source) {}

    public static CoverageData read(Dataset dataset, Iris iris) {
        return Txn.calculateRead(dataset, () -> {
            List<Network> networks = new ArrayList<>();
            Map<String, Network> byIri = new LinkedHashMap<>();
            select(dataset, iris, "networks.rq", r -> byIri.computeIfAbsent(iri(r, "network"), iri -> new Network(iri,
                    r.getLiteral("slug").getString(), r.getLiteral("nameEn").getString(), r.getLiteral("nameFr").getString(),
                    r.getResource("kind").equals(WCO.CompetitivenessCluster))));
            networks.addAll(byIri.values());
            networks.sort(Comparator.comparing(Network::pole).thenComparing(n -> n.nameEn().toLowerCase(java.util.Locale.ROOT)));

            Map<String, Sector> sectors = new TreeMap<>();
            select(dataset, iris, "sectors.rq", r -> sectors.put(iri(r, "concept"), new Sector(iri(r, "concept"),
                    r.getLiteral("code").getString(), r.getLiteral("title").getString(),
                    Optional.ofNullable(r.getResource("division")).map(d -> d.getURI()), iri(r, "section"))));

            Map<String, List<String>> replacedBy = new TreeMap<>();
            Map<String, Source> sources = new TreeMap<>();
            select(dataset, iris, "sources.rq", r -> {
                String iri = iri(r, "source");
                List<String> later = replacedBy.computeIfAbsent(iri, k -> new ArrayList<>());
                if (r.contains("replacedBy")) later.add(iri(r, "replacedBy"));
                sources.put(iri, new Source(iri, r.getLiteral("slug").getString(), r.getLiteral("title").getString(), later));
            });

            List<Fact> facts = new ArrayList<>();
            select(dataset, iris, "facts.rq", r -> {
                if (byIri.containsKey(iri(r, "network"))) facts.add(new Fact(iri(r, "network"), iri(r, "source"), iri(r, "sector")));
            });
            Map<String, Set<String>> named = new TreeMap<>();
            select(dataset, iris, "named.rq", r -> named.computeIfAbsent(iri(r, "source"), k -> new java.util.TreeSet<>())
                    .add(iri(r, "network")));
            List<Claim> claims = new ArrayList<>();
            select(dataset, iris, "claims.rq", r -> claims.add(new Claim(r.getLiteral("claim").getString(), iri(r, "source"))));
            return new CoverageData(List.copyOf(networks), sectors, List.copyOf(sources.values()), facts, named, claims);
        });
    }

    /** @throws UserError naming the known sources, when none has this slug or IRI */
    public Source source(String slugOrIri) {
        return sources.stream().filter(s -> s.slug().equals(slugOrIri) || s.iri().equals(slugOrIri)).findFirst()
                .orElseThrow(() -> new UserError("unknown source \"" + slugOrIri + "\"; expected one of "
                        + sources.stream().map(Source::slug).toList()));
    }

    private static String iri(QuerySolution row, String var) {
        return row.getResource(var).getURI();
    }

    private static void select(Dataset dataset, Iris iris, String file, Consumer<QuerySolution> each) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(QueryFile.read(CoverageData.class, file));
        // the graphs and collections any of the queries reads; a query without one of them is left as it is
        query.setIri("curated", iris.curatedGraph());
        query.setIri("meta", iris.metaGraph());
        query.setIri("nace", iris.naceGraph());
        query.setIri("naceSections", iris.id("collection", "nace-sections"));
        query.setIri("naceDivisions", iris.id("collection", "nace-divisions"));
        query.setLiteral("things", iris.thingPrefix());
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query.asQuery()).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }
}
