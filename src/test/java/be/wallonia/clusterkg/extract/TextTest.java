package be.wallonia.clusterkg.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTest {

    @Test
    void cleanCollapsesEveryKindOfSpaceAndTrims() {
        assertEquals("Contrat d’Avenir pour la Wallonie",
                Text.clean("  Contrat\u00A0d’Avenir \u202F pour\tla\u2007Wallonie \u00A0"));
    }

    @Test
    void foldLowerCasesDropsAccentsAndStraightensApostrophes() {
        assertEquals("pole de competitivite d'avenir", Text.fold("Pôle de Compétitivité d’Avenir"));
    }

    @Test
    void foldTurnsNoBreakSpacesIntoPlainSpaces() {
        assertEquals("« cluster »", Text.fold("«\u00A0cluster\u00A0»"));
    }

    @Test
    void foldKeepsTheLengthOfTextMadeOfPrecomposedLetters() {
        String heading = "Différences entre «\u00A0cluster\u00A0» et «\u00A0pôle de compétitivité\u00A0»";
        assertEquals(heading.length(), Text.fold(heading).length());
    }

    @Test
    void keyIsTheFoldedTextWithSpacesCollapsed() {
        assertEquals("poles de competitivite", Text.key("  Pôles  de\u00A0Compétitivité "));
    }

    @Test
    void labelDropsGuillemetsAndTrailingPunctuation() {
        assertEquals("the promotion of a common vision of development",
                Text.label("the promotion of a common vision of development. »"));
    }

    @Test
    void labelDropsTypographicQuotesInsideTheText() {
        assertEquals("Health foods/Nutritional quality", Text.label("“Health” foods/Nutritional quality"));
    }

    @Test
    void labelDropsMarkdownEmphasis() {
        assertEquals("14 clusters", Text.label("**14 clusters**"));
    }

    @Test
    void labelDropsATrailingEllipsisAndLeadingDash() {
        assertEquals("rainwater treatment and recovery", Text.label("– rainwater treatment and recovery,…"));
    }

    @Test
    void labelKeepsPunctuationInsideTheText() {
        assertEquals("Micro- et nanotechnologies, mécatronique, Intelligent manufacturing",
                Text.label("Micro- et nanotechnologies, mécatronique, Intelligent manufacturing"));
    }

    @Test
    void unshoutTurnsAShoutedWordIntoTitleCase() {
        assertEquals("Photonics", Text.unshout("PHOTONICS"));
    }

    @Test
    void unshoutLeavesAcronymsOfFourLettersOrFewer() {
        assertEquals("TIC", Text.unshout("TIC"));
    }

    @Test
    void unshoutChangesOnlyTheShoutedWordsOfAPhrase() {
        assertEquals("Logistics IN Wallonia and ICT for Green", Text.unshout("LOGISTICS IN WALLONIA and ICT for Green"));
    }

    @Test
    void unshoutKeepsAccentedCapitals() {
        assertEquals("Déchets Solides", Text.unshout("DÉCHETS SOLIDES"));
    }

    @Test
    void slugSpellsPlusAsAWord() {
        assertEquals("val-plus", Text.slug("Val+"));
    }

    @Test
    void slugDropsAccentsAndLowerCases() {
        assertEquals("dechets-solides", Text.slug("DÉCHETS SOLIDES"));
    }

    @Test
    void slugTurnsEveryRunOfSymbolsIntoOneHyphen() {
        assertEquals("contrat-d-avenir-pour-la-wallonie", Text.slug("Contrat d’Avenir pour la Wallonie"));
    }

    @Test
    void slugHasNoHyphenAtItsEdges() {
        assertEquals("infopole-cluster-tic", Text.slug("« INFOPÔLE Cluster TIC »"));
    }

    @Test
    void shortSlugKeepsTheFirstWords() {
        assertEquals("create-networks-and", Text.shortSlug("Create networks and places of exchange", 3));
    }

    @Test
    void shortSlugOfAShortTextIsItsWholeSlug() {
        assertEquals("encourage-innovation", Text.shortSlug("Encourage innovation", 5));
    }
}
