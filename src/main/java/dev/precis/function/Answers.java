package dev.precis.function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.StoredResult;
import dev.precis.pipeline.Outcome;

import java.util.List;
import java.util.Set;

/**
 * What a caller who waits is answered with: the stored result without the article's body text unless
 * {@code include} asks for it (the stored result always has it), and never more than Lambda can return.
 */
final class Answers {

    /**
     * Largest answer body, in bytes of JSON. Lambda refuses a response over 6 MB (6,291,456 bytes), and an
     * API Gateway proxy response carries the body as an escaped JSON string, which quotes and line breaks
     * grow; 5 MB leaves that room. Past it the included text is left out and the answer says so.
     */
    static final int MAX_ANSWER_BYTES = 5_000_000;

    private Answers() {
    }

    /** The answer to a request processed with {@code include}. */
    static SummarizeResponse of(Outcome outcome, Set<String> include, ObjectMapper mapper) {
        StoredResult result = outcome.result();
        boolean withText = include.contains("text") && result.article() != null;
        if (!withText) return new SummarizeResponse(outcome.location(), outcome.reused(), trimmed(result), null);
        SummarizeResponse whole = new SummarizeResponse(outcome.location(), outcome.reused(), result, null);
        if (size(whole, mapper) <= MAX_ANSWER_BYTES) return whole;
        return new SummarizeResponse(outcome.location(), outcome.reused(), trimmed(result), List.of("article.text"));
    }

    private static StoredResult trimmed(StoredResult result) {
        return result.article() == null ? result : result.withArticle(result.article().withoutText());
    }

    private static long size(Object answer, ObjectMapper mapper) {
        try {
            return mapper.writeValueAsBytes(answer).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answers always serialize", e);
        }
    }
}
