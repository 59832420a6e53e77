package dev.precis.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.precis.testing.Fixtures;
import dev.precis.testing.ModelReplies;
import dev.precis.testing.OpenAiStub;
import dev.precis.testing.SummarySchema;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /summarize} with the {@code openai} engine against WireMock speaking the chat-completions
 * API: what reaches the model, and what code keeps of its answer.
 */
@QuarkusTest
@TestProfile(OpenAiFunctionTest.OpenAi.class)
class OpenAiFunctionTest {

    /** The openai engine pointed at the stub (S3Proxy comes from the global test resource). */
    public static class OpenAi implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OpenAiStub.class));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FABRICATED = "Kim Jong Un has already signed a defense treaty with Russia in Moscow.";
    private static final String WHERE = "Where may Kim travel and why?";
    private static final String DECIDED = "What did the meeting decide?";

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @BeforeEach
    void stubTheModel() throws Exception {
        OpenAiStub.server().resetAll();
        ObjectNode digest = JSON.createObjectNode();
        digest.put("summary", "A U.S. official said North Korean leader Kim Jong Un may travel to Russia this month to meet "
                + "President Vladimir Putin, likely in Vladivostok, as the Kremlin seeks military equipment for its war in Ukraine.");
        ArrayNode facts = digest.putArray("keyFacts");
        fact(facts, "Kim may travel to Russia to meet Putin",
                "A U.S. official said Monday that North Korean leader Kim Jong Un may travel to Russia soon to meet with "
                        + "President Vladimir Putin as the Kremlin tries to acquire military equipment for use in its war in Ukraine.");
        // Straight quotes where the article has curly ones: still the article's words, so it verifies.
        fact(facts, "Vladivostok is a likely venue",
                "the Pacific port city of Vladivostok would be a likely possibility given its relative proximity to North Korea");
        fact(facts, "Shoigu pressed Pyongyang for artillery ammunition",
                "Russian Defense Minister Sergei Shoigu traveled to Pyongyang last month and tried to persuade North Korea "
                        + "to sell artillery ammunition to Russia.");
        fact(facts, "A treaty was signed", FABRICATED);
        ArrayNode answers = digest.putArray("answers");
        ModelReplies.answered(answers, WHERE, "To Russia, likely Vladivostok, to meet Putin as the Kremlin seeks military equipment.",
                "North Korean leader Kim Jong Un may travel to Russia soon to meet with President Vladimir Putin");
        ModelReplies.answered(answers, DECIDED, "They agreed on an arms deal.", "The leaders agreed on an arms deal at the summit.");
        OpenAiStub.server().stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(dev.precis.testing.ModelReplies.openAi(JSON.writeValueAsString(digest), 1432, 287))));
    }

    private static void fact(ArrayNode facts, String fact, String quote) {
        ObjectNode f = facts.addObject();
        f.put("fact", fact);
        f.put("quote", quote);
    }

    private JsonNode summarize(String baseUrl) throws Exception {
        String body = JSON.writeValueAsString(Map.of("html", Fixtures.referencePage(), "baseUrl", baseUrl, "include", List.of("text"),
                "questions", List.of(WHERE, DECIDED)));
        return JSON.readTree(given().port(port).contentType(ContentType.JSON).body(body).post("/summarize")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void theModelSeesTheArticleAndNoneOfThePageChrome() throws Exception {
        summarize("https://news.example.com/openai/prompt.html");
        List<LoggedRequest> calls = OpenAiStub.server().findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")));
        assertEquals(2, calls.size(), "the answer, and one re-ask for the quotes not found");
        String reask = calls.get(1).getBodyAsString();
        assertTrue(reask.contains("not in the article word for word") && reask.contains("defense treaty"), reask);
        JsonNode request = JSON.readTree(calls.get(0).getBodyAsString());
        assertEquals("gpt-4o-mini", request.get("model").asText());
        assertEquals("json_schema", request.at("/response_format/type").asText(), "structured output is requested");
        StringBuilder prompt = new StringBuilder();
        request.get("messages").forEach(m -> prompt.append(m.get("content").asText()).append('\n'));
        for (String start : Fixtures.REFERENCE_PARAGRAPH_STARTS) {
            assertTrue(prompt.toString().contains(start), "the prompt has the paragraph starting " + start);
        }
        for (String headline : Fixtures.LINK_LIST_HEADLINES) {
            assertFalse(prompt.toString().contains(headline), "the prompt has no link-list item: " + headline);
        }
        assertTrue(prompt.toString().contains(WHERE) && prompt.toString().contains(DECIDED));
    }

    @Test
    void onlyVerifiedQuotesAreStoredAndTheFabricatedOneIsDroppedWithAWarning() throws Exception {
        JsonNode result = summarize("https://news.example.com/openai/verify.html").get("result");
        SummarySchema.assertValid(result);
        String text = result.at("/article/text").asText();
        assertEquals(3, result.get("keyFacts").size());
        for (JsonNode fact : result.get("keyFacts")) {
            assertTrue(fact.get("verified").asBoolean());
            assertFalse(fact.get("quote").asText().contains("defense treaty"));
            int start = fact.get("start").asInt();
            int end = fact.get("end").asInt();
            assertTrue(start >= 0 && end > start && end <= text.length());
        }
        assertTrue(result.get("warnings").toString().contains("quote not found"), result.get("warnings").toString());
        assertEquals("answered", result.at("/answers/0/status").asText());
        assertTrue(result.at("/answers/0/quotes/0/verified").asBoolean());
        assertEquals("not_stated", result.at("/answers/1/status").asText(), "an answer whose quote is not in the article");
        assertEquals("openai:gpt-4o-mini", result.at("/provenance/engine").asText());
        // the stub answers the re-ask with the same fabrication: still dropped, and both calls counted
        assertEquals(2 * 1432, result.at("/provenance/inputTokens").asInt());
        assertEquals(2 * 287, result.at("/provenance/outputTokens").asInt());
        assertEquals(2, result.at("/provenance/llmCalls").asInt());
        assertTrue(result.get("warnings").toString().contains("re-asked the model once"), result.get("warnings").toString());
    }

    @Test
    void aRerunOnTheSameArticleMakesNoModelCall() throws Exception {
        JsonNode first = summarize("https://news.example.com/openai/rerun.html");
        JsonNode second = summarize("https://news.example.com/openai/rerun.html");
        assertFalse(first.get("reused").asBoolean());
        assertTrue(second.get("reused").asBoolean());
        OpenAiStub.server().verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));   // all from the first run
    }

    @Test
    void aRateLimitedModelIsA503AndNothingIsStored() throws Exception {
        OpenAiStub.server().resetAll();
        OpenAiStub.server().stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}")));
        String body = JSON.writeValueAsString(Map.of("text", "A short article.\n\nWith two paragraphs about nothing much at all."));
        given().port(port).contentType(ContentType.JSON).body(body).post("/summarize")
                .then().statusCode(503).contentType(ContentType.JSON);
        JsonNode error = JSON.readTree(given().port(port).contentType(ContentType.JSON).body(body).post("/summarize")
                .then().extract().asString());
        assertEquals("llm_unavailable", error.get("error").asText());
    }

    @Test
    void aRejectedKeyIsNotRetryable() throws Exception {
        OpenAiStub.server().resetAll();
        OpenAiStub.server().stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}")));
        String body = JSON.writeValueAsString(Map.of("text", "Another short article.\n\nIts second paragraph says little."));
        JsonNode error = JSON.readTree(given().port(port).contentType(ContentType.JSON).body(body).post("/summarize")
                .then().statusCode(502).extract().asString());
        assertEquals("llm_rejected", error.get("error").asText());
    }

    @Test
    void garbageFromTheModelIsAnInvalidOutputFailure() throws Exception {
        OpenAiStub.server().resetAll();
        OpenAiStub.server().stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(dev.precis.testing.ModelReplies.openAi("Sure! Here is your summary: {not json", 10, 5))));
        String body = JSON.writeValueAsString(Map.of("text", "A third short article.\n\nWhose second paragraph is brief."));
        JsonNode error = JSON.readTree(given().port(port).contentType(ContentType.JSON).body(body).post("/summarize")
                .then().statusCode(502).extract().asString());
        assertEquals("llm_invalid_output", error.get("error").asText());
    }

    /** An SQS event of records with these bodies (message ids m0, m1, …). */
    private static String sqsEvent(String... bodies) throws Exception {
        ArrayNode records = JSON.createArrayNode();
        for (int i = 0; i < bodies.length; i++) {
            ObjectNode r = records.addObject();
            r.put("messageId", "m" + i);
            r.put("receiptHandle", "rh" + i);
            r.put("body", bodies[i]);
            r.put("eventSource", "aws:sqs");
            r.put("eventSourceARN", "arn:aws:sqs:us-east-1:123456789012:precis-requests");
            r.put("awsRegion", "us-east-1");
        }
        ObjectNode event = JSON.createObjectNode();
        event.set("Records", records);
        return JSON.writeValueAsString(event);
    }

    private static JsonNode invokeLambda(String event) throws Exception {
        return JSON.readTree(given().port(ConfigProvider.getConfig()
                .getValue("quarkus.lambda.mock-event-server.test-port", Integer.class)).contentType("application/json; charset=UTF-8")
                .body(event.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void aMessageDeliveredTwiceInOneBatchMakesOneModelCall() throws Exception {
        String body = JSON.writeValueAsString(Map.of("text", "The duplicate story begins here with a council vote.\n\n"
                + "It continues with the result: the street closes to cars on weekends from June."));
        JsonNode r = invokeLambda(sqsEvent(body, body));
        assertEquals(0, r.get("batchItemFailures").size());
        // One processing: the call, and the one re-ask its unverifiable quotes earn. The duplicate adds none.
        OpenAiStub.server().verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void aRateLimitedModelLeavesTheMessageForRetryAndStoresNothing() throws Exception {
        OpenAiStub.server().resetAll();
        OpenAiStub.server().stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "1")
                .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"code\":\"rate_limit_exceeded\"}}")));
        String ok = JSON.writeValueAsString(Map.of("text", "A story the model cannot take right now.\n\nIt has two paragraphs."));
        JsonNode r = invokeLambda(sqsEvent(ok));
        assertEquals("m0", r.at("/batchItemFailures/0/itemIdentifier").asText());
    }

    @Test
    void aRejectedRequestWithASourceIsAcknowledgedWithAnErrorRecord() throws Exception {
        OpenAiStub.server().resetAll();
        OpenAiStub.server().stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Incorrect API key provided\",\"code\":\"invalid_api_key\"}}")));
        String body = JSON.writeValueAsString(Map.of("html", Fixtures.referencePage(),
                "baseUrl", "https://news.example.com/openai/rejected.html"));
        JsonNode r = invokeLambda(sqsEvent(body));
        assertEquals(0, r.get("batchItemFailures").size(), "not retryable: acknowledged");
        JsonNode error = JSON.readTree(dev.precis.testing.S3ObjectsHolder.get()
                .get("precis-results", "results/news.example.com/openai/rejected.summary.error.json")
                .orElseThrow(() -> new AssertionError("an error record beside the source")));
        assertEquals("llm_rejected", error.get("error").asText());
        assertFalse(dev.precis.testing.S3ObjectsHolder.get()
                .get("precis-results", "results/news.example.com/openai/rejected.summary.json").isPresent());
    }
}
