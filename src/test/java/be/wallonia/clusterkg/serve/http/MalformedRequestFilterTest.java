package be.wallonia.clusterkg.serve.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MalformedRequestFilterTest {
    @Test
    void escapesOfUtf8AndPlainCharactersAreAValidQueryString() {
        assertTrue(MalformedRequestFilter.isPercentEncodedUtf8("q=%C3%A9nergie&lang=fr"));
        assertTrue(MalformedRequestFilter.isPercentEncodedUtf8("query=ASK%7B%7D+x"));
        assertTrue(MalformedRequestFilter.isPercentEncodedUtf8("q=énergie"));
        assertTrue(MalformedRequestFilter.isPercentEncodedUtf8(""));
    }

    @Test
    void aBrokenEscapeOrBytesThatAreNotUtf8AreNot() {
        assertFalse(MalformedRequestFilter.isPercentEncodedUtf8("q=%"));
        assertFalse(MalformedRequestFilter.isPercentEncodedUtf8("q=%4"));
        assertFalse(MalformedRequestFilter.isPercentEncodedUtf8("q=%zz"));
        assertFalse(MalformedRequestFilter.isPercentEncodedUtf8("q=%C3%28"));
        assertFalse(MalformedRequestFilter.isPercentEncodedUtf8("q=%FF"));
        assertFalse(MalformedRequestFilter.isPercentEncodedUtf8("q=%C0%AE"));
        assertFalse(MalformedRequestFilter.isPercentEncodedUtf8("q=\uFFFD"));
    }

    @Test
    void aCharacterSplitBetweenEscapesAndTypedTextIsNotUtf8() {
        assertFalse(MalformedRequestFilter.isPercentEncodedUtf8("q=%C3é"));
        assertFalse(MalformedRequestFilter.isPercentEncodedUtf8("q=é%A9"));
        assertTrue(MalformedRequestFilter.isPercentEncodedUtf8("q=%C3%A9t%C3%A9+%E2%80%99x%41"));
    }
}
