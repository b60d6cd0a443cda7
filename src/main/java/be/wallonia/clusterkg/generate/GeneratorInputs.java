package be.wallonia.clusterkg.generate;

import be.wallonia.clusterkg.error.UserError;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.assemble.NaceConcepts;
import be.wallonia.clusterkg.source.TurtleFile;
import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the generator draws on from the real data, so that a synthetic graph links to the real vocabularies:
 * the NACE Rev. 2 divisions (the domains and sectors of networks) and classes (the activities of members),
 * and the actor kinds of the curated graph with the OWL class of the actors each names.
 */
public record GeneratorInputs(List<NaceCode> divisions, List<NaceCode> classes, List<Kind> actorKinds) {

    /** A NACE Rev. 2 code, its slug in the graph and its English title. */
    public record NaceCode(String code, String slug, String title) {}

    /** An actor-kind concept ({@code id/actor-kind/{slug}}) and the class of the actors it names. */
    public record Kind(String slug, String actorClass) {}

    public GeneratorInputs {
        if (divisions.isEmpty() || classes.isEmpty()) {
            throw new UserError("the generator needs NACE Rev. 2 divisions and classes; none were read");
        }
        if (actorKinds.isEmpty()) {
            throw new UserError("the generator needs actor kinds (wco:ActorKind with wco:actorClass) "
                    + "in the curated graph; none were read");
        }
    }

    public static GeneratorInputs read(Path dataDir, Iris iris) {
        Model nace = NaceConcepts.read(dataDir.resolve("reference").resolve("nace-rev2.csv"), iris);
        List<NaceCode> divisions = new ArrayList<>();
        List<NaceCode> classes = new ArrayList<>();
        for (Resource sector : nace.listSubjectsWithProperty(RDF.type, WCO.Sector).toList()) {
            String code = sector.getProperty(SKOS.notation).getString();
            Statement title = sector.getProperty(SKOS.prefLabel, "en");
            NaceCode c = new NaceCode(code, NaceConcepts.slug(code), title.getString());
            if (code.matches("[0-9]{2}")) divisions.add(c);
            else if (code.matches("[0-9]{2}\\.[0-9]{2}")) classes.add(c);
        }
        divisions.sort(Comparator.comparing(NaceCode::code));
        classes.sort(Comparator.comparing(NaceCode::code));

        Model curated = ModelFactory.createDefaultModel();
        for (Path file : TurtleFile.filesIn(dataDir.resolve("curated"))) curated.add(TurtleFile.read(file, iris.base()));
        String prefix = iris.id("actor-kind", "");
        List<Kind> kinds = new ArrayList<>();
        for (Resource kind : curated.listSubjectsWithProperty(RDF.type, WCO.ActorKind).toList()) {
            Statement actorClass = kind.getProperty(WCO.actorClass);
            if (actorClass == null || !kind.getURI().startsWith(prefix)) continue;
            kinds.add(new Kind(kind.getURI().substring(prefix.length()), actorClass.getResource().getURI()));
        }
        kinds.sort(Comparator.comparing(Kind::slug));
        return new GeneratorInputs(List.copyOf(divisions), List.copyOf(classes), List.copyOf(kinds));
    }
}
