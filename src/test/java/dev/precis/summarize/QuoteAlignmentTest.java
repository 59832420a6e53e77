package dev.precis.summarize;

import dev.precis.model.Quote;
import dev.precis.testing.ModelReplies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Near-verbatim quotes placed by alignment, on the reference article and small bodies: what is
 * forgiven (and the article's words stored), and the near-misses that are never accepted.
 */
class QuoteAlignmentTest {

    private static final String ARTICLE = ModelReplies.referenceArticle().text();
    private static final BodyIndex INDEX = BodyIndex.of(ARTICLE);

    /** The article's words where {@code quote} is placed, requiring it to be aligned. */
    private static String aligned(String quote) {
        return aligned(quote, INDEX);
    }

    private static String aligned(String quote, BodyIndex body) {
        Grounding.Placement p = Grounding.usable(quote, body);
        assertNotNull(p, "placed: " + quote + " (" + Grounding.problem(quote, body) + ")");
        assertEquals(Quote.ALIGNED, p.match(), quote);
        return body.body.substring(p.span().start(), p.span().end());
    }

    /** Meaning-changing near-misses of the reference article: never placed, however close. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "may travel -> will travel | North Korean leader Kim Jong Un will travel to Russia soon to meet with President Vladimir Putin",
            "last month -> last week | Russian Defense Minister Sergei Shoigu traveled to Pyongyang last week and tried to persuade North Korea to sell artillery ammunition to Russia.",
            "Vladivostok -> Vladimir | the Pacific port city of Vladimir would be a likely possibility given its relative proximity to North Korea",
            "not authorized -> authorized | The official, who was authorized to address the matter publicly and spoke to The Associated Press on condition of anonymity, said the U.S. expects Kim will make the trip within the month.",
            "isn't sure -> is sure | The official said the U.S. is sure exactly where or when the meeting would take place",
            "isn't sure -> is not sure (negation kept) -> is certain | The official said the U.S. is certain exactly where or when the meeting would take place",
            "two countries -> three | Shoigu said Monday that the three countries may hold joint war games.",
            "two countries -> 3 | Shoigu said Monday that the 3 countries may hold joint war games.",
            "Monday -> Tuesday | Shoigu said Tuesday that the two countries may hold joint war games.",
            "may hold -> will hold | Shoigu said Monday that the two countries will hold joint war games.",
            "may hold -> hold (hedge dropped) | Shoigu said Monday that the two countries hold joint war games.",
            "likely possibility -> possibility | Vladivostok would be a possibility given its relative proximity to North Korea",
            "negation added | We have information that Kim Jong Un does not expect these discussions to continue",
            "Kim -> Xi | it had intelligence indicating that Putin and Xi swapped letters following Shoigu's visit",
            "Russia -> China | to cease its arms negotiations with China and abide by the public commitments that Pyongyang has made",
            "Putin and Kim -> Kim (a name left out) | it had intelligence indicating that Kim swapped letters following Shoigu's visit",
            "this month -> next month | The New York Times first reported that Kim planned to meet with Putin in Russia next month.",
            "last week -> last month | The White House said last month that it had intelligence indicating that Putin and Kim swapped letters",
            "more at the surface level -> less | the letters were more at the surface level but that Russian and North Korean talks on a weapons sale were stalling",
            "name added at the start | Putin may travel to Russia soon to meet with President Vladimir Putin as the Kremlin tries",
            "ellipsis swallowing a negation | the U.S. ... sure exactly where or when the meeting would take place",
            "ellipsis fragments out of order | as the Kremlin tries to acquire military equipment ... may travel to Russia soon to meet with President Vladimir Putin",
            "ellipsis across distant paragraphs | Kim Jong Un may travel to Russia soon ... the two countries may hold joint war games",
            "two words of its own | tried to persuade North Korea to sell ballistic missiles to Russia",
            "bracket adding a date | the two countries [in March] may hold joint war games with Russia",
            "bracket replacing a name | [Lavrov] traveled to Pyongyang last month and tried to persuade North Korea"})
    void aNearMissIsNeverPlaced(String change, String quote) {
        assertNull(Grounding.usable(quote, INDEX), change + ": " + quote);
        assertTrue(Grounding.problem(quote, INDEX) != null);
    }

    @Test
    void aNearMissIsDroppedWithTheReasonThatItsMeaningDiffers() {
        assertEquals(Grounding.REASON_MEANING, Grounding.problem(
                "Shoigu said Monday that the two countries will hold joint war games.", INDEX));
        assertEquals(Grounding.REASON_MEANING, Grounding.problem(
                "Russian Defense Minister Sergei Shoigu traveled to Pyongyang last week and tried to persuade North Korea", INDEX));
        assertEquals(Grounding.REASON_NOT_FOUND, Grounding.problem(
                "Kim Jong Un has already signed a defense treaty with Russia in Moscow.", INDEX), "a fabrication is not found");
    }

    @Test
    void anEllipsisJoinsFragmentsOfOneSentenceAndTheWholeSpanIsStored() {
        assertEquals("may travel to Russia soon to meet with President Vladimir Putin as the Kremlin tries",
                aligned("\u2026 may travel to Russia soon ... as the Kremlin tries \u2026"));
        assertEquals("may travel to Russia soon to meet with President Vladimir Putin as the Kremlin tries",
                aligned("may travel to Russia soon [...] as the Kremlin tries"));
    }

    @Test
    void anEllipsisMaySkipAWholeClauseHoldingANegation() {
        assertEquals("The official, who was not authorized to address the matter publicly and spoke to The Associated "
                        + "Press on condition of anonymity, said the U.S. expects Kim will make the trip within the month.",
                aligned("The official, ... said the U.S. expects Kim will make the trip within the month."));
    }

    @Test
    void anEllipsisMayCrossOneSentenceBoundaryButNotTwo() {
        String body = "The port reopened on Friday after a week of repairs. Ferries resumed their normal timetable. "
                + "Passengers were told to expect delays until the weekend. The harbour master thanked the crews.";
        BodyIndex index = BodyIndex.of(body);
        assertEquals("The port reopened on Friday after a week of repairs. Ferries resumed their normal timetable.",
                aligned("The port reopened on Friday ... Ferries resumed their normal timetable", index));
        assertNull(Grounding.usable("The port reopened on Friday ... were told to expect delays until the weekend", index));
    }

    @Test
    void aFragmentOfOneWordIsNotEnough() {
        assertNull(Grounding.usable("Kim ... may travel to Russia soon to meet with President Vladimir Putin", INDEX));
    }

    @Test
    void aDroppedPhraseAClauseAndAFirstNameAreForgiven() {
        assertEquals("Russian Defense Minister Sergei Shoigu traveled to Pyongyang last month and tried to persuade North Korea "
                        + "to sell artillery ammunition to Russia.",
                aligned("Russian Defense Minister Sergei Shoigu traveled to Pyongyang and tried to persuade North Korea to sell "
                        + "artillery ammunition to Russia."));
        assertEquals("The official, who was not authorized to address the matter publicly and spoke to The Associated "
                        + "Press on condition of anonymity, said the U.S. expects Kim will make the trip within the month.",
                aligned("The official said the U.S. expects Kim will make the trip within the month."));
        assertEquals("National Security Council spokesman John Kirby said the letters were \u201cmore at the surface level\u201d",
                aligned("National Security Council spokesman Kirby said the letters were \"more at the surface level\""));
    }

    @Test
    void aBracketStandsForTheWordsItReplaces() {
        assertEquals("abide by the public commitments that Pyongyang has made to not provide or sell arms to Russia.",
                aligned("abide by the public commitments that [Pyongyang] has made to not provide or sell arms to Russia"));
        assertEquals("She added that the U.S. is urging North Korea",
                aligned("[Watson] added that the U.S. is urging North Korea"));
        assertEquals("the two countries may hold joint war games.", aligned("[T]he two countries may hold joint war games"));
    }

    @Test
    void caseFinalPunctuationAndQuotationMarksAreForgivenAndTheArticlesOnesStored() {
        assertEquals("Watson said, \u201cWe have information that Kim Jong Un expects these discussions to continue, to include "
                        + "leader-level diplomatic engagement in Russia.\u201d",
                aligned("watson said we have information that kim jong un expects these discussions to continue to include "
                        + "leader level diplomatic engagement in russia"));
    }

    @Test
    void oneWordOfItsOwnIsASynonymButNeverAMeaningWord() {
        assertEquals("The White House said last week that it had intelligence indicating that Putin and Kim swapped letters "
                        + "following Shoigu\u2019s visit.",
                aligned("The White House said last week that it had intelligence showing that Putin and Kim swapped letters "
                        + "following Shoigu's visit."));
    }

    @Test
    void contractionsAcronymsNumbersAndPercentagesCompareByMeaning() {
        assertEquals("The official said the U.S. isn\u2019t sure exactly where or when the meeting would take place",
                aligned("The official said the US is not sure exactly where or when the meeting would take place"));
        BodyIndex body = BodyIndex.of("Fares would rise by 40% from April, and children under 12 would still travel free. "
                + "The operator carried 1,200,000 passengers in two years.");
        assertEquals("Fares would rise by 40% from April", aligned("fares would rise by 40 percent from April", body));
        assertEquals("children under 12 would still travel free.", aligned("children under twelve would still travel free", body));
        assertEquals("The operator carried 1,200,000 passengers in two years.",
                aligned("The operator carried 1200000 passengers in 2 years", body));
        assertNull(Grounding.usable("The operator carried 1,300,000 passengers in two years", body));
    }

    @Test
    void shortQuotesMustMatchWordForWord() {
        assertEquals("may hold joint war games.", aligned("May hold joint war games"));
        assertEquals("may hold joint war games.", aligned("may stage joint war games"), "one word of its own in five");
        assertNull(Grounding.usable("stage joint war games", INDEX), "not in four");
    }

    @Test
    void wordsOfScriptsWithoutSpacesAreCharacters() {
        BodyIndex body = BodyIndex.of("東京都は月曜日、新しい条例を発表した。市民の反応はさまざまだった。");
        assertEquals("東京都は月曜日、新しい条例を発表した。", aligned("東京都は月曜日新しい条例を発表した", body));
    }

    @Test
    void aQuoteOfCommonWordsInAHugeArticleIsAnsweredWithinTheTableBound() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) sb.append("It is what it is and it was what it was. ");
        BodyIndex body = BodyIndex.of(sb.toString());
        long started = System.nanoTime();
        assertNull(Grounding.usable("it is what it was and it is what it is not", body));
        System.out.printf("common-word quote against a 200,000-word body: %d ms (index included)%n",
                (System.nanoTime() - started) / 1_000_000);
    }
}
