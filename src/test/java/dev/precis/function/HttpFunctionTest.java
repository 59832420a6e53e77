package dev.precis.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.testing.ApiContract;
import dev.precis.testing.Fixtures;
import dev.precis.testing.S3ObjectsHolder;
import dev.precis.testing.S3ProxyResource;
import dev.precis.testing.SummarySchema;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST /summarize} over funqy-http, with the built-in engine (no LLM configured) and S3Proxy as the store. */
@QuarkusTest
@QuarkusTestResource(S3ProxyResource.class)
class HttpFunctionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private JsonNode post(Object body, int status) throws Exception {
        String response = given().port(port).contentType(ContentType.JSON)
                .body(body instanceof String s ? s : JSON.writeValueAsString(body))
                .post("/summarize")
                .then().statusCode(status).contentType(ContentType.JSON)
                .extract().asString();
        return ApiContract.assertResponse(status, response);   // every answer is what infra/openapi.yaml promises
    }

    @Test
    void summarizesTheReferencePageWithTheBuiltinEngineAndStoresItBesideItsCopy() throws Exception {
        JsonNode r = post(Map.of("html", Fixtures.referencePage(),
                "baseUrl", "https://news.example.com/world/kim-putin.html", "include", List.of("text"),
                "questions", List.of("Where may Kim travel and why?", "What did the meeting decide?")), 200);
        JsonNode result = r.get("result");
        assertEquals("precis.summary/v1", result.get("schema").asText());
        assertEquals("builtin-extractive", result.at("/provenance/engine").asText());
        assertEquals(0, result.at("/provenance/llmCalls").asInt());
        assertEquals("s3://precis-results/results/news.example.com/world/kim-putin.summary.json", r.get("location").asText());
        String text = result.at("/article/text").asText();
        assertTrue(text.startsWith("WASHINGTON (AP)"), text);
        for (String headline : Fixtures.LINK_LIST_HEADLINES) assertFalse(text.contains(headline), headline);
        assertTrue(result.get("keyFacts").size() >= 3);
        for (JsonNode fact : result.get("keyFacts")) {
            assertTrue(fact.get("verified").asBoolean());
            assertEquals(fact.get("quote").asText(),
                    text.substring(fact.get("start").asInt(), fact.get("end").asInt()));
        }
        assertEquals("answered", result.at("/answers/0/status").asText());
        assertEquals("not_stated", result.at("/answers/1/status").asText());
        assertFalse(result.at("/answers/1").has("answer"), "a not-stated answer has no answer field");

        S3ObjectsHolder.get().get("precis-results", "results/news.example.com/world/kim-putin.html")
                .orElseThrow(() -> new AssertionError("the page is saved beside its summary"));
        String stored = S3ObjectsHolder.get().get("precis-results", "results/news.example.com/world/kim-putin.summary.json")
                .orElseThrow();
        assertEquals(result, JSON.readTree(stored));
        SummarySchema.assertValid(stored);
    }

    @Test
    void theAnswerLeavesTheBodyTextOutUnlessAskedButTheStoredResultKeepsIt() throws Exception {
        JsonNode r = post(Map.of("html", Fixtures.referencePage(),
                "baseUrl", "https://news.example.com/world/kim-putin-lean.html"), 200);
        assertFalse(r.at("/result/article").has("text"), "no article.text without include");
        assertTrue(r.at("/result/article/textSha256").isTextual());
        assertFalse(r.has("omitted"));
        String stored = S3ObjectsHolder.get().get("precis-results", "results/news.example.com/world/kim-putin-lean.summary.json")
                .orElseThrow();
        assertTrue(JSON.readTree(stored).at("/article/text").asText().startsWith("WASHINGTON (AP)"));
        JsonNode e = post(Map.of("text", "x", "include", List.of("everything")), 400);
        assertEquals("include[0]", e.get("field").asText());
    }

    @Test
    void theSameRequestTwiceReusesTheStoredResult() throws Exception {
        Map<String, Object> body = Map.of("text", "First paragraph of a short story about a town council vote on parking.\n\n"
                + "Second paragraph: the council voted five to two to close the street to cars on weekends.");
        JsonNode first = post(body, 200);
        JsonNode second = post(body, 200);
        assertFalse(first.get("reused").asBoolean());
        assertTrue(second.get("reused").asBoolean());
        assertEquals(first.get("location"), second.get("location"));
        assertTrue(second.get("location").asText().startsWith("s3://precis-results/results/inline/"));
    }

    @Test
    void twoSourcesAreRefusedNamingTheField() throws Exception {
        JsonNode e = post(Map.of("url", "https://example.com/a", "text", "x"), 400);
        assertEquals("invalid_request", e.get("error").asText());
        assertEquals("text", e.get("field").asText());
    }

    @Test
    void noSourceIsRefused() throws Exception {
        JsonNode e = post(Map.of("questions", List.of("why?")), 400);
        assertEquals("invalid_request", e.get("error").asText());
        assertTrue(e.get("message").asText().contains("one of url, html, s3 or text"));
    }

    @Test
    void unknownFieldsAreRefusedByName() throws Exception {
        JsonNode e = post(Map.of("text", "some text", "langauge", "en"), 400);
        assertEquals("langauge", e.get("field").asText());
    }

    @Test
    void wrongTypesAreRefusedByName() throws Exception {
        JsonNode e = post("{\"text\": \"abc\", \"questions\": [\"ok\", 3]}", 400);
        assertEquals("questions[1]", e.get("field").asText());
    }

    @Test
    void tooManyQuestionsNameTheLimit() throws Exception {
        JsonNode e = post(Map.of("text", "some text here", "questions", List.of("a?", "b?", "c?", "d?", "e?", "f?")), 400);
        assertEquals("questions", e.get("field").asText());
        assertTrue(e.get("message").asText().contains("precis.questions.max"));
    }

    @Test
    void malformedJsonIsA400() throws Exception {
        String body = given().port(port).contentType(ContentType.JSON).body("{\"text\": ").post("/summarize")
                .then().statusCode(400).body("error", equalTo("invalid_json")).extract().asString();
        ApiContract.assertResponse(400, body);
    }

    @Test
    void loopbackUrlsAreForbidden() throws Exception {
        JsonNode e = post(Map.of("url", "http://127.0.0.1/admin"), 403);
        assertEquals("forbidden_address", e.get("error").asText());
        assertEquals("url", e.get("field").asText());
    }

    @Test
    void nonHttpSchemesAreInvalid() throws Exception {
        JsonNode e = post(Map.of("url", "file:///etc/passwd"), 400);
        assertEquals("invalid_url", e.get("error").asText());
    }

    @Test
    void aMissingS3ObjectIsA404() throws Exception {
        JsonNode e = post(Map.of("s3", Map.of("bucket", "precis-news", "key", "news/none.html")), 404);
        assertEquals("source_not_found", e.get("error").asText());
    }

    @Test
    void anArticleWithoutTextIsA422() throws Exception {
        JsonNode e = post(Map.of("html", "<html><body><script>var a=1;</script></body></html>"), 422);
        assertEquals("empty_article", e.get("error").asText());
    }
}
