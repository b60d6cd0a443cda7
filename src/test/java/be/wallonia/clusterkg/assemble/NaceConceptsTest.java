package be.wallonia.clusterkg.assemble;

import be.wallonia.clusterkg.vocab.Iris;

import be.wallonia.clusterkg.source.SourceException;
import be.wallonia.clusterkg.vocab.WCO;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NACE Rev. 2, Eurostat's CSV, as a SKOS scheme of sectors: on the real file and on small written ones. */
class NaceConceptsTest {
    private static final Path CSV = Path.of("data/reference/nace-rev2.csv");
    private static final Path SMALL = Path.of("small.csv");
    private static final Iris IRIS = new Iris("http://localhost:8080/");
    private static final String SECTOR = "http://localhost:8080/id/sector/";
    private static final String HEADER = "\"Order\",\"Level\",\"Code\",\"Parent\",\"Description\",\"Reference to ISIC Rev. 4\","
            + "\"This item includes\",\"This item also includes\",\"Rulings\",\"This item excludes\"\r\n";
    /** A section, a division, a group and a class; the division's note spans two lines, as Eurostat's do. */
    private static final String GOOD_ROWS = """
            "1","1","C",,"MANUFACTURING","C",,,,\r
            "2","2","22","C","Manufacture of rubber and plastic products","22","This division includes
            rubber and plastics.",,,\r
            "3","3","22.2","22","Manufacture of plastics products","222",,,,\r
            """;
    static Model nace;

    @BeforeAll
    static void convertTheRealFile() {
        long start = System.nanoTime();
        nace = NaceConcepts.read(CSV, IRIS);
        System.out.printf("NACE Rev. 2: %d triples from %s in %d ms%n", nace.size(), CSV, (System.nanoTime() - start) / 1_000_000);
    }

    private static Resource sector(String slug) { return nace.getResource(SECTOR + slug); }

    private static Set<String> strings(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(st -> {
            RDFNode o = st.getObject();
            return o.isLiteral() ? o.asLiteral().getLexicalForm() + "@" + o.asLiteral().getLanguage() : o.asResource().getURI();
        }).collect(Collectors.toCollection(TreeSet::new));
    }

    private static int members(String collection) {
        return nace.getResource("http://localhost:8080/id/collection/" + collection).listProperties(SKOS.member).toList().size();
    }

    private static SourceException failure(String rows) {
        return assertThrows(SourceException.class, () -> NaceConcepts.convert(HEADER + rows, SMALL, IRIS));
    }

    @Test
    void theRealFileHasTheFourLevelsInTheirCollections() {
        assertEquals(List.of(21, 88, 272, 615),
                List.of(members("nace-sections"), members("nace-divisions"), members("nace-groups"), members("nace-classes")));
    }

    @Test
    void everyRowIsOneSectorConceptInTheScheme() {
        Resource scheme = nace.getResource("http://localhost:8080/id/scheme/nace-rev2");
        assertEquals(996, nace.listSubjectsWithProperty(RDF.type, WCO.Sector).toList().size());
        assertEquals(996, nace.listSubjectsWithProperty(SKOS.inScheme, scheme).toList().size());
        assertEquals(996, nace.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList().size());
    }

    @Test
    void theSchemeIsTitledSourcedAndCreditsEurostat() {
        Resource scheme = nace.getResource("http://localhost:8080/id/scheme/nace-rev2");
        assertEquals(Set.of("NACE Rev. 2@en"), strings(scheme, DCTerms.title));
        assertEquals(Set.of("https://ec.europa.eu/eurostat/ramon/"), strings(scheme, DCTerms.source));
        assertEquals(Set.of("Source: Eurostat@en"), strings(scheme, DCTerms.rights));
        assertEquals(21, scheme.listProperties(SKOS.hasTopConcept).toList().size());
    }

    @Test
    void aCodeNamesItsConceptWithoutTheDotAndMatchesTheEuIdentifier() {
        assertEquals(SECTOR + "nace-2221", IRIS.id("sector", NaceConcepts.slug("22.21")));
        assertEquals(Set.of("22.21@"), strings(sector("nace-2221"), SKOS.notation));
        assertEquals(Set.of("http://data.europa.eu/ux2/nace2/2221"), strings(sector("nace-2221"), SKOS.exactMatch));
        assertEquals(Set.of("http://data.europa.eu/ux2/nace2/222"), strings(sector("nace-222"), SKOS.exactMatch));
        assertEquals(Set.of("http://data.europa.eu/ux2/nace2/22"), strings(sector("nace-22"), SKOS.exactMatch));
        // Sections keep their letter, upper-case, in the EU identifier, and lower-case in the slug
        assertEquals(Set.of("http://data.europa.eu/ux2/nace2/C"), strings(sector("nace-c"), SKOS.exactMatch));
        assertEquals(Set.of("nace-c@"), strings(sector("nace-c"), WCO.slug));
    }

    @Test
    void class2221IsUnderGroup222UnderDivision22UnderSectionC() {
        assertEquals(Set.of(SECTOR + "nace-222"), strings(sector("nace-2221"), SKOS.broader));
        assertEquals(Set.of(SECTOR + "nace-22"), strings(sector("nace-222"), SKOS.broader));
        assertEquals(Set.of(SECTOR + "nace-c"), strings(sector("nace-22"), SKOS.broader));
        assertEquals(Set.of(), strings(sector("nace-c"), SKOS.broader));
        assertEquals(Set.of("http://localhost:8080/id/scheme/nace-rev2"), strings(sector("nace-c"), SKOS.topConceptOf));
    }

