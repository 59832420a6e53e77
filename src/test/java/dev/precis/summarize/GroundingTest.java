package dev.precis.summarize;

import dev.precis.model.Answer;
import dev.precis.model.Digest;
import dev.precis.model.KeyFact;
import dev.precis.model.Quote;
import dev.precis.model.QuoteCounts;
import dev.precis.model.Usage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroundingTest {

    private static final String BODY =
            "WASHINGTON (AP) \u2014 A U.S. official said Monday that Kim may travel to Russia.\n\n"
            + "Watson said, \u201cWe have information that Kim Jong Un expects these discussions to continue.\u201d\n\n"
            + "The U.S. isn\u2019t sure exactly where   or when the meeting would take place.";

    private static final Usage USAGE = new Usage("test", null, null, 0, 0, 0);

    private final Grounding grounding = new Grounding();

    private static Draft draftWithFacts(String... quotes) {
        List<Draft.Fact> facts = java.util.Arrays.stream(quotes).map(q -> new Draft.Fact("fact", q)).toList();
        return new Draft("A summary.", facts, List.of(), USAGE);
    }

    @Test
    void straightQuotesMatchCurlyQuotesInBody() {
        String quote = "\"We have information that Kim Jong Un expects these discussions to continue.\"";
        Span span = grounding.locate(quote, BODY);
        assertNotNull(span);
        assertEquals("\u201cWe have information that Kim Jong Un expects these discussions to continue.\u201d",
                BODY.substring(span.start(), span.end()));
    }

    @Test
    void curlyApostropheInQuoteMatchesStraightApostropheInBody() {
        String body = "The U.S. isn't sure exactly where the meeting would be.";
        Span span = grounding.locate("The U.S. isn\u2019t sure exactly where", body);
        assertEquals(new Span(0, "The U.S. isn't sure exactly where".length()), span);
    }

    @Test
    void hyphenInQuoteMatchesEmDashInBody() {
        Span span = grounding.locate("WASHINGTON (AP) - A U.S. official said Monday", BODY);
        assertEquals(new Span(0, "WASHINGTON (AP) \u2014 A U.S. official said Monday".length()), span);
    }

    @Test
    void whitespaceRunsMatchOneSpaceAndOffsetsCoverTheOriginalRun() {
        String quote = "isn't sure exactly where or when the meeting would take place.";
        Span span = grounding.locate(quote, BODY);
        assertNotNull(span);
        assertEquals("isn\u2019t sure exactly where   or when the meeting would take place.",
                BODY.substring(span.start(), span.end()));
        assertEquals(BODY.length(), span.end());
    }

    @Test
    void quoteAcrossParagraphBreakMatchesWithOneSpace() {
        Span span = grounding.locate("Kim may travel to Russia. Watson said,", BODY);
        assertNotNull(span);
        assertEquals("Kim may travel to Russia.\n\nWatson said,", BODY.substring(span.start(), span.end()));
    }

    @Test
    void nfkcFoldsCompatibilityCharacters() {
        String body = "The \ufb01rst o\ufb03cial report came out at noon today.";   // fi and ffi ligatures
        Span span = grounding.locate("The first official report came", body);
        assertEquals(new Span(0, "The \ufb01rst o\ufb03cial report came".length()), span);
    }

    @Test
    void nfkcComposesCombiningMarks() {
        String body = "The cafe\u0301 owner said the bar will reopen in May.";   // e + combining acute
        Span span = grounding.locate("The caf\u00e9 owner said the bar", body);
        assertEquals(new Span(0, "The cafe\u0301 owner said the bar".length()), span);
    }

    @Test
    void fullWidthAndNoBreakSpacesMatchPlainText() {
        String body = "Prices rose\u00a0\uff15% in\u2009the first quarter.";
        Span span = grounding.locate("Prices rose 5% in the first quarter.", body);
        assertEquals(new Span(0, body.length()), span);
    }

    @Test
    void ellipsisCharacterMatchesThreeDots() {
        String body = "He paused\u2026 and then he said nothing at all.";
        Span span = grounding.locate("He paused... and then he said", body);
        assertEquals(new Span(0, "He paused\u2026 and then he said".length()), span);
    }

    @Test
    void offsetsAfterExpandingCharactersMapToOriginal() {
        String body = "\u2026 x. The o\ufb03cial said Monday that talks continue.";
        Span span = grounding.locate("official said Monday that talks continue.", body);
        assertNotNull(span);
        assertEquals("o\ufb03cial said Monday that talks continue.", body.substring(span.start(), span.end()));
    }

    @Test
    void normalizedMatchingIsCaseSensitiveAndCaseIsLeftToAlignment() {
        Grounding.Placement p = grounding.place("a u.s. official said monday", BODY);
        assertEquals(Quote.ALIGNED, p.match());
        assertEquals("A U.S. official said Monday", BODY.substring(p.span().start(), p.span().end()));
    }

    @Test
    void eachQuoteSaysHowItWasFound() {
        assertEquals(Quote.EXACT, grounding.place("Kim may travel to Russia.", BODY).match());
        assertEquals(Quote.NORMALIZED, grounding.place("The U.S. isn't sure exactly where or when", BODY).match());
        assertEquals(Quote.ALIGNED, grounding.place("the U.S. isn't sure exactly where or when the meeting would take place", BODY).match());
    }

    @Test
    void theArticlesWordsAreStoredForFactsAndAnswersNeverTheEnginesVersion() {
        String lowered = "the u.s. isn't sure exactly where or when the meeting would take place";
        Draft draft = new Draft("S.", List.of(new Draft.Fact("unsure", lowered)), List.of(new Draft.ProposedAnswer("Where?",
                Answer.ANSWERED, "Unknown.", List.of("\"We have information that Kim Jong Un expects these discussions to continue.\""))),
                USAGE);
        Digest d = grounding.verify(draft, BODY, 6);
        KeyFact f = d.keyFacts().get(0);
        assertEquals("The U.S. isn\u2019t sure exactly where   or when the meeting would take place.", f.quote());
        assertEquals(f.quote(), BODY.substring(f.start(), f.end()));
        assertEquals(Quote.ALIGNED, f.match());
        Quote q = d.answers().get(0).quotes().get(0);
        assertEquals("\u201cWe have information that Kim Jong Un expects these discussions to continue.\u201d", q.quote());
        assertEquals(q.quote(), BODY.substring(q.start(), q.end()));
        assertEquals(Quote.NORMALIZED, q.match());
        assertEquals(new QuoteCounts(0, 1, 1, 0), d.quotes());
    }

    @Test
    void quoteCountsCountWhatWasStoredAndWhatWasDropped() {
        Digest d = grounding.verify(draftWithFacts("Kim may travel to Russia.", "kim may travel to russia",
                "Kim will travel to Russia.", "The meeting decided to sign a treaty."), BODY, 6);
        assertEquals(1, d.keyFacts().size(), "the aligned one is the same span: a duplicate");
        assertEquals(new QuoteCounts(1, 0, 0, 2), d.quotes());
    }

    @Test
    void blankOrNullQuoteIsNotFound() {
        assertNull(grounding.locate("   ", BODY));
        assertNull(grounding.locate(null, BODY));
    }

    @Test
    void verifiedFactGetsOffsetsAndTheBodyText() {
        Digest d = grounding.verify(draftWithFacts("Kim may travel to Russia."), BODY, 6);
        KeyFact f = d.keyFacts().get(0);
        assertTrue(f.verified());
        assertEquals("Kim may travel to Russia.", BODY.substring(f.start(), f.end()));
        assertEquals("Kim may travel to Russia.", f.quote());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void fabricatedQuotesAreDroppedWithOneWarning() {
        Digest d = grounding.verify(draftWithFacts(
                "Kim may travel to Russia.",
                "Kim will certainly travel to Moscow tomorrow.",
                "The meeting decided to sign a treaty."), BODY, 6);
        assertEquals(1, d.keyFacts().size());
        assertEquals(List.of("2 key facts dropped: quote not found in the article"), d.warnings());
        assertEquals(new QuoteCounts(1, 0, 0, 2), d.quotes());
    }

    @Test
    void shortQuoteIsRejectedEvenWhenFound() {
        Digest d = grounding.verify(draftWithFacts("Kim may travel"), BODY, 6);
        assertEquals(List.of(), d.keyFacts());
        assertEquals(List.of("1 key fact dropped: quote shorter than 4 words"), d.warnings());
    }

    @Test
    void duplicateFactsKeepOne() {
        Digest d = grounding.verify(draftWithFacts("Kim may travel to Russia.", "\"Kim may travel to Russia.\""),
                BODY, 6);
        assertEquals(1, d.keyFacts().size());
        assertEquals(List.of("1 key fact dropped: same quote as another"), d.warnings());
    }

    @Test
    void keyFactsAreCappedAtMax() {
        Digest d = grounding.verify(draftWithFacts(
                "Kim may travel to Russia.",
                "A U.S. official said Monday",
                "or when the meeting would take place."), BODY, 2);
        assertEquals(2, d.keyFacts().size());
        assertEquals("Kim may travel to Russia.", d.keyFacts().get(0).quote());
        assertEquals(List.of("1 key fact dropped: over the limit of 2"), d.warnings());
    }

    @Test
    void answerKeepsOnlyVerifiedQuotes() {
        Draft draft = new Draft("S.", List.of(), List.of(new Draft.ProposedAnswer("Where may Kim go?",
                Answer.ANSWERED, "Russia.", List.of("Kim may travel to Russia.", "Kim flies to Mars next week."))),
                USAGE);
        Answer a = grounding.verify(draft, BODY, 6).answers().get(0);
        assertEquals(Answer.ANSWERED, a.status());
        assertEquals(1, a.quotes().size());
        assertTrue(a.quotes().get(0).verified());
        assertEquals("Kim may travel to Russia.", BODY.substring(a.quotes().get(0).start(), a.quotes().get(0).end()));
    }

    @Test
    void answerWithoutVerifiedQuoteBecomesNotStated() {
        Draft draft = new Draft("S.", List.of(), List.of(new Draft.ProposedAnswer("What did the meeting decide?",
                Answer.ANSWERED, "They signed a deal.", List.of("The meeting decided to sign a deal."))), USAGE);
        Digest d = grounding.verify(draft, BODY, 6);
        Answer a = d.answers().get(0);
        assertEquals(Answer.NOT_STATED, a.status());
        assertNull(a.answer());
        assertNull(a.quotes());
        assertEquals(List.of("answer 1 (\"What did the meeting decide?\") marked not_stated: "
                + "no supporting quote (quote not found in the article)"), d.warnings());
    }

    @Test
    void answersFollowQuestionOrderOnePerQuestion() {
        Draft draft = new Draft("S.", List.of(), List.of(
                new Draft.ProposedAnswer("Q2?", Answer.NOT_STATED, null, List.of()),
                new Draft.ProposedAnswer("Q1?", Answer.ANSWERED, "Russia.", List.of("Kim may travel to Russia.")),
                new Draft.ProposedAnswer("Q1?", Answer.NOT_STATED, null, List.of())), USAGE);
        Digest d = grounding.verify(draft, BODY, 6, List.of("Q1?", "Q2?", "Q3?"));
        assertEquals(List.of("Q1?", "Q2?", "Q3?"), d.answers().stream().map(Answer::question).toList());
        assertEquals(List.of(Answer.ANSWERED, Answer.NOT_STATED, Answer.NOT_STATED),
                d.answers().stream().map(Answer::status).toList());
        assertEquals(List.of("answer 3 (\"Q3?\") not answered by the engine: marked not_stated"), d.warnings());
    }

    @Test
    void rewordedQuestionIsMatchedByTextThenByPosition() {
        Draft draft = new Draft("S.", List.of(), List.of(
                new Draft.ProposedAnswer("where may kim go? ", Answer.ANSWERED, "Russia.",
                        List.of("Kim may travel to Russia.")),
                new Draft.ProposedAnswer("Who is Watson?", Answer.ANSWERED, "A spokeswoman.",
                        List.of("We have information that Kim Jong Un"))), USAGE);
        Digest d = grounding.verify(draft, BODY, 6, List.of("Where may Kim go?", "Who is Adrienne Watson?"));
        assertEquals(List.of("Where may Kim go?", "Who is Adrienne Watson?"),
                d.answers().stream().map(Answer::question).toList());
        assertEquals(List.of(Answer.ANSWERED, Answer.ANSWERED), d.answers().stream().map(Answer::status).toList());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void unknownStatusBecomesNotStatedWithWarning() {
        Draft draft = new Draft("S.", List.of(), List.of(
                new Draft.ProposedAnswer("Q1?", "maybe", "Russia.", List.of("Kim may travel to Russia."))), USAGE);
        Digest d = grounding.verify(draft, BODY, 6);
        assertEquals(Answer.NOT_STATED, d.answers().get(0).status());
        assertEquals(List.of("answer 1 (\"Q1?\") has unknown status \"maybe\": marked not_stated"), d.warnings());
    }

    @Test
    void verifyWithoutQuestionListUsesDistinctDraftQuestions() {
        Draft draft = new Draft("S.", List.of(), List.of(
                new Draft.ProposedAnswer("Q1?", Answer.ANSWERED, "Russia.", List.of("Kim may travel to Russia.")),
                new Draft.ProposedAnswer("Q1?", Answer.NOT_STATED, null, List.of())), USAGE);
        List<Answer> answers = grounding.verify(draft, BODY, 6).answers();
        assertEquals(1, answers.size());
        assertEquals(Answer.ANSWERED, answers.get(0).status());
    }

    @Test
    void engineClaimsOfOffsetsAreNeverUsed() {
        Digest d = grounding.verify(draftWithFacts("Kim may travel to Russia."), BODY, 6);
        KeyFact f = d.keyFacts().get(0);
        assertFalse(f.start() < 0);
        assertEquals(BODY.indexOf("Kim may travel"), f.start());
    }
}
