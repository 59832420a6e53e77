package dev.precis.devs3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.testing.Fixtures;
import dev.precis.testing.SummarySchema;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded S3 of quarkus dev, switched on as the dev profile does but on a temporary folder and a free
 * port: the files of {@code events/}, posted to the Lambda mock event server, get the answers the README's
 * "every trigger locally" table gives, and the S3 notification leaves {@code news/kim.summary.json} as a file
 * in the bucket's folder.
 */
@QuarkusTest
@TestProfile(DevS3Test.EmbeddedS3.class)
class DevS3Test {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The dev profile's S3 settings (application.properties, %dev) on a temporary folder and a free port. */
    public static class EmbeddedS3 implements QuarkusTestProfile {

        static final Path DIR = tempDir();
        static final int PORT = freePort();

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("precis.dev-s3.enabled", "true"),
                    Map.entry("precis.dev-s3.dir", DIR.resolve("s3").toString()),
                    Map.entry("precis.dev-s3.port", String.valueOf(PORT)),
                    Map.entry("quarkus.s3.endpoint-override", "http://127.0.0.1:" + PORT),
                    Map.entry("quarkus.s3.path-style-access", "true"),
                    Map.entry("quarkus.s3.chunked-encoding", "false"),
                    Map.entry("quarkus.s3.aws.region", "us-east-1"),
                    Map.entry("quarkus.s3.aws.credentials.type", "static"),
                    Map.entry("quarkus.s3.aws.credentials.static-provider.access-key-id", "precis-dev"),
                    Map.entry("quarkus.s3.aws.credentials.static-provider.secret-access-key", "precis-dev"),
                    Map.entry("precis.store.uri", DIR.resolve("results").toString()));
        }

        /** Not the in-memory S3Proxy of the other tests: this profile's S3 is the embedded one. */
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        private static Path tempDir() {
            try {
                return Files.createTempDirectory("precis-dev-s3-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static int freePort() {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Path bucket() {
        return EmbeddedS3.DIR.resolve("s3/precis-news");
    }

    private static JsonNode post(String event) throws IOException {
        int port = ConfigProvider.getConfig().getValue("quarkus.lambda.mock-event-server.test-port", Integer.class);
        return JSON.readTree(given().port(port).contentType("application/json; charset=UTF-8")
                .body(event.getBytes(StandardCharsets.UTF_8)).post("/").then().statusCode(200).extract().asString());
    }

    @Test
    void theBucketFolderHoldsEventsObjects() throws IOException {
        assertArrayEquals(Files.readAllBytes(Path.of("events/objects/news/kim.html")),
                Files.readAllBytes(bucket().resolve("news/kim.html")));
    }

    @Test
    void theS3NotificationLeavesTheSummaryBesideThePageInTheFolder() throws IOException {
        JsonNode answer = post(Fixtures.event("sqs-s3-notification.json"));
        assertEquals(0, answer.get("batchItemFailures").size(), answer.toString());
        Path summary = bucket().resolve("news/kim.summary.json");
        assertTrue(Files.isRegularFile(summary), "news/kim.summary.json is a file in " + bucket());
        JsonNode result = SummarySchema.assertValid(Files.readString(summary));
        assertEquals("s3://precis-news/news/kim.html", result.at("/source/uri").asText());
        // The notification's second record names "news/kim jong un.html", which events/objects does not hold:
        // a permanent failure, acknowledged and recorded beside where the page would be.
        JsonNode error = JSON.readTree(bucket().resolve("news/kim jong un.summary.error.json").toFile());
        assertEquals("source_not_found", error.get("error").asText());
    }

    @Test
    void eachEventFileGetsTheAnswerTheReadmeGives() throws IOException {
        assertEquals(200, post(Fixtures.event("apigw-v2-summarize.json")).get("statusCode").asInt());
        assertEquals(200, post(Fixtures.event("apigw-v1-summarize.json")).get("statusCode").asInt());
        JsonNode invalid = post(Fixtures.event("apigw-v2-invalid.json"));
        assertEquals(400, invalid.get("statusCode").asInt());
        assertEquals("invalid_request", JSON.readTree(invalid.get("body").asText()).get("error").asText());

        JsonNode batch = post(Fixtures.event("sqs-batch.json"));
        List<String> failed = new ArrayList<>();
        batch.get("batchItemFailures").forEach(f -> failed.add(f.get("itemIdentifier").asText()));
        assertEquals(List.of("e1f7a9d3-5c68-4b2e-a0f4-7d93b2c5e803"), failed, "only the record without a source");
        assertTrue(Files.isRegularFile(bucket().resolve("news/kim.summary.json")), "record 1 read news/kim.html from the embedded S3");

        assertEquals(0, post(Fixtures.event("sqs-s3-test-event.json")).get("batchItemFailures").size());
        JsonNode direct = post(Fixtures.event("direct-invoke.json"));
        assertEquals("precis.summary/v1", direct.at("/result/schema").asText());
        assertTrue(direct.get("location").asText().startsWith(EmbeddedS3.DIR.resolve("results").toUri().toString()),
                direct.get("location").asText());
    }
}
