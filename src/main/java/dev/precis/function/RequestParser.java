package dev.precis.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.S3Location;
import dev.precis.model.SummarizeRequest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * JSON → {@link SummarizeRequest}, strictly: an unknown field, a field of the wrong type or malformed
 * JSON is an error that names the field. Limits (sources, question count and length) are checked by
 * the pipeline so every trigger applies the same ones.
 */
final class RequestParser {

    /** Fields a remote caller may send. ({@code file} is the CLI's alone.) */
    private static final Set<String> FIELDS = Set.of("url", "html", "baseUrl", "s3", "text", "questions");
    private static final Set<String> S3_FIELDS = Set.of("bucket", "key");

    private final ObjectMapper mapper;

    RequestParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Parses a JSON document. */
    SummarizeRequest parse(String json) {
        JsonNode node;
        try {
            node = json == null || json.isBlank() ? null : mapper.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PrecisException(ErrorCode.INVALID_JSON, "the request body is not valid JSON: "
                    + e.getOriginalMessage(), null);
        }
        return parse(node);
    }

    /** Parses a JSON tree. */
    SummarizeRequest parse(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new PrecisException(ErrorCode.INVALID_REQUEST, "a JSON request body is required", null);
        }
        if (!(node instanceof ObjectNode obj)) {
            throw new PrecisException(ErrorCode.INVALID_REQUEST, "the request must be a JSON object", null);
        }
        rejectUnknown(obj, FIELDS, "");
        S3Location s3 = null;
        JsonNode s3Node = obj.get("s3");
        if (s3Node != null && !s3Node.isNull()) {
            if (!(s3Node instanceof ObjectNode s3Obj)) {
                throw typeError("s3", "an object {\"bucket\": …, \"key\": …}");
            }
            rejectUnknown(s3Obj, S3_FIELDS, "s3.");
            s3 = new S3Location(string(s3Obj, "bucket", "s3.bucket"), string(s3Obj, "key", "s3.key"));
        }
        return new SummarizeRequest(string(obj, "url", "url"), string(obj, "html", "html"),
                string(obj, "baseUrl", "baseUrl"), s3, string(obj, "text", "text"), null, questions(obj));
    }

    private static void rejectUnknown(ObjectNode obj, Set<String> allowed, String prefix) {
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new PrecisException(ErrorCode.INVALID_REQUEST, "unknown field '" + prefix + name
                        + "'; allowed: " + String.join(", ", allowed.stream().sorted().toList()), prefix + name);
            }
        }
    }

    private static String string(ObjectNode obj, String name, String field) {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw typeError(field, "a string");
        return v.textValue();
    }

    private static List<String> questions(ObjectNode obj) {
        JsonNode v = obj.get("questions");
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) throw typeError("questions", "a list of strings");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) throw typeError("questions[" + i + "]", "a string");
            out.add(v.get(i).textValue());
        }
        return out;
    }

    private static PrecisException typeError(String field, String expected) {
        return new PrecisException(ErrorCode.INVALID_REQUEST, field + " must be " + expected, field);
    }
}
