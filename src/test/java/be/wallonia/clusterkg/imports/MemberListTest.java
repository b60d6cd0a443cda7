package be.wallonia.clusterkg.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static be.wallonia.clusterkg.imports.ImportFixtures.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A member list, CSV or xlsx, read into members; every bad cell refused with its row and column. */
class MemberListTest {
    static final String BASE = ImportFixtures.IRIS.base();
    static final String HEADER = "name,kind,networks,since,NACE code,municipality,website,company number\n";

    @TempDir Path dir;

    @Test
    void aGoodRowBecomesAMemberWithEveryCellRead() throws IOException {
        MemberList list = csv(dir, "m.csv", HEADER
                + "Exemple Plasturgie SA,SME,plastiwin; MecaTech,2015-03-01,22.21,4000 Liège,www.exemple-plasturgie.example,0412.345.614\n");
        assertEquals(List.of(), list.problems());
        MemberList.Member m = list.members().get(0);
        assertEquals(2, m.row());
        assertEquals("Exemple Plasturgie SA", m.name());
        assertEquals(new MemberVocabulary.Kind(BASE + "id/actor-kind/sme", "https://w3id.org/wallonia-clusters/ontology#SME"), m.kind());
        assertEquals(List.of(BASE + "id/cluster/plastiwin", BASE + "id/pole/mecatech"), m.networks());
        assertEquals(Optional.of(LocalDate.of(2015, 3, 1)), m.since());
        assertEquals(Optional.of(BASE + "id/sector/nace-2221"), m.nace());
        assertEquals(Optional.of("4000 Liège"), m.place());
        assertEquals(Optional.of(URI.create("https://www.exemple-plasturgie.example")), m.website());
        assertEquals(Optional.of("0412345614"), m.companyNumber());
    }

    @Test
    void frenchHeadersKindsAndSemicolonsAreRead() throws IOException {
        MemberList list = csv(dir, "fr.csv", """
                Nom;Type;Réseaux;Membre depuis;Code NACE;Commune;Site web;Numéro BCE
                Université Exemplaire;université;BioWin;20/05/2010;85.42;Liège;;
                Agence Publique Fictive;organisme public;Logistics in Wallonia;03/11/2014;;Namur;;0456789034
                """);
        assertEquals(List.of(), list.problems());
        assertEquals(List.of(BASE + "id/actor-kind/academic-institution", BASE + "id/actor-kind/public-authority"),
                list.members().stream().map(m -> m.kind().concept()).toList());
        assertEquals(List.of(BASE + "id/pole/logistics-in-wallonia"), list.members().get(1).networks());
        assertEquals(Optional.of(LocalDate.of(2010, 5, 20)), list.members().get(0).since());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown kind        | Ex SA,cooperative,plastiwin,,,,,         | kind           | unknown kind \"cooperative\"",
            "missing kind        | Ex SA,,plastiwin,,,,,                    | kind           | no kind",
            "unknown network     | Ex SA,SME,plastiwin;Nowhere Net,,,,,     | networks       | unknown network \"Nowhere Net\"",
            "missing network     | Ex SA,SME,,,,,,                          | networks       | no network",
            "bad date            | Ex SA,SME,plastiwin,2015-02-30,,,,       | since          | bad date \"2015-02-30\"",
            "unknown NACE code   | Ex SA,SME,plastiwin,,99.99,,,            | NACE code      | unknown NACE code \"99.99\"",
            "bad company number  | Ex SA,SME,plastiwin,,,,,0412.345.615     | company number | bad company number \"0412.345.615\"",
            "bad website         | Ex SA,SME,plastiwin,,,,not a site,       | website        | bad website \"not a site\"",
            "missing name        | ,SME,plastiwin,,,,,                      | name           | no name",
    })
    void aBadCellIsRefusedWithItsRowAndColumn(String what, String row, String column, String message) throws IOException {
        MemberList list = csv(dir, "bad.csv", HEADER + "Good SA,SME,plastiwin,,,,,\n" + row.strip() + "\n");
        assertEquals(1, list.members().size(), "the good row is kept");
        assertEquals(1, list.problems().size(), list.problems().toString());
        Problem p = list.problems().get(0);
        assertEquals(3, p.row());
        assertEquals(column, p.columnName());
        assertTrue(p.message().startsWith(message), p.message());
        assertTrue(p.toText().startsWith(dir.resolve("bad.csv") + ": row 3, column " + column + ": "), p.toText());
        assertEquals(List.of(3), list.badRows().stream().map(Table.Row::number).toList());
    }

    @Test
    void everyProblemOfARowIsReported() throws IOException {
        MemberList list = csv(dir, "bad.csv", HEADER + ",cooperative,Nowhere,yesterday,,,,\n");
        assertEquals(List.of("name", "kind", "networks", "since"), list.problems().stream().map(Problem::columnName).toList());
    }

    @Test
    void anUnknownOrMissingColumnIsAProblemOfTheHeader() throws IOException {
        MemberList list = csv(dir, "h.csv", "name,kind,webiste\nEx SA,SME,x.example\n");
        assertEquals(List.of("row 1, column webiste: unknown column", "row 1: no networks column"),
                list.problems().stream().map(p -> p.toText().substring(dir.resolve("h.csv").toString().length() + 2)
                        .replaceFirst(" \"webiste\".*", "").replaceFirst(";.*", "")).toList());
        assertEquals(list.problems(), list.headerProblems());
    }

    @Test
    void anXlsxSheetWithTheSameColumnsGivesTheSameMembers() throws IOException {
        Path file = ImportFixtures.xlsx(dir.resolve("m.xlsx"),
                List.of("name", "kind", "networks", "since", "NACE code", "municipality", "website", "company number"),
                List.of(List.of("Exemple Plasturgie SA", "SME", "plastiwin", LocalDate.of(2015, 3, 1), "22.21", 4000,
                                "https://www.exemple-plasturgie.example", new BigDecimal("412345614")),
                        List.of("Fictive Moules SPRL", "large enterprise", "mecatech", LocalDate.of(2018, 9, 15), "", "Charleroi", "", "")));
        MemberList list = new MemberListLoader().load(file, ImportFormat.XLSX, ImportFixtures.context());
        assertEquals(List.of(), list.problems());
        assertEquals(List.of("Exemple Plasturgie SA", "Fictive Moules SPRL"), list.members().stream().map(MemberList.Member::name).toList());
        MemberList.Member first = list.members().get(0);
        assertEquals(Optional.of(LocalDate.of(2015, 3, 1)), first.since(), "a date cell is read as a date");
        assertEquals(Optional.of("0412345614"), first.companyNumber(), "a number cell that lost its leading 0 gets it back");
        assertEquals(Optional.of("4000"), first.place());
        assertEquals(BASE + "id/actor-kind/large-enterprise", list.members().get(1).kind().concept());
    }

    @Test
    void aBadCellOfAnXlsxSheetIsRefusedWithItsRowAndColumn() throws IOException {
        Path file = ImportFixtures.xlsx(dir.resolve("bad.xlsx"), List.of("name", "kind", "networks"),
                List.of(List.of("Ex SA", "SME", "plastiwin"), List.of("Ex 2 SA", "startup", "plastiwin")));
        MemberList list = new MemberListLoader().load(file, ImportFormat.XLSX, ImportFixtures.context());
        assertEquals(List.of(file + ": row 3, column kind: unknown kind \"startup\""),
                list.problems().stream().map(p -> p.toText().replaceFirst(";.*", "")).toList());
    }
}
