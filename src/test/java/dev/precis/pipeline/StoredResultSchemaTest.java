package dev.precis.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.SummarizeRequest;
import dev.precis.model.HtmlSource;
import dev.precis.testing.Fixtures;
import dev.precis.testing.SummarySchema;
import dev.precis.testing.TestConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A result as stored on disk validates against {@code precis.summary.v1.json}; broken ones do not. */
class StoredResultSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode storedResult() throws Exception {
        Pipeline pipeline = PipelineFactory.create(TestConfig.of(Map.of("precis.store.uri", dir.toString())), () -> {
            throw new AssertionError("no S3 here");
        });
        Outcome outcome = pipeline.process(new HtmlSource(Fixtures.referencePage(),
                "https://news.example.com/world/kim-putin.html",
                List.of("Where may Kim travel and why?", "What did the meeting decide?")));
        Path file = Path.of(java.net.URI.create(outcome.location()));
        return JSON.readTree(Files.readString(file));
    }

    @Test
    void theStoredBuiltinResultIsValid() throws Exception {
        SummarySchema.assertValid(storedResult());
    }

    @Test
    void anUnverifiedFactIsNotValid() throws Exception {
        ObjectNode result = (ObjectNode) storedResult();
        ((ObjectNode) result.get("keyFacts").get(0)).put("verified", false);
        assertFalse(SummarySchema.problems(result).isEmpty());
    }

    @Test
    void anAnsweredAnswerWithoutQuotesIsNotValid() throws Exception {
        ObjectNode result = (ObjectNode) storedResult();
        ((ObjectNode) result.get("answers").get(0)).putArray("quotes");
        assertFalse(SummarySchema.problems(result).isEmpty());
    }

    @Test
    void onlyAnAnswerMayLeaveTheArticleTextOut() throws Exception {
        ObjectNode result = (ObjectNode) storedResult();
        ((ObjectNode) result.get("article")).remove("text");
        assertTrue(SummarySchema.problems(result).isEmpty(), "the schema allows it: answers leave the text out");
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> SummarySchema.assertValid(result),
                "a stored result must have it");
    }

    @Test
    void aMissingProvenanceIsNotValid() throws Exception {
        ObjectNode result = (ObjectNode) storedResult();
        result.remove("provenance");
        assertTrue(!SummarySchema.problems(result).isEmpty());
    }

    @Test
    void everyStoredQuoteSaysHowItWasFoundAndOnlyTheThreeWaysAreValid() throws Exception {
        ObjectNode result = (ObjectNode) storedResult();
        for (var f : result.get("keyFacts")) assertTrue(f.get("match").asText().matches("exact|normalized|aligned"), f.toString());
        ((ObjectNode) result.get("keyFacts").get(0)).put("match", "fuzzy");
        assertFalse(SummarySchema.problems(result).isEmpty());
    }
}
