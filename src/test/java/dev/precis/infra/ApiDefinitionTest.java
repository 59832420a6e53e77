package dev.precis.infra;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.OpenAPIContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.precis.infra.TemplateTree.PROCESSED_TREE;
import static dev.precis.infra.TemplateTree.apiDefinition;
import static dev.precis.infra.TemplateTree.apiId;
import static dev.precis.infra.TemplateTree.deployed;
import static dev.precis.infra.TemplateTree.map;
import static dev.precis.infra.TemplateTree.routes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deployed HTTP API follows the contract: {@code infra/openapi.apigateway.yaml}, the definition the
 * template's API is imported from, is {@code infra/openapi.yaml} in the OpenAPI 3.0 form API Gateway takes
 * for HTTP APIs, for every AuthMode. (What the definition wires and authorizes is {@link TemplateAccessTest}'s.)
 */
class ApiDefinitionTest {

    private static final Path CONTRACT = Path.of("infra", "openapi.yaml");
    private static final Path DEFINITION = Path.of("infra", "openapi.apigateway.yaml");
    /** The template with the definition in place, for cfn-lint (.ci/run lints it beside the template). */
    private static final Path PROCESSED = Path.of("target", "infra", "template.processed.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The definition as CloudFormation hands it to API Gateway, for each AuthMode. */
    private static List<Map<String, Object>> definitions() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String mode : List.of("iam", "jwt", "none")) {
            out.add(apiDefinition(deployed("AuthMode", mode, "JwtIssuer", "https://issuer.example.com", "JwtAudience", "a,b")));
        }
        return out;
    }

    private static Map<String, Object> contract() throws IOException {
        return CfnYaml.loadSnippet(CONTRACT);
    }

    @Test
    void theImportedDefinitionHasTheContractsRoutesOperationsAndResponses() throws IOException {
        Map<String, Object> contract = contract();
        Map<String, Map<String, Object>> expected = routes(contract);
        assertFalse(expected.isEmpty());
        for (Map<String, Object> definition : definitions()) {
            assertTrue(String.valueOf(definition.get("openapi")).startsWith("3.0."), "HTTP APIs import OpenAPI 3.0");
            assertEquals(map(contract, "info").get("version"), map(definition, "info").get("version"));
            Map<String, Map<String, Object>> actual = routes(definition);
            assertEquals(expected.keySet(), actual.keySet(), "the same routes as the contract");
            for (String route : expected.keySet()) {
                Map<String, Object> want = expected.get(route);
                Map<String, Object> got = actual.get(route);
                assertEquals(want.get("operationId"), got.get("operationId"), route);
                assertEquals(want.get("summary"), got.get("summary"), route);
                Map<String, Object> wantResponses = map(want, "responses");
                Map<String, Object> gotResponses = map(got, "responses");
                assertEquals(wantResponses.keySet(), gotResponses.keySet(), route + ": the same statuses");
                wantResponses.forEach((status, r) -> assertEquals(CfnEval.map(r).get("description"),
                        map(gotResponses, status).get("description"), route + " " + status));
                assertTrue(got.containsKey("x-amazon-apigateway-integration"), route + " reaches the function");
            }
        }
    }

    /** Each AuthMode's requirement is one of the contract's alternatives, through a scheme of the same kind. */
    @Test
    void theSecurityIsOneTheContractLists() throws IOException {
        Map<String, Object> contract = contract();
        List<Object> alternatives = TemplateTree.asList(contract.get("security"));
        Map<String, Object> contractSchemes = map(contract, "components", "securitySchemes");
        for (Map<String, Object> definition : definitions()) {
            Map<String, Object> schemes = CfnEval.map(CfnEval.map(definition.get("components")).getOrDefault("securitySchemes", Map.of()));
            for (Map<String, Object> op : routes(definition).values()) {
                List<Object> security = op.containsKey("security") ? TemplateTree.asList(op.get("security")) : List.of(Map.of());
                for (Object requirement : security) {
                    assertTrue(alternatives.contains(requirement), requirement + " is one of " + alternatives);
                }
            }
            if (schemes.containsKey("sigv4")) {
                Map<String, Object> sigv4 = new HashMap<>(map(contractSchemes, "sigv4"));
                sigv4.remove("description");
                assertEquals(sigv4, schemes.get("sigv4"), "SigV4 as the contract describes it");
            }
            if (schemes.containsKey("jwt")) {
                assertEquals("bearer", map(contractSchemes, "jwt").get("scheme"));
                assertEquals("$request.header.Authorization", map(schemes, "jwt", "x-amazon-apigateway-authorizer").get("identitySource"),
                        "the bearer token of the Authorization header");
            }
        }
    }

    /** The document API Gateway imports is a valid OpenAPI 3.0 document (checked against the specification's schema). */
    @Test
    void isAValidOpenApi30DocumentForEveryAuthMode() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            for (Map<String, Object> definition : definitions()) {
                OpenAPIContract contract = OpenAPIContract.from(vertx, new JsonObject(JSON.writeValueAsString(definition)))
                        .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
                assertEquals("summarize", contract.operation("summarize").getOperationId());
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** AWS::Include takes plain YAML: the evaluator refuses a short tag as CloudFormation would, and puts the file in place. */
    @Test
    void includedSnippetsArePlainYamlPutInPlace(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ok.yaml"), "a:\n  Fn::If: [C, x, {Ref: AWS::NoValue}]\n");
        Files.writeString(dir.resolve("short.yaml"), "a: !Ref X\n");
        Map<String, Object> template = CfnYaml.load("""
                Conditions:
                  C: !Equals [!Ref P, x]
                Parameters:
                  P: {Type: String, Default: x}
                Resources:
                  R:
                    Properties:
                      Body:
                        Fn::Transform: {Name: AWS::Include, Parameters: {Location: ok.yaml}}
                """);
        Map<String, Object> processed = CfnEval.map(CfnYaml.inlineIncludes(template, dir));
        assertEquals(Map.of("Body", Map.of("a", "x")), new CfnEval(processed, Map.of()).properties("R"));
        assertEquals(Map.of("Body", Map.of()), new CfnEval(processed, Map.of("P", "y")).properties("R"));
        assertThrows(Exception.class, () -> CfnYaml.loadSnippet(dir.resolve("short.yaml")));
        assertThrows(IllegalStateException.class, () -> CfnYaml.inlineIncludes(
                Map.of("Fn::Transform", Map.of("Name", "AWS::Include", "Parameters", Map.of("Location", "missing.yaml"))), dir));
        CfnYaml.loadSnippet(DEFINITION);   // the real one has no short tag
    }

    /** cfn-lint reads an included file as an opaque value; .ci/run also lints the template with it in place. */
    @Test
    void theProcessedTemplateIsWrittenForCfnLint() throws IOException {
        Files.createDirectories(PROCESSED.getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(PROCESSED.toFile(), PROCESSED_TREE);
        Map<String, Object> written = CfnEval.map(JSON.readValue(PROCESSED.toFile(), Map.class));
        assertEquals("3.0.1", map(written, "Resources", apiId(), "Properties", "Body").get("openapi"));
        assertFalse(Files.readString(PROCESSED).contains("AWS::Include"), "every include is in place");
    }
}
