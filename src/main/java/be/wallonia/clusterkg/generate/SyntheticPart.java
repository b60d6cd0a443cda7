package be.wallonia.clusterkg.generate;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.generate.GeneratorInputs.Kind;
import be.wallonia.clusterkg.generate.GeneratorInputs.NaceCode;
import be.wallonia.clusterkg.vocab.QUDT;
import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One file of a synthetic graph, as a stream of triples: invented regions, activity domains (after NACE divisions),
 * members (organisations of the curated actor kinds with a NACE class), and networks — business clusters and pôles
 * with their labels, domain, sector, region, the kinds of actor they gather, their memberships and two sets of
 * membership statistics with shares by kind. Every fact is reified with the passage of a notional source document
 * it was read from, as the extractors do, so the graph passes the same shapes as a graph extracted from a document.
 *
 * <p>Pure and deterministic: the triples depend only on the plan (scale, seed), the part and the inputs; each
 * network's and each member's choices come from a random generator seeded by its own number, so parts can be
 * written in any order or in parallel. Nothing but one network's members is held in memory.
 */
public final class SyntheticPart {
    /** IRIs are minted under this base and written relative to it, so that they take the build's base. */
    public static final Iris IRIS = new Iris("http://synthetic.invalid/");

    static final int MEMBERS_PER_NETWORK = 12;
    private static final int MIN_MEMBERSHIPS = 14;
    private static final int MAX_MEMBERSHIPS = 26;
    private static final int FIRST_YEAR = 2005;
    private static final int YEARS = 20;
    /** How often each actor class is drawn for a member, in the order of the actor kinds' slugs. */
    private static final Map<String, Integer> KIND_WEIGHTS = Map.of("sme", 60, "large-enterprise", 10, "company", 5,
            "research-centre", 10, "training-centre", 5, "academic-institution", 7, "public-authority", 3);

    private static final Node PASSAGE = WCO.Passage.asNode();
    private static final Node STATEMENT = RDF.Statement.asNode();

    private final SyntheticPlan plan;
    private final GeneratorInputs inputs;
    private final int part;
    private final StreamRDF out;
    private final String slug;
    private final Node document;
    private int line;
    private long statements;

    private SyntheticPart(SyntheticPlan plan, GeneratorInputs inputs, int part, StreamRDF out) {
        this.plan = plan;
        this.inputs = inputs;
        this.part = part;
        this.out = out;
        this.slug = plan.slug(part);
        this.document = uri(IRIS.id("source", slug));
    }

    /** Sends the triples of one part of the plan to {@code out}, between {@code start()} and {@code finish()}. */
    public static void emit(SyntheticPlan plan, GeneratorInputs inputs, int part, StreamRDF out) {
        if (part < 0 || part >= plan.parts()) {
            throw new IllegalArgumentException("part " + part + " is not in 0.." + (plan.parts() - 1));
        }
        out.start();
        new SyntheticPart(plan, inputs, part, out).emitAll();
        out.finish();
    }

    private void emitAll() {
        int first = plan.firstNetwork(part);
        int count = plan.networksIn(part);
        TreeSet<Integer> regions = new TreeSet<>();
        TreeSet<Integer> divisions = new TreeSet<>();
        for (int n = first; n < first + count; n++) {
            regions.add(regionOf(n));
            divisions.add(division(n));
        }
        regions.forEach(this::region);
        divisions.forEach(this::domain);
        int firstMember = first * MEMBERS_PER_NETWORK;
        int members = count * MEMBERS_PER_NETWORK;
        List<Kind> memberKinds = new ArrayList<>(members);
        for (int m = firstMember; m < firstMember + members; m++) memberKinds.add(member(m));
        for (int n = first; n < first + count; n++) network(n, firstMember, memberKinds);
    }

    private static int regionOf(int network) { return network / SyntheticPlan.NETWORKS_PER_REGION; }

    private int division(int network) { return random("division", network).nextInt(inputs.divisions().size()); }

    private void region(int r) {
        Node region = uri(IRIS.id("region", "region-" + (r + 1)));
        Node passage = passage("Region " + (r + 1) + "\tRégion " + (r + 1));
        fact(region, RDF.type.asNode(), DCTerms.Location.asNode(), passage);
        fact(region, RDFS.label.asNode(), NodeFactory.createLiteralLang("Synthetic region " + (r + 1), "en"), passage);
        fact(region, RDFS.label.asNode(), NodeFactory.createLiteralLang("Région synthétique " + (r + 1), "fr"), passage);
    }

    private Node domainIri(int division) {
        return uri(IRIS.id("domain", "synthetic-" + inputs.divisions().get(division).slug()));
    }

