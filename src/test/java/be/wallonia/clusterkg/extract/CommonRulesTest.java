package be.wallonia.clusterkg.extract;

import be.wallonia.clusterkg.extract.Extraction.AuthorityMention;
import be.wallonia.clusterkg.extract.Extraction.Evidence;
import be.wallonia.clusterkg.extract.Extraction.MemberStatistics;
import be.wallonia.clusterkg.extract.Extraction.NetworkCount;
import be.wallonia.clusterkg.extract.Extraction.PolicyEvent;
import be.wallonia.clusterkg.extract.Extraction.PortalMention;
import be.wallonia.clusterkg.extract.Extraction.Share;
import be.wallonia.clusterkg.extract.Extraction.StatedText;
import be.wallonia.clusterkg.extract.Extraction.TextRole;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules every shape shares, on one line of text at a time. */
class CommonRulesTest {
    private static final CommonRules EN = new CommonRules(Lexicon.standard(), "en");
    private static final CommonRules FR = new CommonRules(Lexicon.standard(), "fr");

    private static Extraction general(CommonRules rules, String text) {
        Extraction.Builder out = new Extraction.Builder();
        rules.general(text, 5, out);
        return out.build();
    }

    @Test
    void countIsANumberBeforeAPluralKindOfNetwork() {
        assertEquals(List.of(new NetworkCount("competitiveness clusters", 6, new Evidence(5))),
                general(EN, "The 6 competitiveness clusters are:").counts());
    }

    @Test
    void countMayStandBeforeACommaAndAnArticle() {
        assertEquals(List.of(new NetworkCount("clusters", 6, new Evidence(5))),
                general(FR, "Au nombre de 6, les clusters accroissent les interactions.").counts());
    }

    @Test
    void sameCountIsRecordedOnceAtItsFirstLine() {
        Extraction.Builder out = new Extraction.Builder();
        FR.counts("14 clusters sont reconnus", 7, out);
        FR.counts("Les 14 clusters wallons", 14, out);
        assertEquals(List.of(new NetworkCount("clusters", 14, new Evidence(7))), out.build().counts());
    }

    @Test
    void ordinalIsNotACount() {
        assertEquals(List.of(), general(EN, "The Government has launched a 6th competitiveness cluster.").counts());
    }

    @Test
    void memberCountWithoutMoreThanIsExact() {
        assertEquals(List.of(new MemberStatistics(OptionalInt.of(250), false, List.of(), Optional.empty(), new Evidence(5))),
                general(EN, "The clusters count 250 members.").statistics());
    }

    @Test
    void memberCountWithThousandsSeparatorAndMoreThanIsALowerBound() {
        MemberStatistics s = general(FR, "Ils comptent plus de 1.000 membres.").statistics().get(0);
        assertEquals(OptionalInt.of(1000), s.memberCount());
        assertTrue(s.lowerBound());
    }

    @Test
    void shareInParenthesesIsAboutTheWordsBeforeIt() {
        assertEquals(List.of(new Share("notamment des PME", new BigDecimal("64"), new Evidence(5))),
                general(FR, "Ils comptent 300 membres, et notamment des PME (64%).").statistics().get(0).shares());
    }

    @Test
    void decimalCommaShareIsReadAsADecimal() {
        assertEquals(new BigDecimal("12.5"),
                general(FR, "Ils comptent 80 membres, dont 12,5 % sont des centres de recherche.").statistics().get(0)
                        .shares().get(0).percent());
    }

    @Test
    void percentagesInTextThatSpeaksOfNoMembersAreNoStatistics() {
        assertEquals(List.of(), general(EN, "Exports grew by 12% in 2007.").statistics());
    }

    @Test
    void memberDateIsReadFromTextThatSpeaksOfMembers() {
        assertEquals(Optional.of(LocalDate.of(2008, 6, 30)), FR.memberDate("Ventilation par type de membre - 30 juin 2008"));
        assertEquals(Optional.of(LocalDate.of(2010, 3, 1)), EN.memberDate("Members on 1st March 2010"));
    }

