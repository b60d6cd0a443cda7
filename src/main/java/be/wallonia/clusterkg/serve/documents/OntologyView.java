package be.wallonia.clusterkg.serve.documents;

import be.wallonia.clusterkg.vocab.VANN;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import java.util.Set;

/**
 * What the ontology's HTML documentation shows, read from the OWL graph in one language: the header, then
 * the terms of the ontology's namespace by kind, each with its labels and definitions, its place in the
 * hierarchy, its domains, ranges, inverses and characteristics.
 */
final class OntologyView {
    static final List<String> LANGUAGES = List.of("en", "fr");

    /** A text and its language ("" when it has none). */
    record Text(String value, String lang) {
        static final Text NONE = new Text("", "");
    }

    /** The ontology's own description. */
    record Header(String iri, Text title, Text description, String versionIri, String versionInfo,
                  String licence, String licenceName, List<String> creators, String created, String prefix,
                  String namespace) {}

    /**
     * A term referred to: within the page (an anchor) or elsewhere (its IRI); a union lists its members; an
     * anonymous class has no text.
     */
    record Ref(String text, String href, boolean internal, List<Ref> union) {}

    /** The label and definition of a term in a language other than the page's. */
    record InLanguage(String lang, String name, String label, String definition) {}

    record Term(String id, String iri, Text label, Text definition, Text comment, List<InLanguage> others,
                List<Ref> types, List<Ref> parents, List<Ref> children, List<Ref> domains, List<Ref> ranges,
                List<Ref> inverses, List<String> characteristics) {}

    record Section(String id, String title, List<Term> terms) {}

    private static final Map<String, Map<String, String>> TEXT = Map.of(
            "en", Map.ofEntries(
                    Map.entry("contents", "Contents"), Map.entry("iri", "Ontology IRI"),
                    Map.entry("version", "Version IRI"), Map.entry("namespace", "Namespace"),
                    Map.entry("prefix", "preferred prefix"), Map.entry("licence", "Licence"),
                    Map.entry("creators", "Creators"), Map.entry("created", "Created"),
                    Map.entry("formats", "This ontology as"), Map.entry("language", "Language"),
                    Map.entry("types", "Type"), Map.entry("subClassOf", "Subclass of"),
                    Map.entry("superClassOf", "Superclass of"), Map.entry("subPropertyOf", "Subproperty of"),
                    Map.entry("superPropertyOf", "Superproperty of"), Map.entry("domain", "Domain"),
                    Map.entry("range", "Range"), Map.entry("inverseOf", "Inverse of"),
                    Map.entry("characteristics", "Characteristics"), Map.entry("unionOf", "union of"),
                    Map.entry("anonymous", "an anonymous class")),
            "fr", Map.ofEntries(
                    Map.entry("contents", "Sommaire"), Map.entry("iri", "IRI de l'ontologie"),
                    Map.entry("version", "IRI de version"), Map.entry("namespace", "Espace de noms"),
                    Map.entry("prefix", "préfixe recommandé"), Map.entry("licence", "Licence"),
                    Map.entry("creators", "Auteurs"), Map.entry("created", "Créée le"),
                    Map.entry("formats", "Cette ontologie en"), Map.entry("language", "Langue"),
                    Map.entry("types", "Type"), Map.entry("subClassOf", "Sous-classe de"),
                    Map.entry("superClassOf", "Super-classe de"), Map.entry("subPropertyOf", "Sous-propriété de"),
                    Map.entry("superPropertyOf", "Super-propriété de"), Map.entry("domain", "Domaine"),
                    Map.entry("range", "Co-domaine"), Map.entry("inverseOf", "Inverse de"),
                    Map.entry("characteristics", "Caractéristiques"), Map.entry("unionOf", "union de"),
                    Map.entry("anonymous", "une classe anonyme")));

