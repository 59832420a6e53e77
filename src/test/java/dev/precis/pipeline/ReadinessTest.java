package dev.precis.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.testing.S3ProxyResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code GET /q/health/ready}: the engine and the store (S3Proxy) are reported, both up. */
@QuarkusTest
@QuarkusTestResource(S3ProxyResource.class)
class ReadinessTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void reportsTheEngineAndTheStoreAsReachable() throws Exception {
        String body = given().port(port).get("/q/health/ready").then().statusCode(200).extract().asString();
        JsonNode health = new ObjectMapper().readTree(body);
        assertEquals("UP", health.path("status").asText(), body);
        Map<String, JsonNode> checks = new HashMap<>();
        health.path("checks").forEach(c -> checks.put(c.path("name").asText(), c));
        assertEquals("UP", checks.get("llm").path("status").asText(), body);
        assertEquals("builtin-extractive", checks.get("llm").path("data").path("engine").asText(), body);
        assertEquals("UP", checks.get("store").path("status").asText(), body);
        assertEquals("s3://" + S3ProxyResource.RESULTS_BUCKET + "/results",
                checks.get("store").path("data").path("uri").asText(), body);
    }
}
