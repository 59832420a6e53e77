package dev.precis.summarize;

import dev.precis.model.Article;
import dev.precis.testing.ModelReplies;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Prompt tokens stay close to the body's own tokens on the reference page: no boilerplate, no
 * duplicated instructions (estimated as characters / 4, the engine's own estimate).
 */
class PromptSizeTest {

    /** Instructions, tags and questions may add at most this many tokens to the body. */
    private static final int MAX_OVERHEAD_TOKENS = 350;

    @Test
    void thePromptIsTheBodyPlusAFewHundredTokens() {
        Article article = ModelReplies.referenceArticle();
        List<String> questions = List.of(ModelReplies.WHERE, ModelReplies.DECIDED);
        int body = Chunker.tokens(article.text());

        ScriptedModel structured = new ScriptedModel(true, r -> ModelReplies.goodDigest());
        new LlmEngine("openai", "m", structured, LlmOptions.defaults(), d -> { }).draft(article, questions);
        int withSchemaFormat = Chunker.tokens(structured.prompt(0));

        ScriptedModel plain = new ScriptedModel(false, r -> ModelReplies.goodDigest());
        new LlmEngine("anthropic", "m", plain, LlmOptions.defaults(), d -> { }).draft(article, questions);
        int withSchemaInPrompt = Chunker.tokens(plain.prompt(0));

        System.out.printf("reference page: body ~%d tokens; prompt ~%d tokens (JSON-schema output), ~%d (schema in prompt)%n",
                body, withSchemaFormat, withSchemaInPrompt);
        assertTrue(withSchemaFormat - body <= MAX_OVERHEAD_TOKENS, "overhead " + (withSchemaFormat - body));
        assertTrue(withSchemaInPrompt - body <= MAX_OVERHEAD_TOKENS, "overhead " + (withSchemaInPrompt - body));
        assertTrue(structured.prompt(0).split(java.util.regex.Pattern.quote(article.paragraphs().get(1)), -1).length == 2,
                "the body is sent once");
    }
}