    @Test
    void dateInTextThatSpeaksOfNoMembersIsNoMemberDate() {
        assertEquals(Optional.empty(), FR.memberDate("Mise à jour le 30 juin 2008"));
    }

    @Test
    void impossibleDateIsNoMemberDate() {
        assertEquals(Optional.empty(), FR.memberDate("Membres au 31 juin 2008"));
    }

    @Test
    void yearFollowedByAQuotedNameIsAPolicyEventOfThatName() {
        assertEquals(List.of(new PolicyEvent("Plan Marshall", 2005, new Evidence(5))),
                general(FR, "En 2005, le « Plan Marshall » a lancé les pôles.").timeline());
    }

    @Test
    void yearFollowedByCapitalisedWordsIsAPolicyEventOfThoseWords() {
        assertEquals(List.of(new PolicyEvent("Walloon Clusters", 2001, new Evidence(5))),
                general(EN, "Back in 2001 in the form of the Walloon Clusters.").timeline());
    }

    @Test
    void yearNamingNoProgrammeIsNoPolicyEvent() {
        assertEquals(List.of(), general(EN, "By 2025, the clusters will have grown.").timeline());
    }

    @Test
    void aYearBeforeANetworkMonthOrPlaceNamesNoProgrammeAndIsNoPolicyEvent() {
        assertEquals(List.of(), general(EN, "Founded in 2006, Skywin gathers the aerospace companies.").timeline());
        assertEquals(List.of(), general(EN, "The decree of 18 January 2007 was amended in 2024 April by a new one.").timeline());
        assertEquals(List.of(), general(FR, "Depuis 2001 Wallonie accueille des réseaux.").timeline());
    }

    @Test
    void portalIsAnHttpLinkWithoutTrailingPunctuationAndRecordedOnce() {
        Extraction.Builder out = new Extraction.Builder();
        FR.portals("surfez sur http://clusters.wallonie.be.", 52, out);
        FR.portals("Portail : <http://clusters.wallonie.be>", 60, out);
        assertEquals(List.of(new PortalMention("http://clusters.wallonie.be", new Evidence(52))), out.build().portals());
    }

    @Test
    void coverageClaimIsTheWholeLineThatCarriesTheCue() {
        String text = "Les clusters wallons couvrent quasiment tous les secteurs.";
        assertEquals(List.of(new StatedText(TextRole.COVERAGE_CLAIM, text, new Evidence(5))), general(FR, text).statements());
    }

    @Test
    void sourcesLineNamesAnAuthorityWithItsUnitAndParent() {
        Extraction.Builder out = new Extraction.Builder();
        FR.authorities("Sources : DG Economie-Emploi-Recherche (Direction des réseaux d'entreprises) du SPW", 38, out);
        assertEquals(List.of(new AuthorityMention("DG Economie-Emploi-Recherche",
                Optional.of("Direction des réseaux d'entreprises"), Optional.of("SPW"), new Evidence(38))), out.build().authorities());
    }

    @Test
    void sourcesLineWithoutUnitNamesTheParentAfterTheLinkWord() {
        Extraction.Builder out = new Extraction.Builder();
        EN.authorities("Source: Economic Department of the Walloon Region", 3, out);
        assertEquals(List.of(new AuthorityMention("Economic Department", Optional.empty(), Optional.of("Walloon Region"),
                new Evidence(3))), out.build().authorities());
    }

    @Test
    void sourcesNotAtTheStartOfTheLineNameNoAuthority() {
        Extraction.Builder out = new Extraction.Builder();
        EN.authorities("Proximity allows better access to the sources of knowledge", 23, out);
        assertEquals(List.of(), out.build().authorities());
    }

    @Test
    void numberIsReadFromDigitsOrFromAWordOfTheLanguage() {
        assertEquals(OptionalInt.of(12), EN.number("12"));
        assertEquals(OptionalInt.of(8), EN.number("Eight"));
        assertEquals(OptionalInt.of(4), FR.number("quatre"));
        assertEquals(OptionalInt.empty(), EN.number("quatre"));
        assertEquals(OptionalInt.empty(), EN.number("many"));
    }
}