    private void domain(int division) {
        NaceCode code = inputs.divisions().get(division);
        Node domain = domainIri(division);
        Node passage = passage(code.code() + "\t" + code.title());
        fact(domain, RDF.type.asNode(), WCO.ActivityDomain.asNode(), passage);
        fact(domain, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(code.title(), "en"), passage);
        fact(domain, SKOS.inScheme.asNode(), uri(IRIS.id("scheme", "activity-domains")), passage);
    }

    private static Node memberIri(int m) { return uri(IRIS.id("member", "member-" + (m + 1))); }

    private Kind member(int m) {
        SplittableRandom rnd = random("member", m);
        Kind kind = weightedKind(rnd);
        NaceCode activity = inputs.classes().get(rnd.nextInt(inputs.classes().size()));
        Node member = memberIri(m);
        String name = "Organisation " + (m + 1) + " (" + activity.title() + ")";
        Node passage = passage(name + "\t" + activity.code() + "\t" + kind.slug());
        fact(member, RDF.type.asNode(), uri(kind.actorClass()), passage);
        fact(member, RDFS.label.asNode(), NodeFactory.createLiteralLang(name, "fr"), passage);
        fact(member, ORG.classification.asNode(), uri(IRIS.id("sector", activity.slug())), passage);
        return kind;
    }

    private Kind weightedKind(SplittableRandom rnd) {
        int total = inputs.actorKinds().stream().mapToInt(k -> KIND_WEIGHTS.getOrDefault(k.slug(), 1)).sum();
        int pick = rnd.nextInt(total);
        for (Kind k : inputs.actorKinds()) {
            pick -= KIND_WEIGHTS.getOrDefault(k.slug(), 1);
            if (pick < 0) return k;
        }
        throw new IllegalStateException("weights exhausted");
    }

    private void network(int n, int firstMember, List<Kind> memberKinds) {
        SplittableRandom rnd = random("network", n);
        boolean pole = rnd.nextInt(3) == 0;
        String netSlug = (pole ? "synthetic-pole-" : "synthetic-cluster-") + (n + 1);
        Node net = uri(IRIS.id(pole ? "pole" : "cluster", netSlug));
        NaceCode division = inputs.divisions().get(division(n));
        String en = "Synthetic " + (pole ? "competitiveness cluster " : "cluster ") + (n + 1) + ": " + division.title();
        String fr = (pole ? "Pôle synthétique " : "Cluster synthétique ") + (n + 1) + " : " + division.title();
        Node passage = passage(en + "\t" + fr);
        fact(net, RDF.type.asNode(), (pole ? WCO.CompetitivenessCluster : WCO.BusinessCluster).asNode(), passage);
        fact(net, RDFS.label.asNode(), NodeFactory.createLiteralLang(en, "en"), passage);
        fact(net, RDFS.label.asNode(), NodeFactory.createLiteralLang(fr, "fr"), passage);
        fact(net, DCTerms.description.asNode(), NodeFactory.createLiteralLang("A synthetic "
                + (pole ? "competitiveness cluster" : "business cluster") + " of region " + (regionOf(n) + 1)
                + " gathering organisations active in " + division.title().toLowerCase(Locale.ROOT) + ".", "en"), passage);
        fact(net, WCO.activityDomain.asNode(), domainIri(division(n)), passage);
        fact(net, WCO.sector.asNode(), uri(IRIS.id("sector", division.slug())), passage);
        fact(net, DCTerms.spatial.asNode(), uri(IRIS.id("region", "region-" + (regionOf(n) + 1))), passage);
        fact(net, WCO.recognisedUnder.asNode(),
                uri(IRIS.id("programme", pole ? "competitiveness-clusters" : "walloon-clusters")), passage);

        int poolSize = memberKinds.size();
        int count = MIN_MEMBERSHIPS + rnd.nextInt(MAX_MEMBERSHIPS - MIN_MEMBERSHIPS + 1);
        TreeSet<Integer> chosen = new TreeSet<>();
        while (chosen.size() < Math.min(count, poolSize)) chosen.add(rnd.nextInt(poolSize));
        Map<String, Integer> byKind = new TreeMap<>();
        StringBuilder roster = new StringBuilder("Members of ").append(en).append(':');
        for (int i : chosen) {
            byKind.merge(memberKinds.get(i).slug(), 1, Integer::sum);
            roster.append(' ').append(firstMember + i + 1);
        }
        for (String kind : byKind.keySet()) fact(net, WCO.gathersActorKind.asNode(), uri(IRIS.id("actor-kind", kind)), passage);
        Node rosterPassage = passage(roster.toString());
        for (int i : chosen) {
            Node membership = uri(IRIS.id("membership", netSlug + "-" + (firstMember + i + 1)));
            fact(membership, RDF.type.asNode(), ORG.Membership.asNode(), rosterPassage);
            fact(membership, ORG.organization.asNode(), net, rosterPassage);
            fact(membership, ORG.member.asNode(), memberIri(firstMember + i), rosterPassage);
            fact(membership, DCTerms.date.asNode(), date(LocalDate.of(FIRST_YEAR + rnd.nextInt(YEARS), 1 + rnd.nextInt(12), 1)),
                    rosterPassage);
        }
        int later = FIRST_YEAR + YEARS / 2 + rnd.nextInt(YEARS / 2);
        int earlier = FIRST_YEAR + rnd.nextInt(YEARS / 2);
        statistics(net, netSlug, earlier, chosen.size() * (50 + rnd.nextInt(50)) / 100, byKind, rnd);
        statistics(net, netSlug, later, chosen.size(), byKind, rnd);
    }

