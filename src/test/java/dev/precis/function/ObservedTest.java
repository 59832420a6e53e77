package dev.precis.function;

import dev.precis.model.Deadline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.HtmlSource;
import dev.precis.pipeline.Pipeline;
import dev.precis.pipeline.PipelineFactory;
import dev.precis.testing.Fixtures;
import dev.precis.testing.ModelReplies;
import dev.precis.testing.TestConfig;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

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

    @RegisterExtension
    static final WireMockExtension wm = WireMockExtension.newInstance()
            .options(options().bindAddress("127.0.0.1").dynamicPort()).build();

    @TempDir
    Path store;

    @Test
    void theArticlesLogLineAndMetricLineCountQuotesAlignedAndDropped() throws Exception {
        ObjectNode digest = JSON.createObjectNode();
        digest.put("summary", "Shoigu pressed North Korea for ammunition.");
        ArrayNode facts = digest.putArray("keyFacts");
        facts.addObject().put("fact", "Shoigu visited Pyongyang").put("quote", "russian Defense Minister Sergei Shoigu traveled "
                + "to Pyongyang and tried to persuade North Korea to sell artillery ammunition to Russia");
        facts.addObject().put("fact", "A treaty was signed").put("quote", ModelReplies.FABRICATED);
        digest.putArray("answers");
        wm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(ModelReplies.openAi(digest.toString(), 1000, 100))));
        Pipeline pipeline = PipelineFactory.create(TestConfig.of(Map.of("precis.llm.provider", "openai",
                "precis.llm.base-url", wm.baseUrl() + "/v1", "precis.llm.api-key", "sk-test", "precis.llm.max-retries", "0",
                "precis.store.uri", store.toString())), () -> {
                    throw new AssertionError("no S3 here");
                });
        List<String> logged = new java.util.ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(MDC.get("quotesAligned") + "/" + MDC.get("quotesDropped") + "/" + MDC.get("llmCalls"));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger article = java.util.logging.Logger.getLogger("dev.precis.article");
        article.addHandler(capture);
        try {
            Observed.process(pipeline, metrics, "direct", null, new HtmlSource(Fixtures.referencePage(),
                    "https://news.example.com/world/observed.html", List.of()), Deadline.NONE);
        } finally {
            article.removeHandler(capture);
        }
        assertEquals(List.of("1/1/2"), logged, "aligned 1, dropped 1 (the re-ask repeats the fabrication), 2 calls");
        JsonNode line = lines().get(0);
        assertEquals(1, line.path("QuotesAligned").asInt());
        assertEquals(1, line.path("QuotesDropped").asInt());
    }
}
