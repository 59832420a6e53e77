package dev.precis.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.extract.Extractor;
import dev.precis.model.Article;

import java.util.List;
import java.util.Map;

/**
 * What models say about the reference article, and the wire shapes in which each provider says it
 * (recorded from the providers' API references: OpenAI chat completions, Anthropic messages, Ollama
 * {@code /api/chat}, Bedrock Converse), token usage included.
 */
public final class ModelReplies {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static final String WHERE = "Where may Kim travel and why?";
    public static final String DECIDED = "What did the meeting decide?";
    public static final String FABRICATED = "Kim Jong Un has already signed a defense treaty with Russia in Moscow.";
    public static final String FIRST_SENTENCE = "A U.S. official said Monday that North Korean leader Kim Jong Un may travel "
            + "to Russia soon to meet with President Vladimir Putin as the Kremlin tries to acquire military equipment "
            + "for use in its war in Ukraine.";
    public static final String SHOIGU = "Russian Defense Minister Sergei Shoigu traveled to Pyongyang last month and tried "
            + "to persuade North Korea to sell artillery ammunition to Russia.";

    private ModelReplies() {
    }

    /** The reference article as the extractor gives it. */
    public static Article referenceArticle() {
        return new Extractor().extract(Fixtures.referencePage(), "https://news.example.com/world/kim-putin.html");
    }

    /** A digest whose quotes are all in the article; answers WHERE, says DECIDED is not stated. */
    public static String goodDigest() {
        return digest(List.of(fact("Kim may travel to Russia to meet Putin", FIRST_SENTENCE),
                fact("Shoigu pressed Pyongyang for ammunition", SHOIGU)), true);
    }

    /** Like {@link #goodDigest()} plus a fact quoted from nowhere and DECIDED "answered" with a made-up quote. */
    public static String digestWithFabrications() {
        return digest(List.of(fact("Kim may travel to Russia to meet Putin", FIRST_SENTENCE),
                fact("A treaty was signed", FABRICATED)), false);
    }

    public static ObjectNode fact(String fact, String quote) {
        ObjectNode f = JSON.createObjectNode();
        f.put("fact", fact);
        f.put("quote", quote);
        return f;
    }

    /** Adds an answer the model gives with its supporting quotes. */
    public static void answered(ArrayNode answers, String question, String answer, String... quotes) {
        ObjectNode a = answers.addObject();
        a.put("question", question);
        a.put("status", "answered");
        a.put("answer", answer);
        ArrayNode q = a.putArray("quotes");
        for (String quote : quotes) q.add(quote);
    }

    /** Adds an answer the model says the article does not give. */
    public static void notStated(ArrayNode answers, String question) {
        ObjectNode a = answers.addObject();
        a.put("question", question);
        a.put("status", "not_stated");
        a.putNull("answer");
        a.putArray("quotes");
    }

    private static String digest(List<ObjectNode> facts, boolean honest) {
        ObjectNode d = JSON.createObjectNode();
        d.put("summary", "A U.S. official said North Korean leader Kim Jong Un may travel to Russia this month to meet "
                + "President Vladimir Putin, as the Kremlin seeks military equipment for its war in Ukraine.");
        d.putArray("keyFacts").addAll(facts);
        ArrayNode answers = d.putArray("answers");
        answered(answers, WHERE, "To Russia, to meet Putin, as the Kremlin seeks military equipment.",
                "North Korean leader Kim Jong Un may travel to Russia soon to meet with President Vladimir Putin");
        if (honest) {
            notStated(answers, DECIDED);
        } else {
            answered(answers, DECIDED, "They agreed on an arms deal.", "The leaders agreed on an arms deal at the summit.");
        }
        return write(d);
    }

    /** OpenAI {@code chat.completion}. */
    public static String openAi(String content, int promptTokens, int completionTokens) {
        return write(Map.of(
                "id", "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
                "object", "chat.completion",
                "created", 1741569952,
                "model", "gpt-4o-mini-2024-07-18",
                "choices", List.of(Map.of("index", 0, "finish_reason", "stop", "logprobs", Map.of(),
                        "message", Map.of("role", "assistant", "content", content, "refusal", ""))),
                "usage", Map.of("prompt_tokens", promptTokens, "completion_tokens", completionTokens,
                        "total_tokens", promptTokens + completionTokens),
                "system_fingerprint", "fp_06737a9306"));
    }

    /** Anthropic {@code POST /v1/messages} response. */
    public static String anthropic(String text, int inputTokens, int outputTokens) {
        return write(Map.of(
                "id", "msg_01XFDUDYJgAACzvnptvVoYEL",
                "type", "message",
                "role", "assistant",
                "model", "claude-haiku-4-5-20251001",
                "content", List.of(Map.of("type", "text", "text", text)),
                "stop_reason", "end_turn",
                "usage", Map.of("input_tokens", inputTokens, "output_tokens", outputTokens,
                        "cache_creation_input_tokens", 0, "cache_read_input_tokens", 0)));
    }

    /** Ollama {@code POST /api/chat} response with {@code "stream": false}. */
    public static String ollama(String content, int promptEvalCount, int evalCount) {
        Map<String, Object> r = new java.util.LinkedHashMap<>();
        r.put("model", "llama3.1");
        r.put("created_at", "2025-03-10T11:52:32.618947Z");
        r.put("message", Map.of("role", "assistant", "content", content));
        r.put("done_reason", "stop");
        r.put("done", true);
        r.put("total_duration", 5191566416L);
        r.put("load_duration", 2154458L);
        r.put("prompt_eval_count", promptEvalCount);
        r.put("prompt_eval_duration", 383809000L);
        r.put("eval_count", evalCount);
        r.put("eval_duration", 4709213000L);
        return write(r);
    }

    /** Bedrock {@code POST /model/{modelId}/converse} response. */
    public static String bedrock(String text, int inputTokens, int outputTokens) {
        return write(Map.of(
                "output", Map.of("message", Map.of("role", "assistant", "content", List.of(Map.of("text", text)))),
                "stopReason", "end_turn",
                "usage", Map.of("inputTokens", inputTokens, "outputTokens", outputTokens,
                        "totalTokens", inputTokens + outputTokens),
                "metrics", Map.of("latencyMs", 812)));
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
