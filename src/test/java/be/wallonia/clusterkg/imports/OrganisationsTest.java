package be.wallonia.clusterkg.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static be.wallonia.clusterkg.imports.ImportFixtures.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Rows of several member lists that are one organisation get one IRI, and each match is reported. */
class OrganisationsTest {
    static final String ORG = ImportFixtures.IRIS.base() + "id/organisation/";
    static final String HEADER = "name,kind,networks,website,company number\n";

    @TempDir Path dir;

    @Test
    void rowsWithTheSameCompanyNumberAreOneOrganisationWhateverTheirNames() throws IOException {
        MemberList a = csv(dir, "a.csv", HEADER + "Exemple Plasturgie SA,SME,plastiwin,,0412.345.614\n");
        MemberList b = csv(dir, "b.csv", HEADER + "EXEMPLE PLASTURGIE,SME,mecatech,,BE0412345614\n");
        Organisations o = Organisations.identify(List.of(a, b), ImportFixtures.IRIS);
        assertEquals(ORG + "be-0412345614", o.iri(a.members().get(0)));
        assertEquals(ORG + "be-0412345614", o.iri(b.members().get(0)));
        assertEquals(List.of(ORG + "be-0412345614 (Exemple Plasturgie SA): a.csv row 2, b.csv row 2 — same company number 0412.345.614"),
                o.matches().stream().map(Organisations.Match::toText).toList());
    }

    @Test
    void aRowWithoutANumberIsTheOrganisationOfTheSameNameAndWebsite() throws IOException {
        MemberList a = csv(dir, "a.csv", HEADER + "Fictive Moules SPRL,SME,plastiwin,https://fictive-moules.example,0423456765\n");
        MemberList b = csv(dir, "b.csv", HEADER + "Fictive Moules sprl,SME,mecatech,http://www.fictive-moules.example/about,\n");
        Organisations o = Organisations.identify(List.of(a, b), ImportFixtures.IRIS);
        assertEquals(ORG + "be-0423456765", o.iri(b.members().get(0)));
        assertEquals("same name and website, company number 0423.456.765 from the row that gives it", o.matches().get(0).ground());
    }

    @Test
    void rowsWithoutNumbersAreMatchedByNameAndWebsiteHost() throws IOException {
        MemberList a = csv(dir, "a.csv", HEADER + "Institut Fictif,training centre,plastiwin,https://fictif.example,\n");
        MemberList b = csv(dir, "b.csv", HEADER + "Institut Fictif,training centre,tweed,fictif.example,\n"
                + "Institut Fictif,training centre,twist,https://other.example,\n");
        Organisations o = Organisations.identify(List.of(a, b), ImportFixtures.IRIS);
        assertEquals(ORG + "institut-fictif-fictif-example", o.iri(a.members().get(0)));
        assertEquals(o.iri(a.members().get(0)), o.iri(b.members().get(0)));
        assertNotEquals(o.iri(a.members().get(0)), o.iri(b.members().get(1)), "same name, another website: another organisation");
        assertEquals(List.of("a.csv row 2", "b.csv row 2"), o.matches().get(0).rows());
    }

    @Test
    void differentNumbersAreDifferentOrganisationsAndNoMatchIsReported() throws IOException {
        MemberList a = csv(dir, "a.csv", HEADER + "Ex SA,SME,plastiwin,,0412345614\nEx SA,SME,plastiwin,,0423456765\n");
        Organisations o = Organisations.identify(List.of(a), ImportFixtures.IRIS);
        assertNotEquals(o.iri(a.members().get(0)), o.iri(a.members().get(1)));
        assertEquals(List.of(), o.matches());
    }
}
