package be.wallonia.clusterkg.validate;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.assemble.DatasetAssembler;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Structural checks of the ontology and of the data's use of it, after the OOPS! pitfall catalogue (missing
 * annotations, undeclared or misspelled terms, cycles in hierarchies, inverses, misused domains and ranges,
 * missing ontology metadata). Each check is a static method that returns its offenders, and is tried once on
 * the real dataset and once on a tiny broken input, so that it is known to be able to fail.
 */
class OntologyHygieneTest {
    static {
        JenaSystem.init(); // before the vocabulary constants below are read
    }

    static final String WCO = "https://w3id.org/wallonia-clusters/ontology#";
    static final String BASE = Iris.DEFAULT_BASE;

    /** The vocabularies the data may use besides wco:, by their usual prefixes. */
    static final Map<String, String> WELL_KNOWN = new LinkedHashMap<>();
    static {
        WELL_KNOWN.put("rdf", RDF.getURI());
        WELL_KNOWN.put("rdfs", RDFS.getURI());
        WELL_KNOWN.put("owl", OWL2.getURI());
        WELL_KNOWN.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        WELL_KNOWN.put("skos", SKOS.getURI());
        WELL_KNOWN.put("dcterms", DCTerms.getURI());
        WELL_KNOWN.put("prov", "http://www.w3.org/ns/prov#");
        WELL_KNOWN.put("org", "http://www.w3.org/ns/org#");
        WELL_KNOWN.put("schema", "https://schema.org/");
        WELL_KNOWN.put("foaf", "http://xmlns.com/foaf/0.1/");
        WELL_KNOWN.put("dcat", "http://www.w3.org/ns/dcat#");
        WELL_KNOWN.put("void", "http://rdfs.org/ns/void#");
        WELL_KNOWN.put("vann", "http://purl.org/vocab/vann/");
    }

    static final PrefixMapping NAMES = PrefixMapping.Factory.create()
            .setNsPrefixes(WELL_KNOWN).setNsPrefix("wco", WCO).setNsPrefix("", BASE).lock();

    static final Set<Resource> PROPERTY_KINDS = Set.of(OWL2.ObjectProperty, OWL2.DatatypeProperty,
            OWL2.AnnotationProperty, RDF.Property);
    static final Set<Resource> CLASS_KINDS = Set.of(OWL2.Class, RDFS.Class);

    static Dataset dataset;
    static Model ontology;

    @BeforeAll
    static void build() {
        dataset = DatasetAssembler.create().build().assemble().dataset();
        ontology = dataset.getNamedModel(BASE + "graph/ontology");
    }

    // --- every wco: term is named and defined in English and in French -------------------------------------

    @Test
    void everyWcoTermHasALabelAndADefinitionInEnglishAndFrench() {
        assertEquals(List.of(), termsWithoutBilingualLabelAndDefinition(ontology),
                "wco: terms without an rdfs:label and a skos:definition in both @en and @fr");
    }

    @Test
    void aTermWithoutAFrenchDefinitionIsReported() {
        Model broken = turtle("""
                wco:Thing a owl:Class ; rdfs:label "thing"@en , "chose"@fr ; skos:definition "A thing."@en .
                wco:Ok a owl:Class ; rdfs:label "ok"@en , "ok"@fr ; skos:definition "Fine."@en , "Bien."@fr .
                """);
        assertEquals(List.of("wco:Thing lacks skos:definition@fr"), termsWithoutBilingualLabelAndDefinition(broken));
    }

    /** Classes, properties and individuals: every wco: IRI that the ontology types. */
    static List<String> termsWithoutBilingualLabelAndDefinition(Model ontology) {
        List<String> offenders = new ArrayList<>();
        for (Resource term : sorted(ontology.listSubjectsWithProperty(RDF.type).toSet(), OntologyHygieneTest::isWco)) {
            List<String> missing = new ArrayList<>();
            for (Property p : List.of(RDFS.label, SKOS.definition)) {
                for (String lang : List.of("en", "fr")) {
                    if (!hasText(term, p, lang)) missing.add(name(p) + "@" + lang);
                }
            }
            if (!missing.isEmpty()) offenders.add(name(term) + " lacks " + String.join(", ", missing));
        }
        return offenders;
    }

