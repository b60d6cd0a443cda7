package be.wallonia.clusterkg.assemble;

import be.wallonia.clusterkg.resolve.Resolver;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.extract.Extraction;
import be.wallonia.clusterkg.extract.Extraction.FocusKind;
import be.wallonia.clusterkg.extract.Extraction.ItemRole;
import be.wallonia.clusterkg.extract.Extraction.NetworkKind;
import be.wallonia.clusterkg.extract.Layout;
import be.wallonia.clusterkg.extract.Text;
import be.wallonia.clusterkg.source.SourceEntry;
import be.wallonia.clusterkg.vocab.QUDT;
import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One document's extraction → the RDF of its named graph. Names resolve to the curated resources
 * they denote; a name no curated label knows gets an IRI of its own, and is reported.
 */
final class SourceGraphAssembler {
    private static final int SLUG_WORDS = 6;
    private static final Map<NetworkKind, Resource> NETWORK_TYPES = Map.of(
            NetworkKind.BUSINESS_CLUSTER, WCO.BusinessCluster,
            NetworkKind.COMPETITIVENESS_CLUSTER, WCO.CompetitivenessCluster,
            NetworkKind.NETWORK, WCO.CompanyNetwork);
    private static final Map<NetworkKind, String> NETWORK_KINDS = Map.of(
            NetworkKind.BUSINESS_CLUSTER, "cluster",
            NetworkKind.COMPETITIVENESS_CLUSTER, "pole",
            NetworkKind.NETWORK, "network");
    private record ItemType(String kind, Resource type, Property link, String scheme) {}
    private static final Map<FocusKind, ItemType> FOCUS = Map.of(
            FocusKind.STRATEGIC_AXIS, new ItemType("axis", WCO.StrategicAxis, WCO.hasStrategicAxis, "network-focus"),
            FocusKind.THEME, new ItemType("theme", WCO.Theme, WCO.hasTheme, "network-focus"),
            FocusKind.SEGMENT, new ItemType("segment", WCO.Segment, WCO.hasSegment, "network-focus"),
            FocusKind.VALUE_CHAIN_ROLE, new ItemType("value-chain-role", WCO.ValueChainRole, WCO.hasValueChainRole, "network-focus"));
    private static final Map<ItemRole, ItemType> ITEMS = Map.of(
            ItemRole.CHARACTERISTIC, new ItemType("characteristic", WCO.Characteristic, WCO.hasCharacteristic, "characteristics"),
            ItemRole.MISSION, new ItemType("mission", WCO.Mission, WCO.hasMission, "missions"),
            ItemRole.ADVANTAGE, new ItemType("advantage", WCO.Advantage, WCO.hasAdvantage, "advantages"),
            ItemRole.DISTINGUISHING_FEATURE, new ItemType("distinguishing-feature", WCO.DistinguishingFeature,
                    WCO.hasDistinguishingFeature, "distinguishing-features"));

    private final Iris iris;
    private final Resolver resolver;
    private final Alignment alignment;
    private final List<String> minted = new ArrayList<>();

    SourceGraphAssembler(Iris iris, Resolver resolver, Alignment alignment) {
        this.iris = iris;
        this.resolver = resolver;
        this.alignment = alignment;
    }

    /** Names that resolved to no curated resource, as "name → IRI", for the build report. */
    List<String> minted() { return List.copyOf(minted); }

    /**
     * Every line of text of a document as a passage of its graph: what a document whose shape no extractor
     * understood still gives, so that it is never lost.
     */
    void passages(Layout layout, Model model) {
        Evidenced out = new Evidenced(model, layout, iris, model.createResource(layout.source().entry().iri()));
        layout.textLines().forEach(out::passage);
    }

