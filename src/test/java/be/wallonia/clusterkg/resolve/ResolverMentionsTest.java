package be.wallonia.clusterkg.resolve;

import be.wallonia.clusterkg.source.TurtleFile;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The gazetteer of the curated labels: what a passage names, in either language, however it is written. */
class ResolverMentionsTest {
    private static final String BASE = "http://localhost:8080/";
    private static final Resolver RESOLVER = curated();

    private static Resolver curated() {
        Model m = ModelFactory.createDefaultModel();
        TurtleFile.filesIn(Path.of("data/curated")).forEach(f -> m.add(TurtleFile.read(f, BASE)));
        return Resolver.of(m);
    }

    @Test
    void aNetworkIsMentionedUnderAnyOfItsNamesAndCases() {
        assertEquals(List.of(BASE + "id/pole/logistics-in-wallonia", BASE + "id/cluster/dechets-solides"),
                RESOLVER.mentions("LOGISTICS IN WALLONIA and Déchets solides work together."));
    }

    @Test
    void aFrenchElisionDoesNotHideTheNameItPrecedes() {
        assertEquals(List.of(BASE + "id/cluster/infopole"), RESOLVER.mentions("l’Infopole Cluster TIC a pour objectif"));
    }

    @Test
    void theLongestNameWinsSoAPartOfItIsNoSecondMention() {
        assertEquals(List.of(BASE + "id/programme/contrat-d-avenir-pour-la-wallonie"),
                RESOLVER.mentions("Dès l’an 2000, le « Contrat d’Avenir pour la Wallonie » a déployé des mesures."));
    }

    @Test
    void aNetworkIsNamedByItsCuratedPreferredLabelSoThatTheNameResolves() {
        assertEquals(List.of("Infopole"), RESOLVER.networkNamesIn("l'INFOPOLE Cluster TIC"));
        assertEquals(BASE + "id/cluster/infopole", RESOLVER.resolve(Resolver.Kind.NETWORK, "Infopole").orElseThrow());
    }

    @Test
    void aWordInsideAnotherIsNoMention() {
        assertEquals(List.of(), RESOLVER.mentions("Twisted pairs and photonics-free tweeds."));
    }

    @Test
    void twoActorKindsThatShareTheirHeadAreBothFound() {
        assertEquals(List.of(BASE + "id/actor-kind/company", BASE + "id/actor-kind/research-centre", BASE + "id/actor-kind/training-centre"),
                RESOLVER.actorKinds("gathers enterprises as well as research and training centres").stream().sorted().toList());
        assertEquals(List.of(BASE + "id/actor-kind/research-centre", BASE + "id/actor-kind/training-centre"),
                RESOLVER.actorKinds("des centres de recherche et de formation").stream().sorted().toList());
    }
}