    // --- every wco: term the data use is declared ---------------------------------------------------------

    @Test
    void everyWcoTermTheDataUseIsDeclaredInTheOntology() {
        assertEquals(List.of(), undeclaredWcoTerms(dataset, ontology), "wco: terms used but not declared");
    }

    @Test
    void aMisspelledWcoPropertyOrClassIsReported() {
        Dataset data = trig("""
                <graph/source/x> { <id/cluster/a> a wco:BusinesCluster ; wco:hasFocuss <id/axis/b> ; wco:hasFocus <id/axis/b> . }
                """);
        Model declared = turtle("""
                wco:BusinessCluster a owl:Class . wco:hasFocus a owl:ObjectProperty .
                """);
        assertEquals(List.of("wco:BusinesCluster used as a class, not declared as one (in graph/source/x)",
                        "wco:hasFocuss used as a predicate, not declared as a property (in graph/source/x)"),
                undeclaredWcoTerms(data, declared));
    }

    /**
     * In every graph: wco: predicates (and the rdf:predicate of reified statements) must be declared properties,
     * wco: objects of rdf:type declared classes, and any other wco: IRI declared as something.
     */
    static List<String> undeclaredWcoTerms(Dataset data, Model ontology) {
        Map<String, Set<String>> offenders = new TreeMap<>();
        data.asDatasetGraph().find().forEachRemaining(q -> {
            String graph = graphName(q);
            Node p = q.getPredicate(), o = q.getObject();
            if (isWco(p) && !hasKind(ontology, p, PROPERTY_KINDS)) {
                note(offenders, name(p) + " used as a predicate, not declared as a property", graph);
            }
            if (isWco(o)) {
                if (p.equals(RDF.type.asNode())) {
                    if (!hasKind(ontology, o, CLASS_KINDS)) {
                        note(offenders, name(o) + " used as a class, not declared as one", graph);
                    }
                } else if (p.equals(RDF.predicate.asNode())) {
                    if (!hasKind(ontology, o, PROPERTY_KINDS)) {
                        note(offenders, name(o) + " used as the predicate of a reified statement, not declared as a property", graph);
                    }
                } else if (!ontology.contains(ontology.wrapAsResource(o), RDF.type)) {
                    note(offenders, name(o) + " used as an object, not declared", graph);
                }
            }
            if (isWco(q.getSubject()) && !ontology.contains(ontology.wrapAsResource(q.getSubject()), RDF.type)) {
                note(offenders, name(q.getSubject()) + " used as a subject, not declared", graph);
            }
        });
        return withGraphs(offenders);
    }

    // --- every other vocabulary is a well-known one ---------------------------------------------------------

    @Test
    void everyOtherVocabularyTheDataUseIsWellKnown() {
        assertEquals(List.of(), termsOfUnknownVocabularies(dataset), "predicates and classes outside wco: and "
                + WELL_KNOWN.keySet() + " (a misspelled namespace?)");
    }

    @Test
    void aPredicateOrClassInAMisspelledNamespaceIsReported() {
        Dataset data = trig("""
                @prefix schemaHttp: <http://schema.org/> .
                @prefix skosTypo: <http://www.w3.org/2004/02/skos/core/> .
                <graph/curated> { <id/cluster/a> a schemaHttp:Organization ; skosTypo:prefLabel "A" ; skos:prefLabel "A" . }
                """);
        assertEquals(List.of("<http://schema.org/Organization> used as a class (in graph/curated)",
                        "<http://www.w3.org/2004/02/skos/core/prefLabel> used as a predicate (in graph/curated)"),
                termsOfUnknownVocabularies(data));
    }