    private void statistics(Node net, String netSlug, int year, int members, Map<String, Integer> byKind,
                            SplittableRandom rnd) {
        String statSlug = netSlug + "-" + year;
        Node stat = uri(IRIS.id("statistics", statSlug));
        boolean lowerBound = rnd.nextInt(4) == 0;
        Node passage = passage((lowerBound ? "more than " : "") + members + " members on 30 June " + year);
        fact(stat, RDF.type.asNode(), WCO.MembershipStatistics.asNode(), passage);
        fact(stat, WCO.statisticsOf.asNode(), net, passage);
        fact(stat, WCO.memberCount.asNode(), NodeFactory.createLiteralDT(Integer.toString(members),
                XSDDatatype.XSDnonNegativeInteger), passage);
        fact(stat, WCO.referenceDate.asNode(), date(LocalDate.of(year, 6, 30)), passage);
        if (lowerBound) fact(stat, WCO.memberCountIsLowerBound.asNode(),
                NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean), passage);
        int total = byKind.values().stream().mapToInt(Integer::intValue).sum();
        for (Map.Entry<String, Integer> e : byKind.entrySet()) {
            Node share = uri(IRIS.id("share", statSlug + "-" + e.getKey()));
            BigDecimal percent = BigDecimal.valueOf(100L * e.getValue()).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
            fact(stat, WCO.hasShare.asNode(), share, passage);
            fact(share, RDF.type.asNode(), WCO.MemberShare.asNode(), passage);
            fact(share, WCO.memberKind.asNode(), uri(IRIS.id("actor-kind", e.getKey())), passage);
            fact(share, WCO.shareValue.asNode(), NodeFactory.createLiteralDT(percent.toPlainString(), XSDDatatype.XSDdecimal), passage);
            fact(share, WCO.shareUnit.asNode(), QUDT.PERCENT.asNode(), passage);
        }
    }

    /** The next line of the notional document, quoted as the evidence of the facts that follow. */
    private Node passage(String quote) {
        line++;
        Node passage = uri(IRIS.passage(slug, line));
        out.triple(Triple.create(passage, RDF.type.asNode(), PASSAGE));
        out.triple(Triple.create(passage, WCO.quote.asNode(), NodeFactory.createLiteralString(quote)));
        out.triple(Triple.create(passage, WCO.lineNumber.asNode(),
                NodeFactory.createLiteralDT(Integer.toString(line), XSDDatatype.XSDpositiveInteger)));
        out.triple(Triple.create(passage, WCO.inDocument.asNode(), document));
        return passage;
    }

    /** A fact and its reification, as the extractors write it: the statement names the passage it was read from. */
    private void fact(Node s, Node p, Node o, Node passage) {
        out.triple(Triple.create(s, p, o));
        Node st = NodeFactory.createBlankNode("s" + (++statements));
        out.triple(Triple.create(st, RDF.type.asNode(), STATEMENT));
        out.triple(Triple.create(st, RDF.subject.asNode(), s));
        out.triple(Triple.create(st, RDF.predicate.asNode(), p));
        out.triple(Triple.create(st, RDF.object.asNode(), o));
        out.triple(Triple.create(st, WCO.evidence.asNode(), passage));
    }

    /** A generator for one numbered thing, independent of every other's, so parts need no shared state. */
    private SplittableRandom random(String what, long number) {
        return new SplittableRandom(plan.seed() * 0x9E3779B97F4A7C15L + what.hashCode() * 0xBF58476D1CE4E5B9L + number);
    }

    private static Node date(LocalDate d) { return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate); }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }
}
