package be.wallonia.clusterkg.serve.fragments;

import be.wallonia.clusterkg.error.UserError;
import be.wallonia.clusterkg.vocab.Iris;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TriplePatternTest {
    private static final Iris IRIS = Iris.DEFAULT;
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create().setNsPrefix("rdfs", RDFS.uri);
    private static final String LABEL = RDFS.label.getURI();

    private static Node object(String value) {
        return TriplePattern.parse(null, null, value, PREFIXES, IRIS).object();
    }

    private static Node subject(String value) {
        return TriplePattern.parse(value, null, null, PREFIXES, IRIS).subject();
    }

    private static String refusal(String subject, String predicate, String object) {
        return assertThrows(UserError.class, () -> TriplePattern.parse(subject, predicate, object, PREFIXES, IRIS)).getMessage();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "?x", "?label"})
    void nothingOrANamedVariableMatchesAnything(String value) {
        assertEquals(Node.ANY, object(value));
    }

    @Test
    void anAbsoluteIriIsThatIri() {
        assertEquals(NodeFactory.createURI(LABEL), TriplePattern.parse(null, LABEL, null, PREFIXES, IRIS).predicate());
    }

    @Test
    void anIriInAngleBracketsIsThatIri() {
        assertEquals(NodeFactory.createURI(LABEL), subject("<" + LABEL + ">"));
    }

    @Test
    void aPrefixedNameOfTheDatasetIsItsIri() {
        assertEquals(NodeFactory.createURI(LABEL), TriplePattern.parse(null, "rdfs:label", null, PREFIXES, IRIS).predicate());
    }

    @Test
    void aSkolemIriOfTheGraphIsItsBlankNode() {
        assertEquals(NodeFactory.createBlankNode("a1b2-c3"), subject(IRIS.skolem("a1b2-c3")));
    }

    @Test
    void aQuotedTextIsAString() {
        assertEquals(NodeFactory.createLiteralString("TWEED"), object("\"TWEED\""));
    }

    @Test
    void aQuotedTextWithALanguageIsALanguageString() {
        assertEquals(NodeFactory.createLiteralLang("Pôle de compétitivité", "fr"), object("\"Pôle de compétitivité\"@fr"));
    }

    @Test
    void aQuotedTextWithADatatypeIriIsATypedLiteral() {
        assertEquals(NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger), object("\"12\"^^" + XSDDatatype.XSDinteger.getURI()));
    }

    @Test
    void aDatatypeIriInAngleBracketsIsThatDatatype() {
        assertEquals(NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger),
                object("\"12\"^^<" + XSDDatatype.XSDinteger.getURI() + ">"));
    }

    @Test
    void aLiteralsTextRunsToItsLastQuote() {
        assertEquals(NodeFactory.createLiteralString("the \"jobs\" of a cluster"), object("\"the \"jobs\" of a cluster\""));
    }

    @Test
    void aRelativeIriIsRefusedNamingTheParameter() {
        assertEquals("predicate: not an absolute IRI: label (expected http://… or a prefixed name such as rdfs:label; "
                + "nothing for any)", refusal(null, "label", null));
    }

    @Test
    void aRelativeObjectIsRefusedRecallingLiteralsAreQuoted() {
        assertEquals("object: not an absolute IRI: 12 (expected http://… or a prefixed name such as rdfs:label, or a "
                + "literal in quotes; nothing for any)", refusal(null, null, "12"));
    }

    @Test
    void aRelativeDatatypeIsRefused() {
        assertEquals("object: not an absolute IRI: integer (expected a datatype such as xsd:integer)",
                refusal(null, null, "\"12\"^^integer"));
    }

    @Test
    void anIriWithASpaceIsRefused() {
        assertThrows(UserError.class, () -> subject("http://example.org/a b"));
    }

    @Test
    void aLiteralSubjectIsRefused() {
        assertEquals("subject: a literal is only ever an object, not \"TWEED\"", refusal("\"TWEED\"", null, null));
    }

    @Test
    void aLiteralWithoutItsClosingQuoteIsRefused() {
        assertEquals("object: a literal without its closing quote: \"TWEED", refusal(null, null, "\"TWEED"));
    }

    @Test
    void aLiteralFollowedByAnythingButALanguageOrADatatypeIsRefused() {
        assertEquals("object: after a literal's closing quote comes nothing, @language or ^^datatype, not @en fr",
                refusal(null, null, "\"TWEED\"@en fr"));
    }

    @Test
    void aBlankNodeLabelIsRefusedPointingToSkolemIris() {
        assertEquals("subject: a blank node's label means nothing outside the document it is in; fragments name blank "
                + "nodes by IRIs under " + IRIS.skolem(""), refusal("_:b0", null, null));
    }
}
