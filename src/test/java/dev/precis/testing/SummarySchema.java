package dev.precis.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The JSON Schema of {@code precis.summary/v1} ({@code src/main/resources/schema/precis.summary.v1.json}),
 * plus the checks a schema cannot state: a stored result has {@code article.text} (the schema lets answers
 * leave it out), and every offset lies inside it.
 */
public final class SummarySchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private SummarySchema() {
    }

    /** The schema's complaints about {@code result}; empty when it is valid. */
    public static Set<ValidationMessage> problems(JsonNode result) {
        return SCHEMA.validate(result);
    }

    /** Fails unless {@code result} is a valid stored result whose offsets fit its article text. */
    public static void assertValid(JsonNode result) {
        Set<ValidationMessage> problems = problems(result);
        if (!problems.isEmpty()) {
            throw new AssertionError("not a valid precis.summary/v1 result: " + problems + "\n" + result.toPrettyString());
        }
        if (!result.at("/article/text").isTextual()) {
            throw new AssertionError("a stored result has article.text (only answers may leave it out): " + result.get("article"));
        }
        String text = result.at("/article/text").asText();
        for (JsonNode f : result.get("keyFacts")) {
            assertSpan(f, text);
            if (!text.substring(f.get("start").asInt(), f.get("end").asInt()).equals(f.get("quote").asText())) {
                throw new AssertionError("key fact quote is not the text at its offsets: " + f);
            }
        }
        for (JsonNode a : result.get("answers")) {
            if (a.has("quotes")) a.get("quotes").forEach(q -> assertSpan(q, text));
        }
    }

    /** Parses {@code json} and validates it. */
    public static JsonNode assertValid(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            assertValid(node);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertSpan(JsonNode quoted, String text) {
        int start = quoted.get("start").asInt();
        int end = quoted.get("end").asInt();
        if (start < 0 || end <= start || end > text.length()) {
            throw new AssertionError("offsets outside the article text (" + text.length() + " chars): " + quoted);
        }
    }

    private static JsonSchema load() {
        try (InputStream in = SummarySchema.class.getResourceAsStream("/schema/precis.summary.v1.json")) {
            if (in == null) throw new IllegalStateException("missing /schema/precis.summary.v1.json");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
