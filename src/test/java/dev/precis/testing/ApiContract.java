package dev.precis.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import dev.precis.function.OpenApiRoute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenAPI document of {@code POST /summarize} ({@code infra/openapi.yaml}, as served at
 * {@code /q/openapi}) as a test oracle: validates request and response bodies against the schemas it
 * declares for them, with the OpenAPI 3.1 dialect of JSON Schema.
 */
public final class ApiContract {

    /** The document's address for the validator (never fetched: the document is handed over in memory). */
    private static final String DOCUMENT_IRI = "https://precis.test/openapi.json";
    private static final String OPERATION = "/paths/~1summarize/post";
    private static final String MEDIA = "content/application~1json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode DOCUMENT = OpenApiRoute.standalone();
    private static final JsonSchemaFactory FACTORY = factory();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private ApiContract() {
    }

    /** The document as served: {@code infra/openapi.yaml} with the stored-result schema put in place. */
    public static JsonNode document() {
        return DOCUMENT.deepCopy();
    }

    /** JSON pointer (within the document) of the schema the operation declares for a response of {@code status}. */
    public static String responseSchemaPointer(int status) {
        String pointer = OPERATION + "/responses/" + status + "/" + MEDIA + "/schema";
        if (DOCUMENT.at(pointer).isMissingNode()) {
            throw new AssertionError("the OpenAPI document declares no JSON response for status " + status);
        }
        return pointer;
    }

    /** JSON pointer of the request body's schema. */
    public static String requestSchemaPointer() {
        return OPERATION + "/requestBody/" + MEDIA + "/schema";
    }

    /** The validator's complaints about {@code value} against the schema at {@code pointer}; empty when valid. */
    public static Set<ValidationMessage> problems(String pointer, JsonNode value) {
        return SCHEMAS.computeIfAbsent(pointer, p -> FACTORY.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + p)))
                .validate(value);
    }

    /** Fails unless {@code body} is what the document promises for a response of {@code status}. */
    public static JsonNode assertResponse(int status, String body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("a " + status + " response that is not JSON: " + body, e);
        }
        assertValid(responseSchemaPointer(status), node, "a " + status + " response");
        return node;
    }

    /** Fails unless {@code value} validates against the schema at {@code pointer}. */
    public static void assertValid(String pointer, JsonNode value, String what) {
        Set<ValidationMessage> problems = problems(pointer, value);
        if (!problems.isEmpty()) {
            String shown = value.toString();
            throw new AssertionError(what + " does not match the OpenAPI document (" + pointer + "): " + problems
                    + "\n" + (shown.length() > 2000 ? shown.substring(0, 2000) + "…" : shown));
        }
    }

    private static JsonSchemaFactory factory() {
        String json;
        try {
            json = JSON.writeValueAsString(DOCUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b
                .metaSchema(OpenApi31.getInstance())
                .defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT_IRI, json))));
    }
}
