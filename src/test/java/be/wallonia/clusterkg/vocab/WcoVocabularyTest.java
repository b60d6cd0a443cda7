package be.wallonia.clusterkg.vocab;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WcoVocabularyTest {
    private static final Set<Resource> DECLARATIONS = Set.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
            OWL.AnnotationProperty, OWL2NamedIndividual());

    private static Resource OWL2NamedIndividual() {
        return org.apache.jena.rdf.model.ResourceFactory.createResource(OWL.NS + "NamedIndividual");
    }

    @Test
    void everyTermTheCodeUsesIsDeclaredInTheOntologyFile() throws IllegalAccessException {
        Model ontology = RDFDataMgr.loadModel("ontology/clusterkg.ttl");
        List<String> undeclared = new ArrayList<>();
        for (Field f : WCO.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !RDFNode.class.isAssignableFrom(f.getType())) continue;
            Resource term = (Resource) f.get(null);
            boolean declared = ontology.listObjectsOfProperty(term, RDF.type).toList().stream()
                    .anyMatch(DECLARATIONS::contains);
            if (!declared) undeclared.add(term.getURI());
        }
        assertEquals(List.of(), undeclared);
    }

    @Test
    void namespaceConstantIsTheOntologyNamespace() {
        Model ontology = RDFDataMgr.loadModel("ontology/clusterkg.ttl");
        assertEquals(WCO.NS, ontology.getNsPrefixURI("wco"));
        assertEquals(true, ontology.contains(ontology.createResource(WCO.ONTOLOGY_IRI), RDF.type, OWL.Ontology));
    }
}