    /**
     * Predicates, objects of rdf:type and rdf:predicate, and the IRIs an ontology graph places in class or
     * property positions (rdfs:subClassOf, rdfs:subPropertyOf, rdfs:domain, rdfs:range), outside wco: and the
     * well-known vocabularies.
     */
    static List<String> termsOfUnknownVocabularies(Dataset data) {
        Map<String, Set<String>> offenders = new TreeMap<>();
        Map<Node, String> roles = Map.of(RDF.type.asNode(), "class", RDF.predicate.asNode(), "predicate",
                RDFS.subClassOf.asNode(), "class", RDFS.subPropertyOf.asNode(), "predicate",
                RDFS.domain.asNode(), "class", RDFS.range.asNode(), "class or datatype");
        data.asDatasetGraph().find().forEachRemaining(q -> {
            String graph = graphName(q);
            if (!isKnownTerm(q.getPredicate())) {
                note(offenders, "<" + q.getPredicate().getURI() + "> used as a predicate", graph);
            }
            String role = roles.get(q.getPredicate());
            if (role != null && q.getObject().isURI() && !isKnownTerm(q.getObject())) {
                note(offenders, "<" + q.getObject().getURI() + "> used as a " + role, graph);
            }
        });
        return withGraphs(offenders);
    }

    static boolean isKnownTerm(Node iri) {
        String uri = iri.getURI();
        if (uri.startsWith(WCO)) return true;
        for (String ns : WELL_KNOWN.values()) {
            if (uri.startsWith(ns)) {
                String local = uri.substring(ns.length());
                return !local.isEmpty() && !local.contains("/") && !local.contains("#");
            }
        }
        return false;
    }

    // --- no cycles in the hierarchies -----------------------------------------------------------------------

    @Test
    void wcoClassesHaveNoSubClassOfCycle() {
        assertEquals(List.of(), cycles(ontology, RDFS.subClassOf), "rdfs:subClassOf cycles among wco: classes");
    }

    @Test
    void wcoPropertiesHaveNoSubPropertyOfCycle() {
        assertEquals(List.of(), cycles(ontology, RDFS.subPropertyOf), "rdfs:subPropertyOf cycles among wco: properties");
    }

    @Test
    void aSubClassOfOrSubPropertyOfCycleIsReported() {
        Model broken = turtle("""
                wco:A rdfs:subClassOf wco:B . wco:B rdfs:subClassOf wco:C . wco:C rdfs:subClassOf wco:A .
                wco:D rdfs:subClassOf wco:A . wco:E rdfs:subClassOf wco:E .
                wco:p rdfs:subPropertyOf wco:q . wco:q rdfs:subPropertyOf wco:p .
                """);
        assertEquals(List.of("wco:A, wco:B, wco:C", "wco:E"), cycles(broken, RDFS.subClassOf));
        assertEquals(List.of("wco:p, wco:q"), cycles(broken, RDFS.subPropertyOf));
    }

    /** The cycles of {@code link} among wco: terms, each as the sorted list of the terms on it. */
    static List<String> cycles(Model ontology, Property link) {
        Map<Resource, Set<Resource>> reach = new HashMap<>();
        Set<Resource> terms = new HashSet<>();
        ontology.listStatements(null, link, (RDFNode) null).forEachRemaining(s -> {
            if (isWco(s.getSubject()) && isWco(s.getObject())) {
                terms.add(s.getSubject());
                terms.add(s.getResource());
            }
        });
        for (Resource t : terms) reach.put(t, reachable(ontology, t, link));
        Set<String> cycles = new TreeSet<>();
        for (Resource t : terms) {
            if (!reach.get(t).contains(t)) continue;
            Set<String> members = new TreeSet<>();
            for (Resource u : reach.get(t)) {
                if (reach.get(u).contains(t)) members.add(name(u));
            }
            cycles.add(String.join(", ", members));
        }
        return new ArrayList<>(cycles);
    }