    /** Links each passage of the graph to the known resources it mentions (wco:mentions); returns them. */
    java.util.SortedSet<String> mentions(Model model) {
        java.util.SortedSet<String> all = new java.util.TreeSet<>();
        for (Resource passage : model.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, WCO.Passage).toList()) {
            for (String iri : resolver.mentions(passage.getProperty(WCO.quote).getString())) {
                passage.addProperty(WCO.mentions, model.createResource(iri));
                all.add(iri);
            }
        }
        return all;
    }

    Model assemble(Layout layout, Extraction extraction) {
        SourceEntry entry = layout.source().entry();
        Model model = ModelFactory.createDefaultModel();
        Resource document = model.createResource(entry.iri());
        Evidenced out = new Evidenced(model, layout, iris, document);
        Doc doc = new Doc(entry, out, entry.language(),
                model.createResource(entry.subjectIri().orElse(iris.id("programme", "walloon-clusters"))));
        extraction.networks().forEach(n -> network(doc, n));
        definitionAndItems(doc, extraction);
        extraction.statements().stream().filter(s -> s.role() != Extraction.TextRole.DEFINITION)
                .forEach(s -> statement(doc, s));
        extraction.counts().forEach(c -> out.add(programme(doc, c.noun(), c.evidence().line()), WCO.recognisedNetworkCount,
                model.createTypedLiteral(String.valueOf(c.count()), XSDDatatype.XSDnonNegativeInteger), c.evidence().line()));
        int n = 1;
        for (Extraction.MemberStatistics s : extraction.statistics()) statistics(doc, s, n++);
        extraction.timeline().forEach(e -> event(doc, e));
        extraction.authorities().forEach(a -> authority(doc, a));
        extraction.portals().forEach(p -> {
            Resource page = model.createResource(p.url());
            out.add(doc.subject, WCO.portal, page, p.evidence().line());
            out.add(document, DCTerms.source, page, p.evidence().line());
        });
        extraction.domainLists().forEach(d -> {
            Resource domain = concept(doc, iris.id("domain", Text.slug(d.text())), WCO.ActivityDomain, d.text(),
                    "activity-domains", d.evidence().line());
            out.add(domain, WCO.rank, rank(model, d.rank()), d.evidence().line());
            out.add(programme(doc, d.noun(), d.evidence().line()), DCTerms.subject, domain, d.evidence().line());
        });
        return model;
    }

    private record Doc(SourceEntry entry, Evidenced out, String lang, Resource subject) {
        Model model() { return out.model(); }
        Literal text(String s) { return out.model().createLiteral(s, lang); }
    }

    private String aligned(Doc doc, String place, String fresh) {
        return alignment.iri(doc.entry.iri(), doc.entry.translationOfIri(), place, fresh);
    }

    private Resource network(Doc doc, Extraction.NetworkMention n) {
        int line = n.evidence().line();
        String iri = resolver.resolve(Resolver.Kind.NETWORK, n.name())
                .or(() -> n.expansion().flatMap(e -> resolver.resolve(Resolver.Kind.NETWORK, e)))
                .orElseGet(() -> mint(iris.id(NETWORK_KINDS.get(n.kind()), Text.slug(n.name())), n.name()));
        Model m = doc.model();
        Resource net = m.createResource(iri);
        Evidenced out = doc.out;
        out.add(net, RDF.type, NETWORK_TYPES.get(n.kind()), line);
        out.add(net, RDFS.label, doc.text(n.name()), line);
        n.expansion().ifPresent(e -> out.add(net, SKOS.altLabel, doc.text(e), line));
        n.description().ifPresent(d -> out.add(net, DCTerms.description, doc.text(d), line));
        n.domain().ifPresent(d -> {
            String domainIri = aligned(doc, "domain|" + iri, iris.id("domain", Text.slug(d)));
            out.add(net, WCO.activityDomain,
                    concept(doc, domainIri, WCO.ActivityDomain, d, "activity-domains", line), line);
        });
        // membership of a group is read from the heading above the description: the heading is its evidence
        n.group().ifPresent(g -> out.add(net, WCO.thematicGroup, concept(doc, iris.id("group", Text.slug(g.name())),
                WCO.ThematicGroup, g.name(), "thematic-groups", g.evidence().line()), g.evidence().line()));
        String netSlug = iri.substring(iri.lastIndexOf('/') + 1);
        for (Extraction.FocusItem f : n.focus()) {
            ItemType t = FOCUS.get(f.kind());
            int l = f.evidence().line();
            Resource item = concept(doc, iris.id(t.kind, netSlug + "-" + Text.shortSlug(f.text(), SLUG_WORDS)), t.type,
                    f.text(), t.scheme, l);
            out.add(item, WCO.rank, rank(m, f.rank()), l);
            out.add(net, t.link, item, l);
        }
        List<String> actorTexts = new ArrayList<>();
        n.actorText().ifPresent(actorTexts::add);
        n.focus().stream().filter(f -> f.kind() == FocusKind.VALUE_CHAIN_ROLE).map(Extraction.FocusItem::text)
                .forEach(actorTexts::add);
        for (String text : actorTexts) {
            for (String kind : resolver.actorKinds(text)) out.add(net, WCO.gathersActorKind, m.createResource(kind), line);
        }
        return net;
    }

    private void definitionAndItems(Doc doc, Extraction extraction) {
        Evidenced out = doc.out;
        Model m = doc.model();
        Optional<Resource> definition = extraction.statements().stream()
                .filter(s -> s.role() == Extraction.TextRole.DEFINITION).findFirst().map(s -> {
                    int line = s.evidence().line();
                    Resource def = m.createResource(aligned(doc, "definition", iris.id("definition", doc.entry.slug())));
                    out.add(def, RDF.type, WCO.Definition, line);
                    out.add(def, DCTerms.description, doc.text(Text.label(s.text())), line);
                    out.add(doc.subject, WCO.hasDefinition, def, line);
                    return def;
                });
        for (Extraction.ListedItem item : extraction.items()) {
            ItemType t = ITEMS.get(item.role());
            int line = item.evidence().line();
            Resource holder = item.role() == ItemRole.CHARACTERISTIC && definition.isPresent() ? definition.get()
                    : item.about().flatMap(a -> resolver.resolvePrefix(Resolver.Kind.PROGRAMME, a)).map(m::createResource)
                    .orElse(doc.subject);
            String iri = aligned(doc, t.kind + "|" + holder.getURI() + "|" + item.rank(),
                    iris.id(t.kind, Text.shortSlug(item.text(), SLUG_WORDS)));
            Resource r = concept(doc, iri, t.type, item.text(), t.scheme, line);
            out.add(r, WCO.rank, rank(m, item.rank()), line);
            out.add(holder, t.link, r, line);
        }
    }

    private void statement(Doc doc, Extraction.StatedText s) {
        Property p = switch (s.role()) {
            case PURPOSE -> WCO.purposeStatement;
            case VISION -> WCO.visionStatement;
            case COVERAGE_CLAIM -> WCO.coverageClaim;
            case DEFINITION -> throw new IllegalArgumentException("definitions are written with their characteristics");
        };
        doc.out.add(doc.subject, p, doc.text(Text.label(s.text())), s.evidence().line());
    }

    private void statistics(Doc doc, Extraction.MemberStatistics s, int n) {
        Model m = doc.model();
        Evidenced out = doc.out;
        int line = s.evidence().line();
        String slug = doc.entry.slug() + "-" + n;
        Resource stats = m.createResource(iris.id("statistics", slug));
        out.add(stats, RDF.type, WCO.MembershipStatistics, line);
        out.add(stats, WCO.statisticsOf, doc.subject, line);
        s.memberCount().ifPresent(c -> out.add(stats, WCO.memberCount,
                m.createTypedLiteral(String.valueOf(c), XSDDatatype.XSDnonNegativeInteger), line));
        if (s.memberCount().isPresent()) out.add(stats, WCO.memberCountIsLowerBound, m.createTypedLiteral(s.lowerBound()), line);
        s.date().ifPresent(d -> out.add(stats, WCO.referenceDate,
                m.createTypedLiteral(d.date().toString(), XSDDatatype.XSDdate), d.evidence().line()));
        for (Extraction.Share share : s.shares()) {
            int l = share.evidence().line();
            List<String> kinds = resolver.actorKinds(share.memberPhrase());
            String kindSlug = kinds.isEmpty() ? Text.slug(share.memberPhrase()) : kinds.get(0).substring(kinds.get(0).lastIndexOf('/') + 1);
            Resource r = m.createResource(iris.id("share", slug + "-" + kindSlug));
            out.add(r, RDF.type, WCO.MemberShare, l);
            kinds.stream().findFirst().ifPresent(k -> out.add(r, WCO.memberKind, m.createResource(k), l));
            out.add(r, WCO.shareValue, decimal(m, share.percent()), l);
            out.add(r, WCO.shareUnit, QUDT.PERCENT, l);
            out.add(stats, WCO.hasShare, r, l);
        }
    }

    private void event(Doc doc, Extraction.PolicyEvent e) {
        int line = e.evidence().line();
        Resource programme = programme(doc, e.name(), line);
        doc.out.add(programme, RDF.type, WCO.Programme, line);
        doc.out.add(programme, RDFS.label, doc.text(e.name()), line);
        doc.out.add(programme, WCO.startYear, doc.model().createTypedLiteral(String.valueOf(e.year()), XSDDatatype.XSDgYear), line);
    }

    private void authority(Doc doc, Extraction.AuthorityMention a) {
        int line = a.evidence().line();
        Resource authority = authority(doc, a.name(), line);
        doc.out.add(doc.out.model().createResource(doc.entry.iri()), DCTerms.source, authority, line);
        a.unit().ifPresent(u -> doc.out.add(authority(doc, u, line), ORG.subOrganizationOf, authority, line));
        a.parent().ifPresent(p -> doc.out.add(authority, ORG.subOrganizationOf, authority(doc, p, line), line));
    }

    private Resource authority(Doc doc, String name, int line) {
        Resource r = doc.model().createResource(resolver.resolve(Resolver.Kind.AUTHORITY, name)
                .orElseGet(() -> mint(iris.id("authority", Text.slug(name)), name)));
        doc.out.add(r, RDF.type, WCO.PublicAuthority, line);
        doc.out.add(r, RDFS.label, doc.text(name), line);
        return r;
    }

    private Resource programme(Doc doc, String name, int line) {
        return doc.model().createResource(resolver.resolve(Resolver.Kind.PROGRAMME, name)
                .orElseGet(() -> mint(iris.id("programme", Text.slug(name)), name)));
    }

    private Resource concept(Doc doc, String iri, Resource type, String label, String scheme, int line) {
        Resource r = doc.model().createResource(iri);
        doc.out.add(r, RDF.type, type, line);
        // one preferred label per language (SKOS), across this graph and the curated one: a concept
        // worded otherwise than its preferred label gets the new wording as an alternative label
        Optional<String> preferred = resolver.curatedPrefLabel(iri, doc.lang).or(() -> r.listProperties(SKOS.prefLabel)
                .toList().stream().filter(st -> st.getLanguage().equals(doc.lang)).map(st -> st.getString()).findFirst());
        boolean same = preferred.isEmpty() || preferred.get().equals(label);
        doc.out.add(r, same ? SKOS.prefLabel : SKOS.altLabel, doc.text(label), line);
        doc.out.add(r, SKOS.inScheme, doc.model().createResource(iris.id("scheme", scheme)), line);
        return r;
    }

    /** xsd:decimal in its canonical form ("64.0"), the form TDB2 gives back. */
    private static Literal decimal(Model m, java.math.BigDecimal value) {
        String lexical = value.scale() > 0 ? value.stripTrailingZeros().toPlainString() : value.toPlainString() + ".0";
        if (!lexical.contains(".")) lexical += ".0";
        return m.createTypedLiteral(lexical, XSDDatatype.XSDdecimal);
    }

    private static Literal rank(Model m, int rank) {
        return m.createTypedLiteral(String.valueOf(rank), XSDDatatype.XSDpositiveInteger);
    }

    private String mint(String iri, String name) {
        String note = name + " → " + iri;
        if (!minted.contains(note)) minted.add(note);
        return iri;
    }
}
