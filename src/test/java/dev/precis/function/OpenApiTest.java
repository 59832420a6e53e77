package dev.precis.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.precis.model.ErrorCode;
import dev.precis.testing.ApiContract;
import dev.precis.testing.SummarySchema;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.OpenAPIContract;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code infra/openapi.yaml}: a valid OpenAPI 3.1 document, whose examples match its own schemas, which
 * lists every error code under its status, and which the application serves at {@code /q/openapi}.
 * (That real responses match it is checked where they are made: {@code HttpFunctionTest}, {@code LambdaHandlerTest}.)
 */
@QuarkusTest
class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SOURCE = Path.of("infra/openapi.yaml");
    /** Answers of API Gateway itself on AWS (JWT refused, throttled), never of Precis. */
    private static final Set<Integer> GATEWAY_STATUSES = Set.of(401, 429);

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void isAValidOpenApi31DocumentForAnOpenApiTool() throws Exception {
        JsonNode doc = ApiContract.document();
        assertEquals("3.1.0", doc.get("openapi").asText());
        Vertx vertx = Vertx.vertx();
        try {
            // Vert.x' contract loader checks the document against the OpenAPI 3.1 specification's own schema
            // and resolves every $ref; it fails the future otherwise.
            OpenAPIContract contract = OpenAPIContract.from(vertx, new JsonObject(JSON.writeValueAsString(doc)))
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            assertEquals("summarize", contract.operation("summarize").getOperationId());
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theRepositoryCopyRefersToTheStoredResultSchemaByItsPath() throws Exception {
        JsonNode source = new YAMLMapper().readTree(SOURCE.toFile());
        List<String> external = new ArrayList<>();
        refs(source, external);
        external.removeIf(r -> r.startsWith("#"));
        assertEquals(List.of("../src/main/resources/schema/precis.summary.v1.json"), external);
        for (String ref : external) {
            assertTrue(Files.isRegularFile(SOURCE.getParent().resolve(ref)), ref + " resolves from infra/");
        }
        JsonNode schema = JSON.readTree(Path.of("src/main/resources/schema/precis.summary.v1.json").toFile());
        JsonNode served = ApiContract.document().at("/components/schemas/PrecisSummaryV1");
        assertEquals(schema, served, "the served document holds the schema file unchanged");
        List<String> left = new ArrayList<>();
        refs(ApiContract.document(), left);
        assertTrue(left.stream().allMatch(r -> r.startsWith("#")), "the served document stands alone: " + left);
    }

    @Test
    void everyExampleMatchesItsSchema() {
        JsonNode doc = ApiContract.document();
        int checked = 0;
        int withText = 0;
        String request = ApiContract.requestSchemaPointer();
        for (JsonNode example : examples(doc, doc.at("/paths/~1summarize/post/requestBody/content/application~1json"))) {
            ApiContract.assertValid(request, example, "request example");
            checked++;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.at("/paths/~1summarize/post/responses").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            int status = Integer.parseInt(response.getKey());
            List<JsonNode> examples = examples(doc, response.getValue().at("/content/application~1json"));
            assertFalse(examples.isEmpty(), "status " + status + " has an example");
            for (JsonNode example : examples) {
                ApiContract.assertValid(ApiContract.responseSchemaPointer(status), example, status + " example");
                if (status == 200 && example.at("/result/article").has("text")) {
                    SummarySchema.assertValid(example.get("result"));   // its offsets fit its text
                    withText++;
                }
                if (example.has("error")) {
                    ErrorCode code = ErrorCode.valueOf(example.get("error").asText().toUpperCase(java.util.Locale.ROOT));
                    assertEquals(status, code.httpStatus(), "the example's code belongs to its status: " + example);
                }
                checked++;
            }
        }
        assertTrue(checked >= 20, "examples checked: " + checked);
        assertTrue(withText >= 1, "an example answer has the article text, so its offsets are checked");
    }

    @Test
    void theSchemasRefuseWhatTheServiceRefuses() {
        String request = ApiContract.requestSchemaPointer();
        for (String good : List.of("{\"text\": \"a\", \"questions\": [\"why?\"]}", "{\"text\": \"a\", \"include\": [\"text\"]}",
                "{\"s3\": {\"bucket\": \"b\", \"key\": \"k.html\"}, \"async\": true}")) {
            assertTrue(ApiContract.problems(request, json(good)).isEmpty(), "the request schema accepts " + good);
        }
        for (String bad : List.of("{}", "{\"url\": \"https://a.example/\", \"text\": \"x\"}", "{\"text\": \"x\", \"lang\": \"en\"}",
                "{\"questions\": [\"why?\"]}", "{\"text\": \"x\", \"questions\": [\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"]}",
                "{\"text\": \"x\", \"baseUrl\": \"https://a.example/\"}", "{\"url\": \"ftp://a.example/\"}",
                "{\"s3\": {\"bucket\": \"b\"}}", "{\"text\": \"x\", \"questions\": \"why?\"}",
                "{\"text\": \"x\", \"include\": [\"everything\"]}", "{\"text\": \"x\", \"async\": \"yes\"}")) {
            assertFalse(ApiContract.problems(request, json(bad)).isEmpty(), "the request schema refuses " + bad);
        }
        String error400 = ApiContract.responseSchemaPointer(400);
        assertFalse(ApiContract.problems(error400, json("{\"error\": \"too_large\", \"message\": \"m\"}")).isEmpty(),
                "a 400 never carries a 413's code");
    }

    @Test
    void everyErrorCodeIsListedUnderItsStatusAndNowhereElse() {
        JsonNode doc = ApiContract.document();
        Set<String> all = new TreeSet<>();
        doc.at("/components/schemas/Error/properties/error/enum").forEach(c -> all.add(c.asText()));
        assertEquals(Stream.of(ErrorCode.values()).map(ErrorCode::id).collect(Collectors.toCollection(TreeSet::new)), all,
                "the Error schema lists exactly the codes of dev.precis.model.ErrorCode");
        Map<Integer, Set<String>> byStatus = Stream.of(ErrorCode.values()).collect(Collectors.groupingBy(ErrorCode::httpStatus,
                Collectors.mapping(ErrorCode::id, Collectors.toCollection(TreeSet::new))));
        for (Map.Entry<Integer, Set<String>> e : byStatus.entrySet()) {
            String pointer = ApiContract.responseSchemaPointer(e.getKey());
            for (ErrorCode code : ErrorCode.values()) {
                boolean valid = ApiContract.problems(pointer, json("{\"error\": \"" + code.id() + "\", \"message\": \"m\"}")).isEmpty();
                assertEquals(e.getValue().contains(code.id()), valid, code.id() + " under status " + e.getKey());
            }
        }
        Set<Integer> declared = new TreeSet<>();
        doc.at("/paths/~1summarize/post/responses").fieldNames().forEachRemaining(s -> declared.add(Integer.parseInt(s)));
        Set<Integer> expected = new TreeSet<>(byStatus.keySet());
        expected.add(200);
        expected.add(202);
        expected.addAll(GATEWAY_STATUSES);
        assertEquals(expected, declared, "one response per status the service answers");
    }

    @Test
    void isServedAtQOpenapiAsYamlAndJson() throws Exception {
        String yaml = given().port(port).get("/q/openapi").then().statusCode(200)
                .contentType("application/yaml").extract().asString();
        assertEquals(ApiContract.document(), new YAMLMapper().readTree(yaml));
        String json = given().port(port).queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .contentType("application/json").extract().asString();
        assertEquals(ApiContract.document(), JSON.readTree(json));
        String accepted = given().port(port).accept("application/json").get("/q/openapi").then().statusCode(200)
                .contentType("application/json").extract().asString();
        assertEquals(json, accepted);
    }

    /**
     * Clients get the plain contract: API Gateway's form of it (infra/openapi.apigateway.yaml, with the Lambda
     * integration and CloudFormation functions) is the template's, never served. Of API Gateway's extensions
     * only {@code x-amazon-apigateway-authtype} appears, on the SigV4 scheme, where it names AWS's signature.
     */
    @Test
    void theServedDocumentCarriesNoDeploymentDetails() {
        Set<String> keys = new TreeSet<>();
        keys(ApiContract.document(), keys);
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Fn::") || k.equals("Ref")), "no CloudFormation: " + keys);
        Set<String> extensions = keys.stream().filter(k -> k.startsWith("x-amazon-")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("x-amazon-apigateway-authtype"), extensions);
        assertEquals("awsSigv4", ApiContract.document().at("/components/securitySchemes/sigv4/x-amazon-apigateway-authtype").asText());
    }

    private static void keys(JsonNode node, Set<String> out) {
        node.fieldNames().forEachRemaining(out::add);
        node.forEach(child -> keys(child, out));
    }

    /** The example values of a media type object, {@code $ref}s to components/examples followed. */
    private static List<JsonNode> examples(JsonNode doc, JsonNode media) {
        List<JsonNode> out = new ArrayList<>();
        if (media.has("example")) out.add(media.get("example"));
        for (JsonNode ex : media.path("examples")) {
            JsonNode resolved = ex.has("$ref") ? doc.at(ex.get("$ref").asText().substring(1)) : ex;
            out.add(resolved.get("value"));
        }
        return out;
    }

    private static void refs(JsonNode node, List<String> out) {
        if (node instanceof ObjectNode obj && obj.has("$ref")) out.add(obj.get("$ref").asText());
        node.forEach(child -> refs(child, out));
    }

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(s, e);
        }
    }
}
