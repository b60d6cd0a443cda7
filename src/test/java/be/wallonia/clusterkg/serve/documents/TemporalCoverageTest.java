package be.wallonia.clusterkg.serve.documents;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The period of the dataset's facts, from the values of the ontology's date and year properties. */
class TemporalCoverageTest {
    private static final Node ONTOLOGY = NodeFactory.createURI("http://example.org/graph/ontology");
    private static final Node DATA = NodeFactory.createURI("http://example.org/graph/source/a");
    private static final Node ACT = NodeFactory.createURI("http://example.org/id/act/decree");
    private static final Node ADOPTED_ON = NodeFactory.createURI("http://example.org/ontology#adoptedOn");
    private static final Node START_YEAR = NodeFactory.createURI("http://example.org/ontology#startYear");
    private static final Node ADOPTED_IN = NodeFactory.createURI("http://example.org/ontology#adoptedIn");
    /** A date the ontology gives no range to: when a graph was generated, say. */
    private static final Node GENERATED = NodeFactory.createURI("http://example.org/other#generatedOn");

    private static DatasetGraph ontology() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        dsg.add(ONTOLOGY, ADOPTED_ON, RDFS.range.asNode(), NodeFactory.createURI(XSDDatatype.XSDdate.getURI()));
        dsg.add(ONTOLOGY, START_YEAR, RDFS.range.asNode(), NodeFactory.createURI(XSDDatatype.XSDgYear.getURI()));
        dsg.add(ONTOLOGY, ADOPTED_IN, RDFS.range.asNode(), NodeFactory.createURI(XSDDatatype.XSDgYearMonth.getURI()));
        return dsg;
    }

    private static Node date(String lexical) { return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdate); }

    private static Node year(String lexical) { return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDgYear); }

    @Test
    void theCoverageRunsFromTheEarliestToTheLatestDatedFact() {
        DatasetGraph dsg = ontology();
        dsg.add(DATA, ACT, ADOPTED_ON, date("2007-01-18"));
        dsg.add(DATA, ACT, ADOPTED_ON, date("2024-07-01"));
        dsg.add(DATA, ACT, START_YEAR, year("2000"));
        assertEquals(Optional.of(new TemporalCoverage(year("2000"), date("2024-07-01"))), TemporalCoverage.of(dsg, ONTOLOGY));
    }

    @Test
    void aYearEndsOnItsLastDay() {
        DatasetGraph dsg = ontology();
        dsg.add(DATA, ACT, ADOPTED_ON, date("2024-07-01"));
        dsg.add(DATA, ACT, START_YEAR, year("2024"));
        assertEquals(year("2024"), TemporalCoverage.of(dsg, ONTOLOGY).orElseThrow().end());
    }

    @Test
    void aMonthRunsFromItsFirstToItsLastDay() {
        DatasetGraph dsg = ontology();
        Node august = NodeFactory.createLiteralDT("2005-08", XSDDatatype.XSDgYearMonth);
        dsg.add(DATA, ACT, ADOPTED_IN, august);
        dsg.add(DATA, ACT, ADOPTED_ON, date("2005-08-15"));
        assertEquals(Optional.of(new TemporalCoverage(august, august)), TemporalCoverage.of(dsg, ONTOLOGY));
    }

    @Test
    void datesOfPropertiesTheOntologyDoesNotDateFactsWithDoNotCount() {
        DatasetGraph dsg = ontology();
        dsg.add(DATA, ACT, START_YEAR, year("2000"));
        dsg.add(DATA, DATA, GENERATED, date("2026-12-04"));
        assertEquals(year("2000"), TemporalCoverage.of(dsg, ONTOLOGY).orElseThrow().end());
    }

    @Test
    void aGraphWithoutDatedFactsHasNoCoverage() {
        assertEquals(Optional.empty(), TemporalCoverage.of(ontology(), ONTOLOGY));
    }
}
