package dev.precis.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.testing.ApiContract;
import dev.precis.testing.Fixtures;
import dev.precis.testing.S3ObjectsHolder;
import dev.precis.testing.S3ProxyResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Lambda handler fed the real-shaped events of {@code events/} through Quarkus' Lambda mock event
 * server (the same runtime API path a deployed function takes), with S3Proxy as S3.
 */
@QuarkusTest
@QuarkusTestResource(S3ProxyResource.class)
class LambdaHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Port of the Lambda mock event server in tests ({@code quarkus.lambda.mock-event-server.test-port}). */
    private static int eventServerPort() {
        return ConfigProvider.getConfig().getValue("quarkus.lambda.mock-event-server.test-port", Integer.class);
    }
    private static final String NEWS = S3ProxyResource.NEWS_BUCKET;

    @BeforeEach
    void seedTheBucket() {
        String page = Fixtures.event("objects/news/kim.html");
        S3ObjectsHolder.get().put(NEWS, "news/kim.html", page, "text/html");
        S3ObjectsHolder.get().put(NEWS, "news/kim jong un.html", page, "text/html");
        for (String key : S3ObjectsHolder.get().keys(NEWS)) {
            if (key.endsWith(".json")) S3ObjectsHolder.get().delete(NEWS, key);
        }
    }

    private static JsonNode invoke(String event) throws Exception {
        String response = given().port(eventServerPort()).contentType("application/json; charset=UTF-8")
                .body(event.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/").then().statusCode(200)
                .extract().asString();
        return JSON.readTree(response);
    }

    /** The body of an API Gateway proxy response, checked against infra/openapi.yaml for its status. */
    private static JsonNode proxyBody(JsonNode response) throws Exception {
        return ApiContract.assertResponse(response.get("statusCode").asInt(), response.get("body").asText());
    }

    @Test
    void apiGatewayV2PostSummarizeAnswers200WithTheDigest() throws Exception {
        JsonNode r = invoke(Fixtures.event("apigw-v2-summarize.json"));
        assertEquals(200, r.get("statusCode").asInt());
        assertEquals("application/json", r.at("/headers/Content-Type").asText());
        JsonNode result = proxyBody(r).get("result");
        assertEquals("precis.summary/v1", result.get("schema").asText());
        assertEquals("answered", result.at("/answers/0/status").asText());
        assertEquals("not_stated", result.at("/answers/1/status").asText());
        assertFalse(result.at("/article").has("text"), "the answer leaves the body out unless asked");
        assertTrue(result.at("/article/words").asInt() > 100);
    }

    /** The sample API Gateway v2 event with another body. */
    private static String apiGatewayV2(String body) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(Fixtures.event("apigw-v2-summarize.json"));
        event.put("body", body);
        return JSON.writeValueAsString(event);
    }

    @Test
    void apiGatewayV2WithIncludeTextAnswersTheBodyText() throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(JSON.readTree(Fixtures.event("apigw-v2-summarize.json")).get("body").asText());
        request.putArray("include").add("text");
        JsonNode result = proxyBody(invoke(apiGatewayV2(JSON.writeValueAsString(request)))).get("result");
        String text = result.at("/article/text").asText();
        assertTrue(text.startsWith("WASHINGTON (AP)"), text);
        assertFalse(text.contains("Related"));
    }

    @Test
    void anS3SourceOutsideTheAllowedBucketsIsForbiddenOverApiGatewayAndDirectInvoke() throws Exception {
        String request = "{\"s3\": {\"bucket\": \"someone-elses-bucket\", \"key\": \"payroll.html\"}}";
        JsonNode r = invoke(apiGatewayV2(request));
        assertEquals(403, r.get("statusCode").asInt());
        assertEquals("forbidden_source", proxyBody(r).get("error").asText());
        assertEquals("s3.bucket", proxyBody(r).get("field").asText());
        JsonNode direct = invoke(request);
        assertEquals("forbidden_source", direct.get("error").asText());
    }

    @Test
    void apiGatewayV2WithABase64BodyIsDecoded() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(Fixtures.event("apigw-v2-summarize.json"));
        event.put("body", Base64.getEncoder().encodeToString(event.get("body").asText().getBytes()));
        event.put("isBase64Encoded", true);
        assertEquals(200, invoke(JSON.writeValueAsString(event)).get("statusCode").asInt());
    }

    @Test
    void apiGatewayV1PostSummarizeAnswers200() throws Exception {
        JsonNode r = invoke(Fixtures.event("apigw-v1-summarize.json"));
        assertEquals(200, r.get("statusCode").asInt());
        JsonNode body = proxyBody(r);
        assertTrue(body.get("location").asText().startsWith("s3://precis-results/results/inline/"));
        assertTrue(body.at("/result/keyFacts").size() > 0);
    }

    @Test
    void anInvalidRequestThroughApiGatewayIsA400NamingTheField() throws Exception {
        JsonNode r = invoke(Fixtures.event("apigw-v2-invalid.json"));
        assertEquals(400, r.get("statusCode").asInt());
        JsonNode body = proxyBody(r);
        assertEquals("invalid_request", body.get("error").asText());
        assertEquals("text", body.get("field").asText());
    }

    @Test
    void otherRoutesAndMethodsAre404And405() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(Fixtures.event("apigw-v1-summarize.json"));
        event.put("httpMethod", "GET");
        assertEquals(405, invoke(JSON.writeValueAsString(event)).get("statusCode").asInt());
        event.put("httpMethod", "POST");
        event.put("path", "/other");
        assertEquals(404, invoke(JSON.writeValueAsString(event)).get("statusCode").asInt());
    }

    @Test
    void sqsBatchReportsOnlyTheInvalidMessageAndStoresTwoSummaries() throws Exception {
        String event = Fixtures.event("sqs-batch.json");
        JsonNode r = invoke(event);
        List<String> failed = new ArrayList<>();
        r.get("batchItemFailures").forEach(f -> failed.add(f.get("itemIdentifier").asText()));
        assertEquals(List.of(invalidMessageId(event)), failed);

        JsonNode s3Result = JSON.readTree(S3ObjectsHolder.get().get(NEWS, "news/kim.summary.json")
                .orElseThrow(() -> new AssertionError("news/kim.summary.json beside news/kim.html")));
        assertEquals("s3://precis-news/news/kim.html", s3Result.at("/source/uri").asText());
        assertEquals("Where may Kim travel and why?", s3Result.at("/answers/0/question").asText());
        long inlineResults = S3ObjectsHolder.get().keys(S3ProxyResource.RESULTS_BUCKET).stream()
                .filter(k -> k.startsWith("results/inline/") && k.endsWith(".summary.json")).count();
        assertTrue(inlineResults >= 1, "the text message's summary is in the store");
    }

    /** The record of the batch whose body names no source. */
    private static String invalidMessageId(String event) throws Exception {
        for (JsonNode rec : JSON.readTree(event).get("Records")) {
            JsonNode body = JSON.readTree(rec.get("body").asText());
            if (!body.has("s3") && !body.has("text") && !body.has("url") && !body.has("html")) {
                return rec.get("messageId").asText();
            }
        }
        throw new AssertionError("sqs-batch.json has an invalid record");
    }

    @Test
    void anS3NotificationThroughSqsStoresTheSummaryBesideEachObject() throws Exception {
        JsonNode r = invoke(Fixtures.event("sqs-s3-notification.json"));
        assertEquals(0, r.get("batchItemFailures").size());
        assertTrue(S3ObjectsHolder.get().get(NEWS, "news/kim.summary.json").isPresent());
        assertTrue(S3ObjectsHolder.get().get(NEWS, "news/kim jong un.summary.json").isPresent(),
                "URL-encoded keys ('+' for space) are decoded");
    }

    @Test
    void notificationsOfOurOwnResultsNeverTriggerWork() throws Exception {
        String event = Fixtures.event("sqs-s3-notification.json")
                .replace("news/kim.html", "news/kim.summary.json")
                .replace("news/kim+jong+un.html", "news/kim+jong+un.summary.error.json");
        JsonNode r = invoke(event);
        assertEquals(0, r.get("batchItemFailures").size());
        assertTrue(S3ObjectsHolder.get().keys(NEWS).stream().noneMatch(k -> k.contains(".summary.summary")));
    }

    @Test
    void theS3TestEventIsAcknowledged() throws Exception {
        assertEquals(0, invoke(Fixtures.event("sqs-s3-test-event.json")).get("batchItemFailures").size());
    }

    @Test
    void aPermanentFailureIsAcknowledgedWithAnErrorRecordBesideTheSource() throws Exception {
        S3ObjectsHolder.get().put(NEWS, "news/empty.html", "<html><body><script>var only = \"script\";</script></body></html>", "text/html");
        String event = Fixtures.event("sqs-batch.json").replace("news/kim.html", "news/empty.html");
        JsonNode r = invoke(event);
        List<String> failed = new ArrayList<>();
        r.get("batchItemFailures").forEach(f -> failed.add(f.get("itemIdentifier").asText()));
        assertEquals(List.of(invalidMessageId(event)), failed, "the empty article is acknowledged, not retried");
        JsonNode error = JSON.readTree(S3ObjectsHolder.get().get(NEWS, "news/empty.summary.error.json").orElseThrow());
        assertEquals("empty_article", error.get("error").asText());
        assertEquals("s3://precis-news/news/empty.html", error.get("source").asText());
        assertFalse(S3ObjectsHolder.get().get(NEWS, "news/empty.summary.json").isPresent(), "nothing half-written");
    }

    @Test
    void aDirectInvokeAnswersTheDigest() throws Exception {
        JsonNode r = invoke(Fixtures.event("direct-invoke.json"));
        assertEquals("precis.summary/v1", r.at("/result/schema").asText());
        assertEquals(r.at("/result/answers").size(), JSON.readTree(Fixtures.event("direct-invoke.json")).get("questions").size());
    }

    @Test
    void aDirectInvokeWithABadRequestAnswersTheError() throws Exception {
        JsonNode r = invoke("{\"url\": \"gopher://x\"}");
        assertEquals("invalid_url", r.get("error").asText());
    }
}
