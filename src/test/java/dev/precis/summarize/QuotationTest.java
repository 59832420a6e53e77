package dev.precis.summarize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotationTest {

    @ParameterizedTest
    @ValueSource(strings = {"Watson said, \u201cWe have information.\u201d", "He said \"no\" twice.", "No quotes here.",
            "Il a dit \u00ab Bonjour \u00bb."})
    void wholeQuotationsAreBalanced(String sentence) {
        assertTrue(Quotation.balanced(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u201cIt\u2019s a shame to see a comrade die in this way.",
            "We stand tall and we will stand tall.\u201d", "South Dakota\u2019s viral \u201cMeth.", "\"We've got to right the ship."})
    void piecesOfALongerQuotationAreNot(String sentence) {
        assertFalse(Quotation.balanced(sentence));
    }
}
