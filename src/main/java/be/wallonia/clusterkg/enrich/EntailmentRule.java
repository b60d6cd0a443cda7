package be.wallonia.clusterkg.enrich;

import org.apache.jena.reasoner.rulesys.Rule;

/**
 * One rule of {@code entailment.rules}.
 *
 * @param id         the rule's stable name, the OWL 2 RL/RDF rule it implements (e.g. {@code cax-sco}); it names
 *                   the graph {@code {base}graph/inferred/{id}} and the resource {@code {base}id/rule/{id}}
 * @param label      what the rule says, in English (its {@code # label:} comment)
 * @param cites      the RDFS and OWL 2 RL rules it implements (its {@code # implements:} comment)
 * @param text       the rule as written in the file
 * @param rule       the rule as Jena parsed it
 */
public record EntailmentRule(String id, String label, String cites, String text, Rule rule) {}