    /** The kinds of terms, in the order of the page: type, section anchor, title in en and fr. */
    private record Kind(Resource type, String id, String en, String fr) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(OWL2.Class, "classes", "Classes", "Classes"),
            new Kind(OWL2.ObjectProperty, "object-properties", "Object properties", "Propriétés d'objet"),
            new Kind(OWL2.DatatypeProperty, "datatype-properties", "Datatype properties", "Propriétés de données"),
            new Kind(OWL2.AnnotationProperty, "annotation-properties", "Annotation properties", "Propriétés d'annotation"),
            new Kind(OWL2.NamedIndividual, "individuals", "Named individuals", "Individus nommés"));

    private static final Map<Resource, Map<String, String>> CHARACTERISTICS = Map.of(
            OWL2.TransitiveProperty, Map.of("en", "transitive", "fr", "transitive"),
            OWL2.SymmetricProperty, Map.of("en", "symmetric", "fr", "symétrique"),
            OWL2.AsymmetricProperty, Map.of("en", "asymmetric", "fr", "asymétrique"),
            OWL2.FunctionalProperty, Map.of("en", "functional", "fr", "fonctionnelle"),
            OWL2.InverseFunctionalProperty, Map.of("en", "inverse functional", "fr", "fonctionnelle inverse"),
            OWL2.ReflexiveProperty, Map.of("en", "reflexive", "fr", "réflexive"),
            OWL2.IrreflexiveProperty, Map.of("en", "irreflexive", "fr", "irréflexive"));

    private final Model model;
    private final Resource ontology;
    private final String namespace;
    private final String prefix;
    /** The short name of a licence ("CC BY 4.0"), as the dataset's description gives it. */
    private final Function<String, String> licenceName;

    private OntologyView(Model model, Function<String, String> licenceName) {
        this.model = model;
        this.licenceName = licenceName;
        this.ontology = model.listResourcesWithProperty(RDF.type, OWL2.Ontology).nextOptional()
                .orElseThrow(() -> new IllegalArgumentException("the ontology graph declares no owl:Ontology"));
        this.namespace = literal(ontology, VANN.preferredNamespaceUri)
                .orElse(ontology.getURI() + "#");
        this.prefix = literal(ontology, VANN.preferredNamespacePrefix).orElse("");
    }

    static OntologyView of(Model ontologyGraph, Function<String, String> licenceName) {
        return new OntologyView(ontologyGraph, licenceName);
    }

    /** The template model of the page in one language ("en" or "fr"). */
    Map<String, Object> page(String lang) {
        Map<String, Object> page = new HashMap<>();
        page.put("lang", lang);
        page.put("t", TEXT.get(lang));
        page.put("ontology", header(lang));
        List<Section> sections = new ArrayList<>();
        for (Kind kind : KINDS) {
            List<Term> terms = terms(kind, lang);
            if (!terms.isEmpty()) sections.add(new Section(kind.id(), lang.equals("fr") ? kind.fr() : kind.en(), terms));
        }
        page.put("sections", sections);
        return page;
    }

    private Header header(String lang) {
        String licence = ontology.hasProperty(DCTerms.license)
                ? ontology.getProperty(DCTerms.license).getObject().toString() : "";
        List<String> creators = new ArrayList<>();
        ontology.listProperties(DCTerms.creator).forEachRemaining(s -> creators.add(s.getObject().isLiteral()
                ? s.getLiteral().getLexicalForm() : s.getObject().toString()));
        return new Header(ontology.getURI(), text(ontology, DCTerms.title, lang).orElse(new Text(ontology.getURI(), "")),
                text(ontology, DCTerms.description, lang).orElse(Text.NONE),
                resource(ontology, OWL2.versionIRI).orElse(""), literal(ontology, OWL2.versionInfo).orElse(""),
                licence, licenceName.apply(licence), creators, literal(ontology, DCTerms.created).orElse(""), prefix,
                namespace);
    }

    private List<Term> terms(Kind kind, String lang) {
        Set<Resource> members = new LinkedHashSet<>();
        model.listResourcesWithProperty(RDF.type, kind.type()).forEachRemaining(r -> {
            if (inNamespace(r) && kindOf(r) == kind) members.add(r);
        });
        List<Term> terms = new ArrayList<>();
        for (Resource r : members) terms.add(term(r, lang));
        java.text.Collator collator = java.text.Collator.getInstance(Locale.forLanguageTag(lang));
        terms.sort(Comparator.comparing((Term t) -> t.label().value(), collator).thenComparing(Term::id));
        return terms;
    }

    /** The first kind a term has, so that each term has one section (and its anchor is unique). */
    private Kind kindOf(Resource r) {
        return KINDS.stream().filter(k -> r.hasProperty(RDF.type, k.type())).findFirst().orElseThrow();
    }

    private Term term(Resource r, String lang) {
        boolean isClass = r.hasProperty(RDF.type, OWL2.Class);
        Property parent = isClass ? RDFS.subClassOf : RDFS.subPropertyOf;
        List<InLanguage> others = new ArrayList<>();
        for (String other : LANGUAGES) {
            if (other.equals(lang)) continue;
            Optional<Text> label = exact(r, RDFS.label, other);
            Optional<Text> definition = exact(r, SKOS.definition, other);
            if (label.isPresent() || definition.isPresent()) {
                String name = Locale.forLanguageTag(other).getDisplayLanguage(Locale.forLanguageTag(lang));
                others.add(new InLanguage(other, name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1),
                        label.orElse(Text.NONE).value(), definition.orElse(Text.NONE).value()));
            }
        }
        List<Ref> types = new ArrayList<>();
        if (r.hasProperty(RDF.type, OWL2.NamedIndividual)) {
            r.listProperties(RDF.type).forEachRemaining(s -> {
                if (!s.getObject().equals(OWL2.NamedIndividual)) types.add(ref(s.getObject()));
            });
        }
        List<Ref> inverses = new ArrayList<>(objects(r, OWL2.inverseOf));
        model.listSubjectsWithProperty(OWL2.inverseOf, r).forEachRemaining(s -> {
            Ref back = ref(s);
            if (!inverses.contains(back)) inverses.add(back);
        });
        List<String> characteristics = new ArrayList<>();
        CHARACTERISTICS.forEach((type, names) -> {
            if (r.hasProperty(RDF.type, type)) characteristics.add(names.get(lang));
        });
        characteristics.sort(null);
        List<Ref> children = new ArrayList<>();
        model.listSubjectsWithProperty(parent, r).forEachRemaining(s -> children.add(ref(s)));
        children.sort(Comparator.comparing(Ref::text));
        return new Term(localName(r), r.getURI(), text(r, RDFS.label, lang).orElse(new Text(localName(r), "")),
                text(r, SKOS.definition, lang).orElse(Text.NONE), text(r, RDFS.comment, lang).orElse(Text.NONE), others, types,
                objects(r, parent), children, objects(r, RDFS.domain), objects(r, RDFS.range), inverses,
                characteristics);
    }

    private List<Ref> objects(Resource r, Property p) {
        List<Ref> out = new ArrayList<>();
        r.listProperties(p).forEachRemaining(s -> out.add(ref(s.getObject())));
        out.sort(Comparator.comparing(Ref::text));
        return out;
    }

    private Ref ref(RDFNode node) {
        if (node.isURIResource()) {
            Resource r = node.asResource();
            if (inNamespace(r)) return new Ref(prefix + ":" + localName(r), "#" + localName(r), true, List.of());
            return new Ref(r.getURI(), r.getURI(), false, List.of());
        }
        if (node.isAnon() && node.asResource().hasProperty(OWL2.unionOf)) {
            RDFList members = node.asResource().getPropertyResourceValue(OWL2.unionOf).as(RDFList.class);
            List<Ref> union = new ArrayList<>();
            members.iterator().forEachRemaining(m -> union.add(ref(m)));
            return new Ref("", "", false, union);
        }
        return new Ref("", "", false, List.of()); // another anonymous class, or a literal: not expected here
    }

    /** The part of a term's IRI after the namespace: its anchor on the page. */
    private String localName(Resource r) {
        return r.getURI().substring(namespace.length());
    }

    private boolean inNamespace(Resource r) {
        return r.isURIResource() && r.getURI().startsWith(namespace) && r.getURI().length() > namespace.length();
    }

    /** The value in a language, else in English, else any. */
    private static Optional<Text> text(Resource r, Property p, String lang) {
        return exact(r, p, lang).or(() -> exact(r, p, "en")).or(() -> {
            Statement s = r.getProperty(p);
            return s != null && s.getObject().isLiteral()
                    ? Optional.of(new Text(s.getLiteral().getLexicalForm(), s.getLiteral().getLanguage()))
                    : Optional.empty();
        });
    }

    private static Optional<Text> exact(Resource r, Property p, String lang) {
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isLiteral() && s.getLiteral().getLanguage().equalsIgnoreCase(lang)) {
                return Optional.of(new Text(s.getLiteral().getLexicalForm(), lang));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> literal(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isLiteral() ? Optional.of(((Literal) s.getObject()).getLexicalForm())
                : Optional.empty();
    }

    private static Optional<String> resource(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isURIResource() ? Optional.of(s.getResource().getURI()) : Optional.empty();
    }
}
