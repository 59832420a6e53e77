package dev.precis.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.Provenance;
import dev.precis.model.QuoteCounts;
import dev.precis.pipeline.Outcome;
import dev.precis.pipeline.Timings;
import dev.precis.model.StoredResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each metric line is valid CloudWatch Embedded Metric Format, with the values the outcome had. */
class MetricsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> UNITS = Set.of("Count", "Milliseconds");

    private final List<String> lines = new ArrayList<>();

    private Metrics metrics(List<String> dimensions) {
        return new Metrics(true, "PrecisTest", "precis-test", dimensions, "openai:gpt-4o-mini", lines::add, () -> 1745762531204L);
    }

    private static Outcome outcome(boolean reused) {
        Provenance p = new Provenance("openai:gpt-4o-mini", "gpt-4o-mini", "digest-1", "x", 1432, 287, 1, 40, "2025-04-27T00:00:00Z");
        StoredResult r = new StoredResult(StoredResult.SCHEMA, null, null, "s", List.of(), List.of(), p, List.of());
        return new Outcome("s3://b/news/kim.summary.json", r, reused, new Timings(12, 34, 560, 7, 613),
                reused ? QuoteCounts.NONE : new QuoteCounts(1, 1, 3, 2));
    }

    /** Parses a line and checks the EMF rules: directive shape, every metric and dimension present, numbers. */
    private static JsonNode valid(String line) throws Exception {
        assertFalse(line.contains("\n"), "one line");
        JsonNode root = JSON.readTree(line);
        assertTrue(root.isObject());
        JsonNode aws = root.path("_aws");
        assertTrue(aws.path("Timestamp").isIntegralNumber(), "Timestamp in epoch ms");
        JsonNode directives = aws.path("CloudWatchMetrics");
        assertTrue(directives.isArray() && directives.size() == 1);
        JsonNode d = directives.get(0);
        assertTrue(d.path("Namespace").isTextual() && !d.path("Namespace").asText().isBlank());
        assertTrue(d.path("Dimensions").isArray() && !d.path("Dimensions").isEmpty());
        for (JsonNode set : d.path("Dimensions")) {
            assertTrue(set.isArray() && set.size() >= 1 && set.size() <= 30, "1..30 dimensions per set");
            for (JsonNode name : set) {
                assertTrue(root.path(name.asText()).isTextual(), "dimension " + name + " is a string member");
            }
        }
        Set<String> names = new HashSet<>();
        assertTrue(d.path("Metrics").isArray() && d.path("Metrics").size() <= 100);
        for (JsonNode m : d.path("Metrics")) {
            String name = m.path("Name").asText();
            assertTrue(names.add(name), "metric named once: " + name);
            assertTrue(UNITS.contains(m.path("Unit").asText()), name + " has a CloudWatch unit");
            assertTrue(root.path(name).isNumber(), "metric " + name + " has a number value");
        }
        return root;
    }

    @Test
    void aProcessedArticleIsOneValidLineWithItsCountsTokensAndTimes() throws Exception {
        metrics(List.of("Service")).success("sqs", outcome(false), Map.of("sqsMessageId", "m-1", "source", "s3://b/news/kim.html"));
        assertEquals(1, lines.size());
        JsonNode line = valid(lines.get(0));
        JsonNode d = line.path("_aws").path("CloudWatchMetrics").get(0);
        assertEquals("PrecisTest", d.path("Namespace").asText());
        assertEquals("[[\"Service\"]]", d.path("Dimensions").toString());
        assertEquals(1745762531204L, line.path("_aws").path("Timestamp").asLong());
        assertEquals("precis-test", line.path("Service").asText());
        assertEquals(1, line.path("ArticlesProcessed").asInt());
        assertEquals(0, line.path("ArticlesReused").asInt());
        assertEquals(1, line.path("LlmCalls").asInt());
        assertEquals(1432, line.path("InputTokens").asInt());
        assertEquals(287, line.path("OutputTokens").asInt());
        assertEquals(3, line.path("QuotesAligned").asInt());
        assertEquals(2, line.path("QuotesDropped").asInt());
        assertEquals("Count", unit(d, "QuotesAligned"));
        assertEquals(34, line.path("ExtractionTime").asInt());
        assertEquals(560, line.path("LlmTime").asInt());
        assertEquals(613, line.path("EndToEndTime").asInt());
        assertEquals("Milliseconds", unit(d, "LlmTime"));
        assertEquals("Count", unit(d, "InputTokens"));
        assertEquals("m-1", line.path("sqsMessageId").asText());
        assertEquals("ok", line.path("outcome").asText());
    }

    @Test
    void onlyTheFirstLineOfAnInstanceIsAColdStart() throws Exception {
        Metrics m = metrics(List.of("Service"));
        m.success("sqs", outcome(false), Map.of());
        m.success("sqs", outcome(false), Map.of());
        m.failure("sqs", "llm_unavailable", 5, Map.of());
        assertEquals(1, valid(lines.get(0)).path("ColdStart").asInt());
        assertEquals(0, valid(lines.get(1)).path("ColdStart").asInt());
        assertEquals(0, valid(lines.get(2)).path("ColdStart").asInt());
    }

    @Test
    void aReusedResultCostsNoTokens() throws Exception {
        metrics(List.of("Service")).success("http", outcome(true), Map.of());
        JsonNode line = valid(lines.get(0));
        assertEquals(1, line.path("ArticlesReused").asInt());
        assertEquals(0, line.path("LlmCalls").asInt());
        assertEquals(0, line.path("InputTokens").asInt());
        assertEquals(0, line.path("QuotesAligned").asInt());
        assertEquals(0, line.path("QuotesDropped").asInt());
        assertEquals("reused", line.path("outcome").asText());
    }

    @Test
    void failuresAreCountedInTotalAndPerErrorCode() throws Exception {
        metrics(List.of("Service", "Trigger")).failure("sqs", "fetch_failed", 120, Map.of("awsRequestId", "r-1"));
        JsonNode line = valid(lines.get(0));
        JsonNode d = line.path("_aws").path("CloudWatchMetrics").get(0);
        assertEquals("[[\"Service\",\"Trigger\"],[\"Service\",\"Trigger\",\"ErrorCode\"]]", d.path("Dimensions").toString());
        assertEquals("fetch_failed", line.path("ErrorCode").asText());
        assertEquals(1, line.path("Failures").asInt());
        assertEquals(120, line.path("EndToEndTime").asInt());
        assertEquals("sqs", line.path("Trigger").asText());
        assertEquals("r-1", line.path("awsRequestId").asText());
    }

    @Test
    void theEngineCanBeADimension() throws Exception {
        metrics(List.of("Service", "Engine")).success("direct", outcome(false), Map.of());
        JsonNode line = valid(lines.get(0));
        assertEquals("openai:gpt-4o-mini", line.path("Engine").asText());
    }

    @Test
    void anUnknownDimensionIsAConfigurationErrorNamingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> metrics(List.of("Region")));
        assertTrue(e.getMessage().contains("precis.metrics.dimensions"), e.getMessage());
    }

    @Test
    void disabledMetricsWriteNothing() {
        new Metrics(false, "P", "p", List.of("Service"), "builtin-extractive", lines::add, () -> 0L)
                .success("sqs", outcome(false), Map.of());
        assertTrue(lines.isEmpty());
    }

    private static String unit(JsonNode directive, String metric) {
        for (JsonNode m : directive.path("Metrics")) {
            if (m.path("Name").asText().equals(metric)) return m.path("Unit").asText();
        }
        throw new AssertionError("no metric " + metric);
    }
}
