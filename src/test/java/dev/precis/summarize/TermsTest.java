package dev.precis.summarize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TermsTest {

    @Test
    void stopWordsAndQuestionWordsAreDropped() {
        assertEquals(List.of("kim", "travel"), Terms.of("Where may Kim travel and why?"));
    }

    @Test
    void inflectionsShareAStem() {
        assertEquals(1, List.of("travel", "travels", "traveled", "travelled", "traveling").stream()
                .map(Terms::stem).distinct().count());
        assertEquals(Terms.stem("meet"), Terms.stem("meeting"));
        assertEquals(Terms.stem("decide"), Terms.stem("decided"));
        assertEquals(Terms.stem("country"), Terms.stem("countries"));
        assertEquals(Terms.stem("try"), Terms.stem("tried"));
        assertEquals(Terms.stem("try"), Terms.stem("tries"));
    }

    @Test
    void shortWordsAreNotStemmed() {
        assertEquals("bus", Terms.stem("bus"));
        assertEquals("call", Terms.stem("call"));
    }

    @Test
    void numbersAreKept() {
        assertEquals(List.of("76", "profit"), Terms.of("76% profit"));
    }
}
