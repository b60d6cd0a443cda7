package be.wallonia.clusterkg.serve.fragments;

import be.wallonia.clusterkg.vocab.Iris;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageAddressTest {
    private static final Iris IRIS = Iris.DEFAULT;
    private static final String FRAGMENTS = Iris.DEFAULT_BASE + Iris.FRAGMENTS_PATH;
    private static final String LABEL = "predicate=http%3A%2F%2Fwww.w3.org%2F2000%2F01%2Frdf-schema%23label";

    @Test
    void thePageIsTheRequestAsSent() {
        assertEquals(FRAGMENTS + "?" + LABEL + "&page=3", PageAddress.of(IRIS, LABEL + "&page=3").self());
    }

    @Test
    void theFragmentIsTheRequestWithoutItsPage() {
        assertEquals(FRAGMENTS + "?" + LABEL, PageAddress.of(IRIS, "page=3&" + LABEL).fragment());
    }

    @Test
    void theWholeGraphIsTheFragmentWithoutQuery() {
        assertEquals(FRAGMENTS, PageAddress.of(IRIS, null).fragment());
    }

    @Test
    void theFirstPageIsTheFragmentItself() {
        assertEquals(FRAGMENTS + "?" + LABEL, PageAddress.of(IRIS, LABEL + "&page=3").page(1));
    }

    @Test
    void aLaterPageAddsItsNumber() {
        assertEquals(FRAGMENTS + "?" + LABEL + "&page=4", PageAddress.of(IRIS, LABEL + "&page=3").page(4));
    }

    @Test
    void aLaterPageOfTheWholeGraphIsItsOnlyParameter() {
        assertEquals(FRAGMENTS + "?page=2", PageAddress.of(IRIS, "").page(2));
    }

    @Test
    void theMetadataGraphIsNamedAfterTheFragment() {
        assertEquals(FRAGMENTS + "?" + LABEL + "#metadata", PageAddress.of(IRIS, LABEL + "&page=2").metadataGraph());
    }

    @Test
    void whatAnIriCannotHoldIsPercentEncoded() {
        assertEquals("object=%22T%C3%A9%20x%22%25", PageAddress.iriSafe("object=\"Té x\"%"));
    }

    @Test
    void aPercentEncodingIsKept() {
        assertEquals(LABEL, PageAddress.iriSafe(LABEL));
    }
}
