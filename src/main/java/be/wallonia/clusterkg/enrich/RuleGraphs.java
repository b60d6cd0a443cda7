package be.wallonia.clusterkg.enrich;

import be.wallonia.clusterkg.vocab.PROV;
import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.time.Instant;
import java.util.List;

/**
 * The provenance every graph made by a rule of the build carries, inferred or derived alike:
 * {@code <graph> a prov:Entity ; prov:generatedAtTime … ; prov:wasGeneratedBy [ a prov:Activity ; prov:used … ;
 * prov:wasAssociatedWith <rule> ]}, and the rule {@code a prov:Plan, wco:DerivationRule} with its label and its text.
 */
final class RuleGraphs {
    private RuleGraphs() {}

    /** Describes {@code graphIri} in {@code graph}; returns the rule's resource, for what a kind of rule adds. */
    static Resource describe(Model graph, String graphIri, String ruleIri, String ruleLabel, String ruleText,
                             String graphDescription, List<String> used, Instant now) {
        Resource plan = graph.createResource(ruleIri)
                .addProperty(RDF.type, PROV.Plan)
                .addProperty(RDF.type, WCO.DerivationRule)
                .addProperty(RDFS.label, ruleLabel, "en")
                .addProperty(RDFS.comment, ruleText);
        Resource activity = graph.createResource().addProperty(RDF.type, PROV.Activity);
        for (String u : used) activity.addProperty(PROV.used, graph.createResource(u));
        activity.addProperty(PROV.wasAssociatedWith, plan);
        graph.createResource(graphIri)
                .addProperty(RDF.type, PROV.Entity)
                .addProperty(DCTerms.description, graphDescription, "en")
                .addLiteral(PROV.generatedAtTime, graph.createTypedLiteral(now.toString(), XSDDatatype.XSDdateTime))
                .addProperty(PROV.wasGeneratedBy, activity);
        return plan;
    }

    /**
     * The union of some named graphs of a dataset as one model: a view, not a copy (the graphs of a large build are
     * not held twice). What is added to it goes to a graph of its own, first in the union, which starts empty.
     */
    static Model unionOf(Dataset dataset, List<String> graphs) {
        MultiUnion union = new MultiUnion();
        union.addGraph(GraphMemFactory.createDefaultGraph());
        for (String g : graphs) union.addGraph(dataset.getNamedModel(g).getGraph());
        return ModelFactory.createModelForGraph(union);
    }
}
