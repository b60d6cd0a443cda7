package be.wallonia.clusterkg.imports;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One file per RDF format, each stating the same two facts (one in a named graph where the format has them). */
class RdfLoaderTest {
    static final String BASE = ImportFixtures.IRIS.base();
    static final String TWEED = BASE + "id/cluster/tweed";
    static final String THING = BASE + "id/organisation/exemple";

    @TempDir Path dir;

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("x.ttl", """
                        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                        <id/organisation/exemple> rdfs:label "Exemple SA" ; rdfs:seeAlso <id/cluster/tweed> .
                        """),
                Arguments.of("x.trig", """
                        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                        <id/organisation/exemple> rdfs:label "Exemple SA" .
                        <http://example.org/g> { <id/organisation/exemple> rdfs:seeAlso <id/cluster/tweed> }
                        """),
                Arguments.of("x.nt", """
                        <%s> <http://www.w3.org/2000/01/rdf-schema#label> "Exemple SA" .
                        <%s> <http://www.w3.org/2000/01/rdf-schema#seeAlso> <%s> .
                        """.formatted(THING, THING, TWEED)),
                Arguments.of("x.nq", """
                        <%s> <http://www.w3.org/2000/01/rdf-schema#label> "Exemple SA" <http://example.org/g1> .
                        <%s> <http://www.w3.org/2000/01/rdf-schema#seeAlso> <%s> <http://example.org/g2> .
                        """.formatted(THING, THING, TWEED)),
                Arguments.of("x.jsonld", """
                        { "@context": { "rdfs": "http://www.w3.org/2000/01/rdf-schema#" },
                          "@id": "id/organisation/exemple", "rdfs:label": "Exemple SA",
                          "rdfs:seeAlso": { "@id": "id/cluster/tweed" } }
                        """),
                Arguments.of("x.rdf", """
                        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
                          <rdf:Description rdf:about="id/organisation/exemple">
                            <rdfs:label>Exemple SA</rdfs:label>
                            <rdfs:seeAlso rdf:resource="id/cluster/tweed"/>
                          </rdf:Description>
                        </rdf:RDF>
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void everyFormatIsReadIntoOneGraphWithRelativeIrisResolvedAgainstTheBase(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        RdfContent content = new RdfLoader().load(file, ImportFormat.of(file).orElseThrow(), ImportFixtures.context());
        assertEquals(List.of(), content.problems());
        Model m = content.model();
        assertEquals(2, m.size());
        assertTrue(m.contains(m.createResource(THING), RDFS.label, "Exemple SA"));
        assertTrue(m.contains(m.createResource(THING), RDFS.seeAlso, ResourceFactory.createResource(TWEED)));
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLineAndColumn() throws IOException {
        Path file = dir.resolve("bad.ttl");
        Files.writeString(file, "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n<a> rdfs:label \"x\" .\n<b> rdfs:label \"y\" \n<c> rdfs:label \"z\" .\n");
        RdfContent content = new RdfLoader().load(file, ImportFormat.TURTLE, ImportFixtures.context());
        assertEquals(1, content.problems().size());
        Problem p = content.problems().get(0);
        assertEquals(Problem.Place.LINE, p.place());
        assertEquals(4, p.number());
        assertTrue(p.column() > 0);
        assertTrue(p.toText().startsWith(file + ": line 4, column " + p.column() + ": "), p.toText());
    }

    @Test
    void theFormatIsChosenByTheExtension() {
        assertEquals(List.of(ImportFormat.TURTLE, ImportFormat.RDF_XML, ImportFormat.RDF_XML, ImportFormat.XLSX),
                Stream.of("a.ttl", "b.rdf", "c.OWL", "d.xlsx").map(n -> ImportFormat.of(Path.of(n)).orElseThrow()).toList());
        assertTrue(ImportFormat.of(Path.of("e.txt")).isEmpty());
    }
}
