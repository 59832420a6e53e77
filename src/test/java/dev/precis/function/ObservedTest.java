package dev.precis.function;

import dev.precis.model.Deadline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.testing.TestConfig;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A request refused before it reaches the pipeline (not JSON, no source…) is still an article that
 * failed: it gets its failure metric with its code, from every trigger.
 */
class ObservedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Metrics metrics = Metrics.of(TestConfig.of(Map.of()).metrics(), "builtin-extractive",
            new PrintStream(out, true, StandardCharsets.UTF_8));

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!l.isBlank()) lines.add(JSON.readTree(l));
        }
        return lines;
    }

    @Test
    void aRequestTheParserRefusesIsCountedAsAFailureWithItsCode() throws Exception {
        PrecisException thrown = assertThrows(PrecisException.class, () -> Observed.process(null, metrics, "http", null,
                () -> new RequestParser(JSON).parse("{\"url\":\"https://a.example/x\",\"colour\":1}"), null));
        List<JsonNode> lines = lines();
        assertEquals(1, lines.size());
        assertEquals(thrown.code().id(), lines.get(0).path("ErrorCode").asText());
        assertEquals(1, lines.get(0).path("Failures").asInt());
        assertEquals("http", lines.get(0).path("Trigger").asText());
        assertEquals("none", lines.get(0).path("source").asText());
    }

    @Test
    void anSqsMessageWhoseBodyIsNotJsonIsCountedAndLeftForRetry() throws Exception {
        JsonNode event = JSON.readTree("{\"Records\":[{\"messageId\":\"m-1\",\"eventSource\":\"aws:sqs\",\"body\":\"not json\"}]}");
        Map<String, Object> answer = new SqsBatch(null, new RequestParser(JSON), JSON, metrics)
                .handle(event, new BatchRunner(2, Duration.ofSeconds(1)), Deadline.in(Duration.ofMillis(60_000)));
        assertEquals(List.of(Map.of("itemIdentifier", "m-1")), answer.get("batchItemFailures"));
        List<JsonNode> lines = lines();
        assertEquals(1, lines.size());
        assertEquals(ErrorCode.INVALID_JSON.id(), lines.get(0).path("ErrorCode").asText());
        assertEquals("m-1", lines.get(0).path("sqsMessageId").asText());
        assertEquals("sqs", lines.get(0).path("Trigger").asText());
    }
}
