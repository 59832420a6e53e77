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

    @Test
    void irregularVerbsAndNearSynonymsShareATerm() {
        assertEquals(Terms.of("speak"), Terms.of("spoke"));
        assertEquals(Terms.of("steal"), Terms.of("stolen"));
        assertEquals(Terms.of("borrow"), Terms.of("lend"));
        assertEquals(Terms.of("extra"), Terms.of("additional"));
        assertEquals(Terms.of("vote"), Terms.of("voted"));
        assertEquals(Terms.of("use"), Terms.of("used"));
        assertEquals(Terms.of("agree"), Terms.of("agreed"));
    }

    @Test
    void otherLanguagesUseTheirOwnStopWords() {
        assertEquals(List.of("vente", "vélo"), Terms.of("Les ventes de vélos", "fr"));
        assertEquals(List.of("platz", "liegewag"), Terms.of("Ein Platz im Liegewagen", "de"));
        assertEquals(List.of("embalse", "cuenca"), Terms.of("Los embalses de la cuenca", "es"));
        assertEquals(List.of("die", "bahn"), Terms.of("die Bahn", "ja"));
    }
}
