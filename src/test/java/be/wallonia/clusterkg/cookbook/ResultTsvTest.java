package be.wallonia.clusterkg.cookbook;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The convention of the expected results: how each kind of RDF term is written in a TSV cell. */
class ResultTsvTest {
    private static final String BASE = "http://example.org/kg/";

    @Test
    void anIriUnderTheBaseIsWrittenWithTheBasePlaceholder() {
        assertEquals("{base}id/pole/biowin", ResultTsv.cell(NodeFactory.createURI(BASE + "id/pole/biowin"), BASE));
    }

    @Test
    void anIriOutsideTheBaseIsWrittenInFull() {
        assertEquals("https://w3id.org/wallonia-clusters/ontology#BusinessCluster",
                ResultTsv.cell(NodeFactory.createURI("https://w3id.org/wallonia-clusters/ontology#BusinessCluster"), BASE));
    }

    @Test
    void aLanguageTaggedLiteralIsItsLexicalFormThenItsTag() {
        assertEquals("Infopôle@fr", ResultTsv.cell(NodeFactory.createLiteralLang("Infopôle", "fr"), BASE));
    }

    @Test
    void aTypedLiteralIsItsLexicalFormWithoutItsDatatype() {
        assertEquals("2008-06-30", ResultTsv.cell(NodeFactory.createLiteralDT("2008-06-30", XSDDatatype.XSDdate), BASE));
        assertEquals("75.0", ResultTsv.cell(NodeFactory.createLiteralDT("75.0", XSDDatatype.XSDdecimal), BASE));
    }

    @Test
    void aPlainStringIsItsTextAlone() {
        assertEquals("headed-sections", ResultTsv.cell(NodeFactory.createLiteralString("headed-sections"), BASE));
    }

    @Test
    void anUnboundVariableIsAnEmptyCell() {
        assertEquals("", ResultTsv.cell(null, BASE));
    }

    @Test
    void tabsNewlinesAndBackslashesAreEscaped() {
        assertEquals("LOGISTICS IN WALLONIA\\tTransport\\nline\\r\\\\",
                ResultTsv.cell(NodeFactory.createLiteralString("LOGISTICS IN WALLONIA\tTransport\nline\r\\"), BASE));
    }

    @Test
    void aBlankNodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ResultTsv.cell(NodeFactory.createBlankNode(), BASE));
    }

    @Test
    void theHeaderNamesTheVariablesAndEachRowFollowsInOrder() {
        Var n = Var.alloc("network");
        Var label = Var.alloc("label");
        Node biowin = NodeFactory.createURI(BASE + "id/pole/biowin");
        Binding first = BindingFactory.binding(n, biowin, label, NodeFactory.createLiteralLang("BioWin", "en"));
        Binding second = BindingFactory.binding(n, NodeFactory.createURI(BASE + "id/pole/skywin"));
        assertEquals(List.of("network\tlabel", "{base}id/pole/biowin\tBioWin@en", "{base}id/pole/skywin\t"),
                ResultTsv.lines(List.of(n, label), List.of(first, second), BASE));
    }
}
