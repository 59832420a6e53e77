package dev.precis.summarize;

import dev.precis.model.Answer;
import dev.precis.model.Article;
import dev.precis.model.Digest;
import dev.precis.model.KeyFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuiltinEngineTest {

    private static final String WHERE = "Where may Kim travel and why?";
    private static final String DECIDE = "What did the meeting decide?";
    private static final String FIRST_SENTENCE = "WASHINGTON (AP) \u2014 A U.S. official said Monday that North"
            + " Korean leader Kim Jong Un may travel to Russia soon to meet with President Vladimir Putin as the"
            + " Kremlin tries to acquire military equipment for use in its war in Ukraine.";

    private final BuiltinEngine engine = new BuiltinEngine();
    private final Grounding grounding = new Grounding();

    /** The AP story the project was created from: headline line, blank line, 9 body paragraphs. */
    static Article kimPutinArticle() throws IOException {
        try (InputStream in = BuiltinEngineTest.class.getResourceAsStream("/summarize/kim-putin-ap.txt")) {
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int nl = raw.indexOf('\n');
            Article body = Article.ofPlainText(raw.substring(nl + 1));
            return new Article(raw.substring(0, nl).strip(), null, null, null, "en", null, null, null,
                    body.paragraphs(), Set.of());
        }
    }

    private static Article plain(String text) {
        return Article.ofPlainText(text);
    }

    @Test
    void fixtureHasTheNineParagraphs() throws IOException {
        Article a = kimPutinArticle();
        assertEquals(9, a.paragraphs().size());
        assertEquals(FIRST_SENTENCE, a.paragraphs().get(0));
        assertEquals("AP Diplomatic Writer Matthew Lee in Washington contributed to this story.",
                a.paragraphs().get(8));
    }

    @Test
    void identifiesItselfAsTheOfflineEngine() {
        assertEquals("builtin-extractive", engine.id());
        assertNull(engine.model());
        assertEquals(BuiltinEngine.VERSION, engine.promptVersion());
    }

    @Test
    void usageCostsNothing() throws IOException {
        Draft d = engine.draft(kimPutinArticle(), List.of());
        assertEquals("builtin-extractive", d.usage().engine());
        assertEquals(0, d.usage().inputTokens());
        assertEquals(0, d.usage().outputTokens());
        assertEquals(0, d.usage().llmCalls());
    }

    @Test
    void summaryHasTheKimRussiaPutinSentenceWithoutDateline() throws IOException {
        String summary = engine.draft(kimPutinArticle(), List.of()).summary();
        assertTrue(summary.startsWith("A U.S. official said Monday that North Korean leader Kim Jong Un may travel"
                + " to Russia soon to meet with President Vladimir Putin"), summary);
    }

    @Test
    void summaryHasTwoToFourSentences() throws IOException {
        int n = new SentenceSplitter().split(engine.draft(kimPutinArticle(), List.of()).summary()).size();
        assertTrue(n >= 2 && n <= 4, "sentences: " + n);
    }

    @Test
    void summaryLeavesOutTheCreditLine() throws IOException {
        assertTrue(!engine.draft(kimPutinArticle(), List.of()).summary().contains("contributed to this story"));
    }

    @Test
    void everyKeyFactQuoteVerifies() throws IOException {
        Article a = kimPutinArticle();
        Draft d = engine.draft(a, List.of());
        Digest digest = grounding.verify(d, a.text(), BuiltinEngine.MAX_KEY_FACTS);
        assertEquals(d.facts().size(), digest.keyFacts().size());
        assertTrue(digest.keyFacts().size() >= 4, "facts: " + digest.keyFacts().size());
        assertTrue(digest.keyFacts().size() <= BuiltinEngine.MAX_KEY_FACTS);
        assertEquals(List.of(), digest.warnings());
        for (KeyFact f : digest.keyFacts()) {
            assertTrue(f.verified());
            assertEquals(f.quote(), a.text().substring(f.start(), f.end()));
        }
    }

    @Test
    void keyFactsCoverTheStorysMainPoints() throws IOException {
        Draft d = engine.draft(kimPutinArticle(), List.of());
        for (String point : List.of("may travel to Russia", "condition of anonymity", "Vladivostok",
                "Shoigu traveled to Pyongyang", "to cease its arms negotiations", "the letters were")) {
            assertTrue(d.facts().stream().anyMatch(f -> f.quote().contains(point)), point + " in " + d.facts());
        }
    }

    @Test
    void keyFactTextDropsTheDateline() throws IOException {
        Draft.Fact first = engine.draft(kimPutinArticle(), List.of()).facts().get(0);
        assertEquals(FIRST_SENTENCE, first.quote());
        assertTrue(first.fact().startsWith("A U.S. official said Monday"), first.fact());
    }

    @Test
    void whereKimMayTravelIsAnsweredWithTheFirstSentence() throws IOException {
        Article a = kimPutinArticle();
        Digest digest = grounding.verify(engine.draft(a, List.of(WHERE, DECIDE)), a.text(), 6);
        Answer where = digest.answers().get(0);
        assertEquals(WHERE, where.question());
        assertEquals(Answer.ANSWERED, where.status());
        assertNotNull(where.answer());
        assertEquals(FIRST_SENTENCE, where.quotes().get(0).quote());
        assertEquals(0, where.quotes().get(0).start());
        assertTrue(where.quotes().get(0).verified());
    }

    @Test
    void whatTheMeetingDecidedIsNotStated() throws IOException {
        Article a = kimPutinArticle();
        Digest digest = grounding.verify(engine.draft(a, List.of(WHERE, DECIDE)), a.text(), 6);
        Answer decide = digest.answers().get(1);
        assertEquals(DECIDE, decide.question());
        assertEquals(Answer.NOT_STATED, decide.status());
        assertNull(decide.answer());
        assertNull(decide.quotes());
        assertEquals(List.of(), digest.warnings());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Who is Adrienne Watson?                            | Adrienne Watson noted Monday",
            "Where might the meeting take place?                | Vladivostok would be a likely possibility",
            "What did Shoigu try to persuade North Korea to do? | tried to persuade North Korea to sell",
            "What did Kirby say about the letters?              | the letters were",
            "Who first reported the planned meeting?            | The New York Times first reported",
            "What is the US urging North Korea to do?           | to cease its arms negotiations"})
    void answerableQuestionQuotesTheSentenceThatSaysIt(String question, String expected) throws IOException {
        Article a = kimPutinArticle();
        Answer answer = grounding.verify(engine.draft(a, List.of(question)), a.text(), 6).answers().get(0);
        assertEquals(Answer.ANSWERED, answer.status());
        assertEquals(1, answer.quotes().size(), answer.quotes().toString());
        assertTrue(answer.quotes().get(0).quote().contains(expected), answer.quotes().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"What did the meeting decide?", "How many troops does North Korea have?",
            "What is the weather in Vladivostok?", "What did China say about the talks?", "Who won the election?"})
    void questionTheArticleDoesNotAddressIsNotStated(String question) throws IOException {
        Draft d = engine.draft(kimPutinArticle(), List.of(question));
        assertEquals(Answer.NOT_STATED, d.answers().get(0).status());
    }

    @Test
    void oneAnswerPerQuestionInOrder() throws IOException {
        List<String> questions = List.of(DECIDE, WHERE, "Who is Adrienne Watson?", "What is the weather?");
        Draft d = engine.draft(kimPutinArticle(), questions);
        assertEquals(questions, d.answers().stream().map(Draft.ProposedAnswer::question).toList());
    }

    @Test
    void questionWithNoContentWordsIsNotStated() throws IOException {
        Draft d = engine.draft(kimPutinArticle(), List.of("What is it?"));
        assertEquals(Answer.NOT_STATED, d.answers().get(0).status());
    }

    @Test
    void sameInputGivesTheSameDraft() throws IOException {
        Article a = kimPutinArticle();
        List<String> questions = List.of(WHERE, DECIDE);
        assertEquals(engine.draft(a, questions), new BuiltinEngine().draft(a, questions));
    }

    @Test
    void emptyArticleGivesAnEmptyDraft() {
        Draft d = engine.draft(plain(""), List.of(WHERE));
        assertEquals("", d.summary());
        assertEquals(List.of(), d.facts());
        assertEquals(Answer.NOT_STATED, d.answers().get(0).status());
    }

    @Test
    void oneSentenceArticleIsItsOwnSummary() {
        String text = "The city council voted on Tuesday to close the old bridge for repairs.";
        Article a = plain(text);
        Draft d = engine.draft(a, List.of("Why was the bridge closed?"));
        assertEquals(text, d.summary());
        assertEquals(List.of(new Draft.Fact(text, text)), d.facts());
        Digest digest = grounding.verify(d, a.text(), 6);
        assertEquals(Answer.ANSWERED, digest.answers().get(0).status());
    }

    @Test
    void shortArticleWithoutRankableSentencesStillGetsASummary() {
        Draft d = engine.draft(plain("Breaking news. More soon."), List.of());
        assertEquals("Breaking news. More soon.", d.summary());
        assertEquals(List.of(), d.facts());
    }

    @Test
    void datelinesAreLeftOutOfSummaryAndFactsButKeptInQuotes() {
        for (String dateline : List.of("LONDON, England (CNN) -- ", "(CNN) -- ", "PARIS (Reuters) - ",
                "WASHINGTON \u2014 ", "MILLBROOK, Vt. \u2014 ", "SANTA FE, N.M. (AP) \u2014 ")) {
            String text = dateline + "Police said on Tuesday that the old bridge over the river will close for repairs.";
            Draft d = engine.draft(plain(text), List.of());
            assertEquals("Police said on Tuesday that the old bridge over the river will close for repairs.",
                    d.summary(), dateline);
            assertEquals(text, d.facts().get(0).quote());
        }
    }

    @Test
    void capitalizedOpeningWordsAreNotADateline() {
        String text = "NATO allies met in Brussels on Tuesday to discuss the budget for next year.";
        assertEquals(text, engine.draft(plain(text), List.of()).summary());
    }

    @Test
    void veryLongArticleIsRankedOnItsFirstSentencesOnly() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3 * SentenceRanker.MAX_RANKED_SENTENCES; i++) {
            text.append("Sentence number ").append(i).append(" talks about topic ").append(i % 7)
                    .append(" and the harbour.\n\n");
        }
        Article a = plain(text.toString());
        Draft d = engine.draft(a, List.of("What about topic 3 and the harbour?"));
        assertTrue(d.summary().startsWith("Sentence number 0 "), d.summary());
        assertEquals(Answer.ANSWERED, d.answers().get(0).status());
        assertEquals(List.of(), grounding.verify(d, a.text(), 6).warnings());
    }

    @Test
    void longFactIsCutAtAClauseBreak() {
        String sentence = "The official, who was not authorized to address the matter publicly and spoke to the"
                + " paper on condition of anonymity over a long and winding phone call that lasted well into the"
                + " night, said the country expects the leader will make the trip within the month.";
        String fact = BuiltinEngine.shortForm(sentence);
        assertTrue(fact.endsWith(" \u2026"), fact);
        assertTrue(sentence.startsWith(fact.substring(0, fact.length() - 2)), fact);
    }

    /** The README's first request: {@code events/direct-invoke.json}. */
    private static Article directInvoke() throws IOException {
        String json = java.nio.file.Files.readString(java.nio.file.Path.of("events/direct-invoke.json"));
        return plain(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("text").asText());
    }

    @Test
    void readmeFirstRequestKeepsItsDatelineWithTheFirstSentence() throws IOException {
        Article a = directInvoke();
        Draft d = engine.draft(a, List.of("When do the new opening hours start?", "Who pays for the extra staff?"));
        assertTrue(d.summary().startsWith("The Millbrook Public Library will open on Sundays"), d.summary());
        assertTrue(d.facts().get(0).fact().startsWith("The Millbrook Public Library"), d.facts().get(0).fact());
        assertTrue(d.facts().get(0).quote().startsWith("MILLBROOK, Vt. \u2014 The Millbrook Public Library"));
        Digest digest = grounding.verify(d, a.text(), BuiltinEngine.MAX_KEY_FACTS);
        Answer when = digest.answers().get(0);
        assertEquals(Answer.ANSWERED, when.status());
        assertEquals(1, when.quotes().size(), when.quotes().toString());
        assertTrue(when.quotes().get(0).quote().contains("starting in March"));
        assertTrue(when.answer().startsWith("The Millbrook Public Library"), when.answer());
        assertEquals(Answer.ANSWERED, digest.answers().get(1).status());
        assertTrue(digest.answers().get(1).quotes().get(0).quote().contains("pays for three additional part-time staff"));
        assertEquals(List.of(), digest.warnings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"What did Putin say?", "What did Putin say about Kim?", "What did Kim say?",
            "When will the war in Ukraine end?", "How much ammunition has North Korea delivered?"})
    void questionsOnTheReferencePageThatItDoesNotAnswerAreNotStated(String question) {
        Article a = new dev.precis.extract.Extractor().extract(dev.precis.testing.Fixtures.referencePage(),
                "https://news.example/kim.html");
        Digest digest = grounding.verify(engine.draft(a, List.of(question)), a.text(), 6);
        assertEquals(Answer.NOT_STATED, digest.answers().get(0).status());
    }

    @Test
    void whatASpeakerSaidIsAnsweredWithTheirWords() throws IOException {
        Draft d = engine.draft(kimPutinArticle(), List.of("What did Shoigu say?", "What did Watson say?"));
        assertTrue(d.answers().get(0).quotes().get(0).startsWith("Shoigu said Monday"), d.answers().get(0).toString());
        assertTrue(d.answers().get(1).quotes().get(0).matches(".*Watson (?:said|noted) .*"), d.answers().get(1).toString());
    }

    @Test
    void aQuestionInTheTextIsNeverTheAnswerOrTheSummary() {
        String text = "Is this number correct? The agency counted 53 million dollars a week in seized drugs."
                + " The count covers only the drugs seized at the border.";
        Draft d = engine.draft(plain(text), List.of("Is this number correct?"));
        assertTrue(!d.summary().contains("Is this number correct?"), d.summary());
        assertEquals(Answer.NOT_STATED, d.answers().get(0).status());
    }

    @Test
    void aLeadOpeningWithAFurnitureWordIsStillTheLead() {
        String text = "Following the larger model, the maker plans a new small laptop with a quieter keyboard next spring."
                + "\n\nFollow us on social media for more laptop news and reviews every day.\n\nThe small laptop keeps"
                + " its current screen size, suppliers said.\n\nThe keyboard change follows years of complaints from"
                + " owners about stuck keys.";
        String summary = engine.draft(plain(text), List.of()).summary();
        assertTrue(summary.startsWith("Following the larger model"), summary);
        assertTrue(!summary.contains("Follow us"), summary);
    }

    @Test
    void aShortLineThatEndsNoSentenceIsAHeadingNotSummaryMaterial() {
        String text = "Prosecutors in Sweden have dropped an investigation into a rape allegation against the activist."
                + "\n\nThe activist, who denies the accusation, avoided extradition for seven years by staying in an embassy."
                + "\n\nProfile: the activist Timeline of the saga"
                + "\n\nThe investigation had been shelved before but was reopened this year after his eviction."
                + "\n\nThe activist is now held in a prison while another country seeks his extradition.";
        Draft d = engine.draft(plain(text), List.of());
        assertTrue(!d.summary().contains("Timeline of the saga"), d.summary());
        assertTrue(d.facts().stream().noneMatch(f -> f.quote().contains("Timeline")), d.facts().toString());
        // a long line without its full stop is still a sentence: sloppy pages drop them
        String sloppy = "The club has paid the record fee to the league this morning to secure the signing of the keeper"
                + "\n\nThe move frees the transfer of the other keeper to the rival club in Spain.";
        assertTrue(engine.draft(plain(sloppy), List.of()).summary().startsWith("The club has paid"), "sloppy lead kept");
    }

    @Test
    void anEmbeddedPostsAttributionAndLinkAreFurniture() {
        String text = "The club confirmed that its manager had been dismissed after five years in charge of the team."
                + "\n\nThe board said results in the league this season had been well below expectations."
                + "\n\n\u2014 Club Official (@ClubOfficial) November 20, 2019"
                + "\n\nGood luck and hope to see you again my friend and manager. pic.twitter.com/dUO6AJlMxR"
                + "\n\n\u2014 Player Name (@player_name) November 19, 2019";
        Draft d = engine.draft(plain(text), List.of());
        assertTrue(!d.summary().contains("@") && !d.summary().contains("pic.twitter"), d.summary());
        assertTrue(d.facts().stream().noneMatch(f -> f.quote().contains("@") || f.quote().contains("pic.twitter")),
                d.facts().toString());
    }

    /** Twelve distinct 17-word sentences about one council meeting. */
    private static List<String> councilSentences() {
        String[] topics = {"harbour", "school", "bridge", "library", "budget", "parking", "housing", "museum",
                "market", "station", "stadium", "hospital"};
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < topics.length; i++) {
            out.add("The council said on Tuesday that the " + topics[i] + " plan for the town will cost "
                    + (i + 2) + " million pounds.");
        }
        return out;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    @Test
    void summaryIsAsLongAsTheStorysFirstTwoParagraphs() {
        List<String> sentences = councilSentences();
        // a web story: one sentence a paragraph, so its first two paragraphs hold 30 words: the 50-word floor
        Article web = plain(String.join("\n\n", sentences));
        assertEquals(BuiltinEngine.SUMMARY_MIN_WORDS, engine.summaryWordBudget(web));
        String webSummary = engine.draft(web, List.of()).summary();
        assertTrue(words(webSummary) <= BuiltinEngine.SUMMARY_MIN_WORDS, webSummary);
        // the same sentences in paragraphs of four: 136 words up front, so the 110-word ceiling
        StringBuilder full = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            full.append(sentences.get(i)).append(i % 4 == 3 ? "\n\n" : " ");
        }
        Article article = plain(full.toString().strip());
        assertEquals(BuiltinEngine.SUMMARY_MAX_WORDS, engine.summaryWordBudget(article));
        String fullSummary = engine.draft(article, List.of()).summary();
        assertTrue(words(fullSummary) > BuiltinEngine.SUMMARY_MIN_WORDS
                && words(fullSummary) <= BuiltinEngine.SUMMARY_MAX_WORDS, fullSummary);
        // in paragraphs of three: 102 words, between the two
        StringBuilder threes = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) threes.append(sentences.get(i)).append(i % 3 == 2 ? "\n\n" : " ");
        assertEquals(102, engine.summaryWordBudget(plain(threes.toString().strip())));
    }

    @Test
    void textWithoutParagraphsGetsTheFixedBudget() {
        Article block = plain(String.join(" ", councilSentences()));
        assertEquals(BuiltinEngine.SUMMARY_WORD_BUDGET, engine.summaryWordBudget(block));
        // two paragraphs and nothing after them: no lead to measure either
        List<String> s = councilSentences();
        Article two = plain(String.join(" ", s.subList(0, 6)) + "\n\n" + String.join(" ", s.subList(6, 12)));
        assertEquals(BuiltinEngine.SUMMARY_WORD_BUDGET, engine.summaryWordBudget(two));
    }

    @Test
    void headingsAndFurnitureAreNotTheLeadParagraphs() {
        List<String> s = councilSentences();
        // a heading and a "Follow us" line before the story do not count as its first paragraphs
        Article a = plain("Town news\n\nFollow us on social media for more.\n\n" + s.get(0) + " " + s.get(1) + " "
                + s.get(2) + "\n\n" + s.get(3) + "\n\n" + String.join("\n\n", s.subList(4, 12)));
        assertEquals(68, engine.summaryWordBudget(a));
    }
}
