package dev.precis.summarize;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.Answer;
import dev.precis.model.Article;
import dev.precis.model.Digest;
import dev.precis.model.ErrorCode;
import dev.precis.model.KeyFact;
import dev.precis.model.Quote;
import dev.precis.model.QuoteCounts;
import dev.precis.model.PrecisException;
import dev.precis.testing.ModelReplies;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.testing.ModelReplies.DECIDED;
import static dev.precis.testing.ModelReplies.WHERE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The LLM engine's bounded steps: JSON repair, the grounding re-ask, long articles in parts. */
class LlmEngineTest {

    private static final List<String> QUESTIONS = List.of(WHERE, DECIDED);

    private static LlmEngine engine(ScriptedModel model, LlmOptions options) {
        return new LlmEngine("test", "scripted", model, options, d -> { });
    }

    private static Digest summarize(ScriptedModel model) {
        return new Summarizer(engine(model, LlmOptions.defaults()), 6).summarize(ModelReplies.referenceArticle(), QUESTIONS);
    }

    @Test
    void aGroundedAnswerTakesOneCall() {
        ScriptedModel model = ScriptedModel.replying(ModelReplies.goodDigest());
        Digest d = summarize(model);
        assertEquals(1, model.requests.size());
        assertEquals(1, d.usage().llmCalls());
        assertEquals(2, d.keyFacts().size());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void quotesNotFoundAreReaskedOnceWithTheFailuresListed() {
        ScriptedModel model = ScriptedModel.replying(ModelReplies.digestWithFabrications(), ModelReplies.goodDigest());
        Digest d = summarize(model);
        assertEquals(2, model.requests.size(), "one re-ask");
        String reask = ScriptedModel.lastUser(model.requests.get(1));
        assertTrue(reask.contains(ModelReplies.FABRICATED), reask);
        assertTrue(reask.contains("answer to question 2"), reask);
        assertEquals(2, d.usage().llmCalls());
        List<String> quotes = d.keyFacts().stream().map(f -> f.quote()).toList();
        assertTrue(quotes.contains(ModelReplies.SHOIGU), "the re-ask's verified fact is kept: " + quotes);
        assertFalse(quotes.toString().contains("defense treaty"));
        assertEquals(Answer.ANSWERED, d.answers().get(0).status());
        assertEquals(Answer.NOT_STATED, d.answers().get(1).status(), "the re-ask said not stated");
    }

    @Test
    void quotesStillNotFoundAfterTheReaskAreDroppedNeverStoredAsVerified() {
        ScriptedModel model = ScriptedModel.replying(ModelReplies.digestWithFabrications());
        Digest d = summarize(model);
        assertEquals(2, model.requests.size(), "the re-ask happens once, not in a loop");
        assertEquals(1, d.keyFacts().size());
        d.keyFacts().forEach(f -> assertTrue(f.verified()));
        assertEquals(Answer.NOT_STATED, d.answers().get(1).status());
        assertTrue(d.warnings().toString().contains("re-asked the model once"), d.warnings().toString());
        assertTrue(d.warnings().toString().contains("quote not found"), d.warnings().toString());
    }

    @Test
    void invalidJsonGetsOneRepairAttempt() {
        ScriptedModel model = ScriptedModel.replying("Sure! Here is your summary: {not json", ModelReplies.goodDigest());
        Digest d = summarize(model);
        assertEquals(2, model.requests.size());
        assertTrue(ScriptedModel.lastUser(model.requests.get(1)).contains("could not be read"));
        assertEquals(2, d.keyFacts().size());
    }

    @Test
    void aCodeFenceAroundTheJsonIsAccepted() {
        ScriptedModel model = ScriptedModel.replying("```json\n" + ModelReplies.goodDigest() + "\n```");
        assertEquals(2, summarize(model).keyFacts().size());
        assertEquals(1, model.requests.size());
    }

    @Test
    void invalidJsonTwiceIsAnInvalidOutputFailure() {
        ScriptedModel model = ScriptedModel.replying("Sure! {not json", "{\"summary\": 3, \"keyFacts\": \"x\"}");
        PrecisException e = assertThrows(PrecisException.class, () -> summarize(model));
        assertEquals(ErrorCode.LLM_INVALID_OUTPUT, e.code());
        assertEquals(2, model.requests.size());
    }

    @Test
    void theSchemaGoesInThePromptOnlyForModelsWithoutStructuredOutput() {
        ScriptedModel plain = ScriptedModel.replying(ModelReplies.goodDigest());
        summarize(plain);
        assertTrue(plain.prompt(0).contains("Reply with one JSON object only"));
        assertEquals(null, plain.requests.get(0).responseFormat());
        ScriptedModel structured = new ScriptedModel(true, r -> ModelReplies.goodDigest());
        new Summarizer(engine(structured, LlmOptions.defaults()), 6).summarize(ModelReplies.referenceArticle(), QUESTIONS);
        assertFalse(structured.prompt(0).contains("Reply with one JSON object only"));
        assertTrue(structured.requests.get(0).responseFormat().jsonSchema() != null);
    }

    /** 60,000 words in paragraphs of 6 sentences of 10 words. */
    static Article longArticle(int words) {
        List<String> paragraphs = new ArrayList<>();
        int n = 0;
        while (n < words) {
            StringBuilder p = new StringBuilder();
            for (int s = 0; s < 6 && n < words; s++, n += 10) {
                if (p.length() > 0) p.append(' ');
                p.append("Report line ").append(n / 10).append(" says the harbour handled more cargo than before.");
            }
            paragraphs.add(p.toString());
        }
        return new Article(null, null, null, null, "en", null, null, null, paragraphs, java.util.Set.of());
    }

    private static final Pattern FIRST_LINE = Pattern.compile("Report line \\d+ says the harbour handled more cargo than before\\.");

    @Test
    void aSixtyThousandWordArticleTakesPartsPlusOneCalls() {
        Article article = longArticle(60_000);
        ScriptedModel model = new ScriptedModel(false, r -> {
            String user = ScriptedModel.lastUser(r);
            Matcher m = FIRST_LINE.matcher(user);
            String quote = m.find() ? m.group() : "nothing";
            return "{\"summary\":\"The harbour handled more cargo.\",\"keyFacts\":[{\"fact\":\"cargo grew\",\"quote\":\""
                    + quote + "\"}],\"answers\":[]}";
        });
        LlmOptions options = LlmOptions.defaults();
        Digest d = new Summarizer(engine(model, options), 6).summarize(article, List.of());
        int parts = Chunker.split(article.paragraphs(), options.maxInputTokens() * Chunker.CHARS_PER_TOKEN).size();
        int tokens = Chunker.tokens(article.text());
        System.out.printf("60k-word article: %d chars, ~%d tokens, %d parts, %d LLM calls%n",
                article.text().length(), tokens, parts, model.requests.size());
        assertEquals(parts + 1, model.requests.size(), "parts + 1 calls");
        assertEquals(parts + 1, d.usage().llmCalls());
        assertTrue(parts <= tokens / options.maxInputTokens() + 2, "parts near tokens / budget: " + parts);
        for (int i = 0; i < model.requests.size(); i++) {
            assertTrue(Chunker.tokens(model.prompt(i)) <= options.maxInputTokens() + 600,
                    "call " + i + " stays within the budget plus instructions");
        }
        assertTrue(ScriptedModel.lastUser(model.requests.get(parts)).startsWith("<notes>"), "the last call reduces");
        assertFalse(d.keyFacts().isEmpty());
        d.keyFacts().forEach(f -> assertTrue(f.verified()));
        assertTrue(d.warnings().toString().contains("read in " + parts + " parts"), d.warnings().toString());
    }

    @Test
    void aPartWithInvalidOutputIsSkippedWithoutExtraCalls() {
        Article article = longArticle(6_000);   // ~9k tokens: 2 parts at 6000
        int[] call = {0};
        ScriptedModel model = new ScriptedModel(false, r -> {
            if (call[0]++ == 0) return "not json";
            Matcher m = FIRST_LINE.matcher(ScriptedModel.lastUser(r));
            return "{\"summary\":\"Cargo.\",\"keyFacts\":[{\"fact\":\"cargo\",\"quote\":\"" + (m.find() ? m.group() : "x")
                    + "\"}],\"answers\":[]}";
        });
        Digest d = new Summarizer(engine(model, LlmOptions.defaults()), 6).summarize(article, List.of());
        assertEquals(3, model.requests.size());
        assertTrue(d.warnings().toString().contains("part 1 of 2 skipped"), d.warnings().toString());
    }

    @Test
    void chunksKeepParagraphsWholeAndEveryWord() {
        Article article = longArticle(3_000);
        List<String> parts = Chunker.split(article.paragraphs(), 2_000);
        assertTrue(parts.size() > 1);
        parts.forEach(p -> assertTrue(p.length() <= 2_000));
        assertEquals(article.text(), String.join("\n\n", parts), "split on paragraph boundaries only");
    }

    /** A reply whose quotes are the article's words with the small deviations models make. */
    private static String nearVerbatimDigest(String extraQuote) {
        ObjectNode d = JSON.createObjectNode();
        d.put("summary", "Kim may travel to Russia to meet Putin.");
        ArrayNode facts = d.putArray("keyFacts");
        facts.addObject().put("fact", "Kim may travel to Russia").put("quote",
                "\u2026 may travel to Russia soon ... as the Kremlin tries \u2026");
        facts.addObject().put("fact", "Shoigu visited Pyongyang").put("quote",
                "russian Defense Minister Sergei Shoigu traveled to Pyongyang and tried to persuade North Korea to sell artillery ammunition to Russia");
        if (extraQuote != null) facts.addObject().put("fact", "extra").put("quote", extraQuote);
        ArrayNode answers = d.putArray("answers");
        ModelReplies.answered(answers, WHERE, "To Russia.",
                "Kim Jong Un may travel to Russia soon ... as the Kremlin tries to acquire military equipment");
        ModelReplies.notStated(answers, DECIDED);
        return d.toString();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @Test
    void noSecondCallWhenEveryQuoteAlignsAndTheArticlesWordsAreStored() {
        ScriptedModel model = ScriptedModel.replying(nearVerbatimDigest(null));
        Digest d = summarize(model);
        assertEquals(1, model.requests.size(), "nothing to re-ask");
        assertEquals(1, d.usage().llmCalls());
        String text = ModelReplies.referenceArticle().text();
        assertEquals(List.of("may travel to Russia soon to meet with President Vladimir Putin as the Kremlin tries", ModelReplies.SHOIGU),
                d.keyFacts().stream().map(KeyFact::quote).toList());
        for (KeyFact f : d.keyFacts()) {
            assertEquals(Quote.ALIGNED, f.match());
            assertEquals(f.quote(), text.substring(f.start(), f.end()));
        }
        Quote q = d.answers().get(0).quotes().get(0);
        assertEquals("Kim Jong Un may travel to Russia soon to meet with President Vladimir Putin as the Kremlin tries to acquire "
                + "military equipment", q.quote());
        assertEquals(new QuoteCounts(0, 0, 3, 0), d.quotes());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void theReaskListsOnlyTheQuotesAlignmentCouldNotPlaceAndWhy() {
        String nearMiss = "Shoigu said Monday that the two countries will hold joint war games.";
        ScriptedModel model = ScriptedModel.replying(nearVerbatimDigest(nearMiss));
        Digest d = summarize(model);
        assertEquals(2, model.requests.size());
        String reask = ScriptedModel.lastUser(model.requests.get(1));
        assertTrue(reask.contains(nearMiss) && reask.contains("changes its meaning"), reask);
        assertFalse(reask.contains("as the Kremlin tries"), "aligned quotes are not re-asked:\n" + reask);
        assertFalse(reask.contains("Shoigu traveled"), reask);
        assertEquals(2, d.keyFacts().size(), "the near miss is dropped, never stored");
        assertTrue(d.warnings().toString().contains("1 key fact dropped: quote differs from the article in a word that changes its meaning"),
                d.warnings().toString());
        assertEquals(1, d.quotes().dropped());
    }

    @Test
    void theModelSeesTitleSiteAndPublicationDateInTheirOwnDataBlockBeforeTheArticle() {
        Article a = ModelReplies.referenceArticle();
        ScriptedModel model = ScriptedModel.replying(ModelReplies.goodDigest());
        summarize(model);
        String user = ScriptedModel.lastUser(model.requests.get(0));
        assertTrue(user.startsWith("<metadata>\ntitle: " + a.title() + "\n"), user);
        assertTrue(user.contains("\npublished: " + a.published() + "\n</metadata>\n<article>\n"), user);
        if (a.siteName() != null) assertTrue(user.contains("\nsite: " + a.siteName() + "\n"), user);
    }

    @Test
    void partNotesCarryTheArticlesWordsNotTheModelsVersion() {
        Article article = ModelReplies.referenceArticle();
        ModelDraft reply = new ModelDraft("Part.", List.of(new ModelDraft.Fact("Shoigu went", "russian Defense Minister Sergei Shoigu "
                + "traveled to Pyongyang and tried to persuade North Korea to sell artillery ammunition to Russia"),
                new ModelDraft.Fact("made up", ModelReplies.FABRICATED)), List.of());
        PartNotes notes = PartNotes.of(1, reply, List.of(), BodyIndex.of(article.text()));
        assertEquals(List.of(ModelReplies.SHOIGU), notes.facts().stream().map(ModelDraft.Fact::quote).toList());
    }
}
