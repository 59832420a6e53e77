package dev.precis.function;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.ArticleInfo;
import dev.precis.model.Provenance;
import dev.precis.model.StoredResult;
import dev.precis.pipeline.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a waiting caller gets: no body text unless asked, and never more than Lambda can return. */
class AnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private static Outcome outcome(String text) {
        ArticleInfo article = new ArticleInfo("Title", null, null, "en", null, null, text.split(" ").length, "sha", text);
        Provenance p = new Provenance("builtin-extractive", null, "b1", "extract-1", 0, 0, 0, 5, "2026-12-05T00:00:00Z");
        return new Outcome("s3://b/x.summary.json", new StoredResult(StoredResult.SCHEMA, null, article, "s", List.of(),
                List.of(), p, List.of()), false);
    }

    @Test
    void theTextIsLeftOutUnlessIncluded() {
        assertNull(Answers.of(outcome("Some words here."), Set.of(), JSON).result().article().text());
        SummarizeResponse with = Answers.of(outcome("Some words here."), Set.of("text"), JSON);
        assertEquals("Some words here.", with.result().article().text());
        assertNull(with.omitted());
    }

    @Test
    void anAnswerThatWouldPassLambdasLimitLeavesTheTextOutAndSaysSo() throws Exception {
        // 6 MB of article text (with quotes and line breaks, which JSON escaping grows): past the 6 MB limit.
        String huge = "He said \"yes\".\n".repeat(400_000);
        SummarizeResponse answer = Answers.of(outcome(huge), Set.of("text"), JSON);
        assertEquals(List.of("article.text"), answer.omitted());
        assertNull(answer.result().article().text());
        assertTrue(JSON.writeValueAsBytes(answer).length < Answers.MAX_ANSWER_BYTES);
        assertEquals(huge.split(" ").length, answer.result().article().words(), "everything else is kept");
    }
}