    @Test
    void narrowerIsTheInverseOfBroader() {
        assertEquals(Set.of(SECTOR + "nace-2221", SECTOR + "nace-2222", SECTOR + "nace-2223", SECTOR + "nace-2229"),
                strings(sector("nace-222"), SKOS.narrower));
        assertEquals(nace.listStatements(null, SKOS.broader, (RDFNode) null).toList().size(),
                nace.listStatements(null, SKOS.narrower, (RDFNode) null).toList().size());
    }

    @Test
    void aSectionTitleInCapitalsReadsAsASentenceAndTheOriginalIsKeptHidden() {
        assertEquals(Set.of("Agriculture, forestry and fishing@en"), strings(sector("nace-a"), SKOS.prefLabel));
        assertEquals(Set.of("AGRICULTURE, FORESTRY AND FISHING@en"), strings(sector("nace-a"), SKOS.hiddenLabel));
        assertEquals(Set.of("A@"), strings(sector("nace-a"), SKOS.notation));
    }

    @Test
    void aClassKeepsItsTitleAsWritten() {
        assertEquals(Set.of("Manufacture of plastic plates, sheets, tubes and profiles@en"),
                strings(sector("nace-2221"), SKOS.prefLabel));
        assertEquals(Set.of(), strings(sector("nace-2221"), SKOS.hiddenLabel));
    }

    @Test
    void trailingBlanksOfATitleAreDropped() {
        // Eurostat's title of 17.2 ends with a space
        assertEquals(Set.of("Manufacture of articles of paper and paperboard@en"), strings(sector("nace-172"), SKOS.prefLabel));
    }

    @Test
    void aClassHasItsIncludesAsScopeNotesAndItsExcludesAsAMarkedNote() {
        Resource c = sector("nace-2221");
        Literal scope = c.getProperty(SKOS.scopeNote).getLiteral();
        assertEquals("en", scope.getLanguage());
        assertTrue(scope.getString().startsWith("This class includes:\n- manufacture of semi-manufactures of plastic products:"),
                scope.getString());
        assertEquals(1, c.listProperties(SKOS.scopeNote).toList().size());
        assertEquals(Set.of("Excludes: This class excludes:\n- manufacture of plastics in primary forms, see 20.16\n"
                + "- manufacture of articles of synthetic or natural rubber, see 22.1@en"), strings(c, SKOS.note));
    }

    @Test
    void alsoIncludesIsASecondScopeNoteAndRulingsAnEditorialNote() {
        Resource c = sector("nace-1031"); // Processing and preserving of potatoes: also includes, and a ruling
        assertEquals(2, c.listProperties(SKOS.scopeNote).toList().size());
        assertTrue(strings(c, SKOS.scopeNote).stream().anyMatch(s -> s.startsWith("This class also includes")), strings(c, SKOS.scopeNote).toString());
        assertEquals(Set.of("- Peeling and cutting of potatoes@en"), strings(c, SKOS.editorialNote));
    }

    @Test
    void aSmallWrittenFileWithMultiLineNotesConverts() {
        Model m = NaceConcepts.convert(HEADER + GOOD_ROWS, SMALL, IRIS);
        Resource division = m.getResource(SECTOR + "nace-22");
        assertEquals("This division includes\nrubber and plastics.", division.getProperty(SKOS.scopeNote).getString());
        assertEquals(3, m.listSubjectsWithProperty(RDF.type, WCO.Sector).toList().size());
    }

    @Test
    void aRowWithTooFewFieldsFailsWithItsLine() {
        SourceException e = failure(GOOD_ROWS + "\"4\",\"4\",\"22.21\",\"22.2\"\r\n");
        // header 1, C 2, 22 on 3-4, 22.2 5: the short row is line 6
        assertEquals(6, e.line());
        assertEquals(SMALL, e.file());
        assertTrue(e.getMessage().contains("has 4 fields; expected 10"), e.getMessage());
    }

    @Test
    void aParentThatIsNotInTheFileFails() {
        SourceException e = failure(GOOD_ROWS + "\"4\",\"4\",\"22.21\",\"22.9\",\"Plates\",,,,,\r\n");
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("the parent \"22.9\" of 22.21 is not a code of the file; expected the code of a group"),
                e.getMessage());
    }

    @Test
    void aParentAtTheWrongLevelFails() {
        SourceException e = failure(GOOD_ROWS + "\"4\",\"4\",\"22.21\",\"22\",\"Plates\",,,,,\r\n");
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("is a division; expected the code of a group"), e.getMessage());
    }

    @Test
    void aLevelOutsideOneToFourFails() {
        SourceException e = failure(GOOD_ROWS + "\"4\",\"5\",\"22.21\",\"22.2\",\"Plates\",,,,,\r\n");
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("has the level \"5\"; expected 1 (section), 2 (division), 3 (group) or 4 (class)"),
                e.getMessage());
    }

    @Test
    void aCodeThatDoesNotMatchItsLevelFails() {
        SourceException e = failure(GOOD_ROWS + "\"4\",\"4\",\"22.2.1\",\"22.2\",\"Plates\",,,,,\r\n");
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("has the code \"22.2.1\" at level 4; expected the code of a class, like 01.11"),
                e.getMessage());
    }

    @Test
    void aCodeDefinedTwiceFails() {
        SourceException e = failure(GOOD_ROWS + "\"4\",\"3\",\"22.2\",\"22\",\"Again\",,,,,\r\n");
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("already defined on line 5"), e.getMessage());
    }

    @Test
    void anUnexpectedHeaderFailsOnLineOne() {
        SourceException e = assertThrows(SourceException.class,
                () -> NaceConcepts.convert("\"Code\",\"Description\"\r\n" + GOOD_ROWS, SMALL, IRIS));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("expected [Order, Level, Code"), e.getMessage());
    }
}
