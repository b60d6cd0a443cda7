package be.wallonia.clusterkg.validate;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.assemble.DatasetAssembler;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.io.RDFParserMetaData;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an OWL 2 DL reasoner (HermiT, through the OWL API) says of the ontology, alone and with the data.
 *
 * <p>Profile: the ontology is in OWL 2 DL but NOT in OWL 2 RL. What keeps it out of RL (OWL API 5.1.20's
 * {@code OWL2RLProfile}, ten violations):
 * <ul>
 *   <li>{@code rdfs:range wco:statisticsOf [ owl:unionOf ( wco:CompanyNetwork wco:PolicyInstrument ) ]}: a union is
 *       not a superclass expression in RL;</li>
 *   <li>data ranges outside the RL datatypes: {@code rdf:langString} (ranges of {@code wco:coverageClaim},
 *       {@code wco:justification}, {@code wco:purposeStatement}, {@code wco:visionStatement}), {@code xsd:date}
 *       ({@code wco:adoptedOn}, {@code wco:inForceFrom}, {@code wco:referenceDate}) and {@code xsd:gYear}
 *       ({@code wco:changeYear}, {@code wco:startYear}).</li>
 * </ul>
 */
class OntologyReasoningTest {
    static final String WCO = "https://w3id.org/wallonia-clusters/ontology#";
    static final String ONTOLOGY_FILE = "ontology/clusterkg.ttl";
    static final String GRAPH = Iris.DEFAULT_BASE + "graph/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final Set<String> REIFICATION = Set.of(RDF + "subject", RDF + "predicate", RDF + "object");

    static {
        // The OWL API logs, one INFO line each, the triples it cannot read as OWL (here the ~2,000 rdf:subject,
        // rdf:predicate and rdf:object triples of the reified statements); the test below checks them instead.
        System.setProperty("org.slf4j.simpleLogger.log.org.semanticweb.owlapi.rdf.rdfxml.parser.OWLRDFConsumer", "warn");
    }

    static Model ontologyModel;
    static OWLOntology ontology;
    static OWLReasoner reasoner;
    static Model data;
    static OWLOntology ontologyWithData;

    @BeforeAll
    static void load() throws OWLOntologyCreationException {
        ontology = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(
                new FileDocumentSource(new File(ONTOLOGY_FILE), new TurtleDocumentFormat()));
        reasoner = new ReasonerFactory().createReasoner(ontology);

        Dataset dataset = DatasetAssembler.create().build().assemble().dataset();
        data = ModelFactory.createDefaultModel().add(dataset.getNamedModel(GRAPH + "curated"));
        dataset.listModelNames().forEachRemaining(g -> {
            if (g.getURI().startsWith(GRAPH + "source/")) data.add(dataset.getNamedModel(g));
        });
        ontologyModel = RDFParser.source(ONTOLOGY_FILE).toModel();
        ontologyWithData = toOwl(ModelFactory.createDefaultModel().add(ontologyModel).add(data));
    }

    /** Hands a Jena model to the OWL API, as N-Triples (which its own Turtle parser reads) in memory. */
    static OWLOntology toOwl(Model model) throws OWLOntologyCreationException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, Lang.NTRIPLES);
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        return manager.loadOntologyFromOntologyDocument(new StreamDocumentSource(new ByteArrayInputStream(out.toByteArray()),
                IRI.create("urn:x-clusterkg:test"), new TurtleDocumentFormat(), null));
    }

    static boolean consistent(OWLOntology o) {
        return new ReasonerFactory().createReasoner(o).isConsistent();
    }

    @Test
    void ontologyIsConsistent() {
        assertTrue(reasoner.isConsistent(), "HermiT finds " + ONTOLOGY_FILE + " inconsistent");
    }

    @Test
    void everyWcoClassIsSatisfiable() {
        List<OWLClass> wcoClasses = ontology.classesInSignature()
                .filter(c -> c.getIRI().toString().startsWith(WCO)).sorted().toList();
        assertFalse(wcoClasses.isEmpty(), "the ontology declares no wco: class");
        List<String> unsatisfiable = wcoClasses.stream().filter(c -> !reasoner.isSatisfiable(c))
                .map(c -> "wco:" + c.getIRI().getRemainder().orElse("")).toList();
        assertEquals(List.of(), unsatisfiable, "unsatisfiable wco: classes");
    }

    /** OWL 2 DL, and not RL: see the class comment for the axioms that keep it out of RL. */
    @Test
    void ontologyIsInTheOwl2DlProfile() {
        List<OWLProfileViolation> violations = new OWL2DLProfile().checkOntology(ontology).getViolations();
        assertEquals("", violations.stream().map(v -> v.getClass().getSimpleName() + ": " + v).sorted()
                .collect(Collectors.joining("\n")), "OWL 2 DL profile violations");
    }

    /**
     * The curated graph and every source graph, with the ontology. The reified statements are kept: their
     * rdf:subject, rdf:predicate and rdf:object triples have no OWL 2 DL reading (reserved vocabulary), so the
     * OWL API leaves them aside, which the next test checks is all it leaves aside.
     *
     * <p>What HermiT cannot see: xsd:date and xsd:gYear are not in the OWL 2 datatype map and rdf:langString is
     * not an OWL 2 datatype, so HermiT treats them as opaque: a value of the wrong type in those ranges (tried: an
     * xsd:dateTime for wco:adoptedOn, a plain string for wco:justification) does not make the data inconsistent.
     */
    @Test
    void dataDoNotMakeTheOntologyInconsistent() {
        long start = System.nanoTime();
        OWLReasoner r = new ReasonerFactory().createReasoner(ontologyWithData);
        boolean consistent = r.isConsistent();
        if (consistent) r.precomputeInferences(InferenceType.CLASS_HIERARCHY);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("HermiT: consistency+classification of ontology+data (%d triples, %d axioms) in %d ms%n",
                ontologyModel.size() + data.size(), ontologyWithData.getAxiomCount(), ms);
        assertTrue(consistent, "HermiT finds the ontology with the curated and source graphs inconsistent");
    }

    @Test
    void theOnlyDataTriplesWithoutAnOwlReadingAreThoseOfReifiedStatements() {
        RDFParserMetaData loaded = (RDFParserMetaData) ontologyWithData.getFormat().getOntologyLoaderMetaData().orElseThrow();
        Set<String> unread = new TreeSet<>();
        loaded.getUnparsedTriples().forEach(t -> {
            if (!REIFICATION.contains(t.getPredicate().getIRI().toString())) unread.add(t.toString());
        });
        assertEquals(Set.of(), unread, "triples the OWL API could not read as OWL");
    }

    /** The check above can fail: a value outside a data property's range, read the same way, is caught. */
    @Test
    void aValueOutsideItsPropertysRangeMakesTheDataInconsistent() throws OWLOntologyCreationException {
        Model broken = ModelFactory.createDefaultModel().add(ontologyModel);
        broken.createResource("urn:x-clusterkg:statistics").addLiteral(broken.createProperty(WCO + "memberCount"),
                broken.createTypedLiteral("-3", XSDDatatype.XSDinteger));
        assertFalse(consistent(toOwl(broken)), "a member count of -3 (range xsd:nonNegativeInteger) went unnoticed");
    }
}
