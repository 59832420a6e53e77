package dev.precis.summarize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionFocusTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "How many troops does North Korea have?        | NUMBER",
            "How much ammunition has Russia bought?        | NUMBER",
            "How hot did it get?                           | NUMBER",
            "How much will the cycle lanes cost?           | MONEY",
            "What is the order worth?                      | MONEY",
            "When do the new opening hours start?          | TIME",
            "What time does the library close on Sundays?  | TIME",
            "How late will the library stay open?          | TIME",
            "How long can laptops be borrowed?             | DURATION",
            "How often should you review subscriptions?    | FREQUENCY",
            "Why did the official speak anonymously?       | REASON",
            "What caused the decline?                      | REASON",
            "How was the survey carried out?               | METHOD",
            "Who is Adrienne Watson?                       | ANY",
            "What did Putin say?                           | ANY"})
    void theKindOfAnswerComesFromTheQuestionWords(String question, QuestionFocus.Kind kind) {
        assertEquals(kind, QuestionFocus.of(question, "en").kind());
    }

    @Test
    void wordsTheKindAnswersAreNotTerms() {
        assertEquals(List.of("cycl", "lan"), QuestionFocus.of("How much will the cycle lanes cost?", null).terms());
        assertEquals(List.of("grant"), QuestionFocus.of("How much is the grant worth?", null).terms());
    }

    @Test
    void sayQuestionsNameTheirSpeaker() {
        assertEquals(List.of("putin"), QuestionFocus.of("What did Putin say about Kim?", null).speaker());
        assertEquals(List.of("whit", "hous"), QuestionFocus.of("What did the White House say?", null).speaker());
        assertEquals(List.of(), QuestionFocus.of("Who said the plan would fail?", null).speaker());
    }

    @Test
    void howManyCountsTheHeadNoun() {
        assertEquals(List.of("litr"), QuestionFocus.of("How many litres of water were used?", null).counted());
        assertEquals(List.of("brick"), QuestionFocus.of("How many nest bricks have been installed?", null).counted());
    }

    @Test
    void twoWhWordsMakeATwoPartQuestion() {
        assertTrue(QuestionFocus.of("Where may Kim travel and why?", null).twoParts());
        assertFalse(QuestionFocus.of("Where may Kim travel?", null).twoParts());
    }

    @Test
    void otherLanguagesKeepTheirTermsOnly() {
        QuestionFocus f = QuestionFocus.of("Was kostet ein Platz im Liegewagen?", "de");
        assertEquals(QuestionFocus.Kind.ANY, f.kind());
        assertEquals(List.of("kost", "platz", "liegewag"), f.terms());
    }

    @Test
    void kindsFindTheirAnswerInASentence() {
        assertTrue(QuestionFocus.Kind.MONEY.foundIn("The grant, worth $96,000, comes from a state program."));
        assertFalse(QuestionFocus.Kind.MONEY.foundIn("Three part-time staff will be hired."));
        assertTrue(QuestionFocus.Kind.TIME.foundIn("The fish market opens at seven."));
        assertTrue(QuestionFocus.Kind.NUMBER.foundIn("Volunteers counted more than four thousand swifts."));
        assertFalse(QuestionFocus.Kind.NUMBER.foundIn("Shoigu tried to persuade North Korea to sell artillery ammunition."));
    }
}
