package be.wallonia.clusterkg.imports;

import be.wallonia.clusterkg.resolve.Resolver;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the cells of a member list are matched against, all read from the graph: the actor kinds and their
 * classes (by any label of the curated concept, English or French), the networks (by slug or by any name the
 * curated identities know), the NACE Rev. 2 codes (by notation).
 */
public final class MemberVocabulary {
    /** An actor kind: its concept, and the OWL class of the actors of that kind. */
    public record Kind(String concept, String actorClass) {}

    private final Resolver resolver;
    private final Map<String, String> networksBySlug = new HashMap<>();
    private final Map<String, String> actorClasses = new HashMap<>();
    private final Map<String, String> naceByCode = new HashMap<>();
    private final Map<String, String> networkLabels = new HashMap<>();

    private MemberVocabulary(Model curated, Model nace) {
        this.resolver = Resolver.of(curated);
        for (Resource type : List.of(WCO.CompanyNetwork, WCO.BusinessCluster, WCO.CompetitivenessCluster)) {
            curated.listSubjectsWithProperty(RDF.type, type).forEachRemaining(n -> {
                if (!n.isURIResource()) return;
                if (n.hasProperty(WCO.slug)) networksBySlug.put(n.getProperty(WCO.slug).getString(), n.getURI());
                resolver.curatedPrefLabel(n.getURI(), "en").ifPresent(l -> networkLabels.put(n.getURI(), l));
            });
        }
        curated.listStatements(null, WCO.actorClass, (RDFNode) null).forEachRemaining(st ->
                actorClasses.put(st.getSubject().getURI(), st.getResource().getURI()));
        nace.listStatements(null, SKOS.notation, (RDFNode) null).forEachRemaining(st ->
                naceByCode.put(st.getString().toUpperCase(Locale.ROOT), st.getSubject().getURI()));
    }

    /** The vocabulary of an assembled dataset: its curated graph and its NACE graph. */
    public static MemberVocabulary of(Dataset dataset, Iris iris) {
        return new MemberVocabulary(dataset.getNamedModel(iris.curatedGraph()), dataset.getNamedModel(iris.naceGraph()));
    }

    public static MemberVocabulary of(Model curated, Model nace) {
        return new MemberVocabulary(curated, nace);
    }

    public Optional<Kind> kind(String written) {
        return resolver.resolve(Resolver.Kind.ACTOR_KIND, written)
                .filter(actorClasses::containsKey)
                .map(k -> new Kind(k, actorClasses.get(k)));
    }

    /** The English name of an actor kind, for labels. */
    public String kindLabel(String kindIri) {
        return resolver.curatedPrefLabel(kindIri, "en").orElse(kindIri.substring(kindIri.lastIndexOf('/') + 1));
    }

    /** The actor-kind concept of an OWL class of actors. */
    public Optional<String> kindOfClass(String actorClass) {
        return actorClasses.entrySet().stream().filter(e -> e.getValue().equals(actorClass)).map(Map.Entry::getKey).findFirst();
    }

    public Optional<String> network(String written) {
        return Optional.ofNullable(networksBySlug.get(written.strip().toLowerCase(Locale.ROOT)))
                .or(() -> resolver.resolve(Resolver.Kind.NETWORK, written));
    }

    /** The network's English name, for labels; its IRI's last segment when it has none. */
    public String networkLabel(String networkIri) {
        return networkLabels.getOrDefault(networkIri, networkIri.substring(networkIri.lastIndexOf('/') + 1));
    }

    /** The NACE concept of a code written "22.21", "2221", "22.2", "22" or "C". */
    public Optional<String> nace(String written) {
        String code = written.strip().toUpperCase(Locale.ROOT);
        if (code.matches("[0-9]{4}")) code = code.substring(0, 2) + "." + code.substring(2);
        return Optional.ofNullable(naceByCode.get(code));
    }
}