    /** Everything reachable from {@code start} through one or more {@code link}s between wco: terms. */
    static Set<Resource> reachable(Model model, Resource start, Property link) {
        Set<Resource> seen = new HashSet<>();
        Deque<Resource> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            model.listObjectsOfProperty(todo.pop(), link).forEachRemaining(o -> {
                if (isWco(o) && seen.add(o.asResource())) todo.push(o.asResource());
            });
        }
        return seen;
    }

    // --- inverses -------------------------------------------------------------------------------------------

    /**
     * One direction suffices (owl:inverseOf is symmetric in OWL), but the property on each side must be a
     * declared object property, or the axiom names a term nobody defined.
     */
    @Test
    void everyInverseOfPairNamesDeclaredObjectProperties() {
        assertEquals(List.of(), inversesOfUndeclaredProperties(ontology), "owl:inverseOf naming undeclared properties");
    }

    @Test
    void anInverseOfAnUndeclaredPropertyIsReported() {
        Model broken = turtle("""
                wco:hasPart a owl:ObjectProperty ; owl:inverseOf wco:partof .
                wco:succeeds a owl:ObjectProperty ; owl:inverseOf wco:succeededBy .
                wco:succeededBy a owl:ObjectProperty ; owl:inverseOf wco:succeeds .
                """);
        assertEquals(List.of("wco:hasPart owl:inverseOf wco:partof: wco:partof is not a declared owl:ObjectProperty"),
                inversesOfUndeclaredProperties(broken));
    }

    static List<String> inversesOfUndeclaredProperties(Model ontology) {
        List<String> offenders = new ArrayList<>();
        for (Statement s : ontology.listStatements(null, OWL2.inverseOf, (RDFNode) null).toList()) {
            for (RDFNode side : List.of(s.getSubject(), s.getObject())) {
                if (!side.isURIResource() || !ontology.contains(side.asResource(), RDF.type, OWL2.ObjectProperty)) {
                    offenders.add(name(s.getSubject()) + " owl:inverseOf " + name(s.getObject()) + ": " + name(side)
                            + " is not a declared owl:ObjectProperty");
                }
            }
        }
        offenders.sort(null);
        return offenders;
    }

    // --- domains and ranges ---------------------------------------------------------------------------------

    @Test
    void everyUseOfAWcoPropertyRespectsItsDomainAndRange() {
        List<String> offenders = usesOutsideDomainOrRange(dataset, ontology);
        assertEquals(List.of(), offenders, offenders.size() + " uses of wco: properties whose subject or object "
                + "is not typed, in any graph, with the property's domain or range (or a subclass)");
    }

    @Test
    void aSubjectOutsideTheDomainAndAnUntypedObjectAreReported() {
        Model declared = turtle("""
                wco:CompanyNetwork a owl:Class . wco:BusinessCluster a owl:Class ; rdfs:subClassOf wco:CompanyNetwork .
                wco:BusinessClusterOfNote a owl:Class ; rdfs:subClassOf wco:BusinessCluster .
                wco:NetworkFocus a owl:Class . wco:StrategicAxis a owl:Class ; rdfs:subClassOf wco:NetworkFocus .
                wco:Sector a owl:Class . wco:PolicyInstrument a owl:Class .
                wco:hasFocus a owl:ObjectProperty ; rdfs:domain wco:CompanyNetwork ; rdfs:range wco:NetworkFocus .
                wco:hasStrategicAxis a owl:ObjectProperty ; rdfs:subPropertyOf wco:hasFocus ; rdfs:range wco:StrategicAxis .
                wco:statisticsOf a owl:ObjectProperty ;
                    rdfs:range [ a owl:Class ; owl:unionOf ( wco:CompanyNetwork wco:PolicyInstrument ) ] .
                """);
        Dataset data = trig("""
                <graph/curated> { <id/cluster/ok> a wco:BusinessClusterOfNote . <id/axis/x> a wco:StrategicAxis .
                                  <id/sector/s> a wco:Sector . <id/programme/p> a wco:PolicyInstrument . }
                <graph/source/x> { <id/cluster/ok> wco:hasStrategicAxis <id/axis/x> .
                                   <id/sector/s> wco:hasFocus <id/axis/x> .
                                   <id/cluster/ok> wco:hasStrategicAxis <id/axis/untyped> .
                                   <id/statistics/1> wco:statisticsOf <id/programme/p> , <id/sector/s> . }
                """);
        assertEquals(List.of(
                        "wco:hasFocus: subject :id/sector/s (in graph/source/x) is not typed wco:CompanyNetwork",
                        "wco:hasStrategicAxis: object :id/axis/untyped (in graph/source/x) is not typed wco:NetworkFocus",
                        "wco:hasStrategicAxis: object :id/axis/untyped (in graph/source/x) is not typed wco:StrategicAxis",
                        "wco:statisticsOf: object :id/sector/s (in graph/source/x) is not typed wco:CompanyNetwork or wco:PolicyInstrument"),
                usesOutsideDomainOrRange(data, declared));
    }

    /**
     * For every asserted use of a wco: property in any graph: each rdfs:domain (resp. rdfs:range) of the
     * property or of its super-properties that is a wco: class, or a union of wco: classes, must be a type of
     * the subject (resp. object) asserted directly in some graph, or a superclass of such a type.
     */
    static List<String> usesOutsideDomainOrRange(Dataset data, Model ontology) {
        Map<Node, Set<Resource>> types = new HashMap<>();
        data.asDatasetGraph().find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI()) {
                types.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(ontology.wrapAsResource(q.getObject()));
            }
        });
        Map<Node, List<List<Resource>>> domains = new HashMap<>(), ranges = new HashMap<>();
        for (Resource p : sorted(ontology.listSubjects().toSet(), r -> isWco(r) && hasKind(ontology, r.asNode(), PROPERTY_KINDS))) {
            Set<Resource> selfAndSupers = reachableAll(ontology, p, RDFS.subPropertyOf);
            selfAndSupers.add(p);
            for (Resource q : selfAndSupers) {
                collectClassConstraints(ontology, q, RDFS.domain, domains.computeIfAbsent(p.asNode(), k -> new ArrayList<>()));
                collectClassConstraints(ontology, q, RDFS.range, ranges.computeIfAbsent(p.asNode(), k -> new ArrayList<>()));
            }
        }
        Set<String> offenders = new TreeSet<>();
        data.asDatasetGraph().find().forEachRemaining(q -> {
            Node p = q.getPredicate();
            for (List<Resource> anyOf : domains.getOrDefault(p, List.of())) {
                if (!typedWithSomeSubclass(ontology, types.get(q.getSubject()), anyOf)) {
                    offenders.add(name(p) + ": subject " + name(q.getSubject()) + " (in " + graphName(q) + ") is not typed " + names(anyOf));
                }
            }
            for (List<Resource> anyOf : ranges.getOrDefault(p, List.of())) {
                if (!typedWithSomeSubclass(ontology, types.get(q.getObject()), anyOf)) {
                    offenders.add(name(p) + ": object " + name(q.getObject()) + " (in " + graphName(q) + ") is not typed " + names(anyOf));
                }
            }
        });
        return new ArrayList<>(offenders);
    }

    /** Adds each class constraint of {@code p} (a wco: class, or the wco: members of a union) as a list of alternatives. */
    static void collectClassConstraints(Model ontology, Resource p, Property which, List<List<Resource>> into) {
        for (RDFNode c : ontology.listObjectsOfProperty(p, which).toList()) {
            if (isWco(c)) {
                into.add(List.of(c.asResource()));
            } else if (c.isAnon() && c.asResource().hasProperty(OWL2.unionOf)) {
                List<RDFNode> members = c.asResource().getPropertyResourceValue(OWL2.unionOf).as(RDFList.class).asJavaList();
                if (!members.isEmpty() && members.stream().allMatch(OntologyHygieneTest::isWco)) {
                    into.add(members.stream().map(RDFNode::asResource).toList());
                }
            }
        }
    }

    static boolean typedWithSomeSubclass(Model ontology, Set<Resource> types, List<Resource> anyOf) {
        if (types == null) return false;
        for (Resource t : types) {
            Set<Resource> supers = reachableAll(ontology, t, RDFS.subClassOf);
            supers.add(t);
            for (Resource c : anyOf) if (supers.contains(c)) return true;
        }
        return false;
    }

    /** Everything reachable from {@code start} through one or more {@code link}s, whatever the namespace. */
    static Set<Resource> reachableAll(Model model, Resource start, Property link) {
        Set<Resource> seen = new HashSet<>();
        Deque<Resource> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            model.listObjectsOfProperty(todo.pop(), link).forEachRemaining(o -> {
                if (o.isResource() && seen.add(o.asResource())) todo.push(o.asResource());
            });
        }
        return seen;
    }

    // --- ontology metadata ----------------------------------------------------------------------------------

    @Test
    void ontologyHeaderHasVersionIriLicenceCreatorAndATitleInEnglishAndFrench() {
        assertEquals(List.of(), missingOntologyMetadata(ontology), "ontology header");
    }

    @Test
    void aHeaderWithoutLicenceOrFrenchTitleIsReported() {
        Model broken = turtle("""
                <https://w3id.org/wallonia-clusters/ontology> a owl:Ontology ;
                    owl:versionIRI <https://w3id.org/wallonia-clusters/ontology/0.1.0> ;
                    dcterms:creator "someone" ; dcterms:title "Title"@en ; rdfs:label "Titre"@de .
                """);
        assertEquals(List.of("<https://w3id.org/wallonia-clusters/ontology> has no dcterms:license",
                        "<https://w3id.org/wallonia-clusters/ontology> has no rdfs:label or dcterms:title @fr"),
                missingOntologyMetadata(broken));
        assertEquals(List.of("no resource is typed owl:Ontology"), missingOntologyMetadata(turtle("")));
    }

    static List<String> missingOntologyMetadata(Model ontology) {
        List<Resource> headers = ontology.listSubjectsWithProperty(RDF.type, OWL2.Ontology).toList();
        if (headers.isEmpty()) return List.of("no resource is typed owl:Ontology");
        List<String> offenders = new ArrayList<>();
        for (Resource h : headers) {
            String who = "<" + h.getURI() + ">";
            if (!h.hasProperty(OWL2.versionIRI) || !h.getProperty(OWL2.versionIRI).getObject().isURIResource()) {
                offenders.add(who + " has no owl:versionIRI");
            }
            if (!h.hasProperty(DCTerms.license)) offenders.add(who + " has no dcterms:license");
            if (!h.hasProperty(DCTerms.creator)) offenders.add(who + " has no dcterms:creator");
            for (String lang : List.of("en", "fr")) {
                if (!hasText(h, RDFS.label, lang) && !hasText(h, DCTerms.title, lang)) {
                    offenders.add(who + " has no rdfs:label or dcterms:title @" + lang);
                }
            }
        }
        return offenders;
    }

    // --- helpers --------------------------------------------------------------------------------------------

    static boolean isWco(RDFNode n) { return n.isURIResource() && n.asResource().getURI().startsWith(WCO); }

    static boolean isWco(Node n) { return n.isURI() && n.getURI().startsWith(WCO); }

    static boolean hasKind(Model ontology, Node term, Set<Resource> kinds) {
        Resource r = ontology.wrapAsResource(term);
        return kinds.stream().anyMatch(k -> ontology.contains(r, RDF.type, k));
    }

    static boolean hasText(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral).anyMatch((Literal l) -> l.getLanguage().equalsIgnoreCase(lang) && !l.getLexicalForm().isBlank());
    }

    static List<Resource> sorted(Set<Resource> resources, Predicate<Resource> keep) {
        return resources.stream().filter(keep).sorted((a, b) -> name(a).compareTo(name(b))).toList();
    }

    static String name(RDFNode n) { return name(n.asNode()); }

    static String name(Node n) {
        if (n.isURI()) {
            String shortName = NAMES.shortForm(n.getURI());
            return shortName.equals(n.getURI()) ? "<" + n.getURI() + ">" : shortName;
        }
        return n.toString();
    }

    static String names(List<Resource> classes) {
        return String.join(" or ", classes.stream().map(OntologyHygieneTest::name).toList());
    }

    static void note(Map<String, Set<String>> offences, String offence, String graph) {
        offences.computeIfAbsent(offence, k -> new TreeSet<>()).add(graph);
    }

    /** Each offence once, followed by the graphs it occurs in. */
    static List<String> withGraphs(Map<String, Set<String>> offences) {
        List<String> list = new ArrayList<>();
        offences.forEach((offence, graphs) -> list.add(offence + " (in " + String.join(", ", graphs) + ")"));
        return list;
    }

    static String graphName(Quad q) {
        return q.isDefaultGraph() ? "the default graph" : name(q.getGraph()).replaceFirst("^:", "");
    }

    static final String PREFIXES = """
            @prefix wco: <https://w3id.org/wallonia-clusters/ontology#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            """;

    static Model turtle(String ttl) {
        return RDFParser.fromString(PREFIXES + ttl, Lang.TURTLE).toModel();
    }

    static Dataset trig(String trig) {
        return RDFParser.create().fromString(PREFIXES + trig).lang(Lang.TRIG).base(BASE).toDataset();
    }
}
