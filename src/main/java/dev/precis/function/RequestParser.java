package dev.precis.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.S3Location;
import dev.precis.model.HtmlSource;
import dev.precis.model.S3Source;
import dev.precis.model.SummarizeRequest;
import dev.precis.model.TextSource;
import dev.precis.model.UrlSource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * JSON → {@link SummarizeRequest}, strictly: an unknown field, a field of the wrong type, zero or two
 * sources, or malformed JSON is an error that names the field. Limits (question count and length, size)
 * are checked by the pipeline so every trigger applies the same ones.
 */
final class RequestParser {

    /** Fields a remote caller may send. ({@code file} is the CLI's alone.) */
    private static final Set<String> FIELDS = Set.of("url", "html", "baseUrl", "s3", "text", "questions", "async",
            "include");
    /** What {@code include} may ask to add to an answer (the stored result always has it). */
    static final Set<String> INCLUDABLE = Set.of("text");
    private static final Set<String> S3_FIELDS = Set.of("bucket", "key");
    /** The source fields, in the order an error names them; a request has exactly one. */
    private static final List<String> SOURCES = List.of("url", "html", "s3", "text");

    private final ObjectMapper mapper;

    RequestParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * A request with the options of a caller who waits for the answer.
     *
     * @param request the work
     * @param async   answer 202 at once and do the work from the queue
     * @param include what to add to the answer ({@code text}: the article's body)
     */
    record Parsed(SummarizeRequest request, boolean async, Set<String> include) {
    }

    /** Parses a JSON document without answer options (queued work: nobody waits for an answer). */
    SummarizeRequest parse(String json) {
        return queued(parseWithOptions(json));
    }

    /** Parses a JSON tree without answer options. */
    SummarizeRequest parse(JsonNode node) {
        return queued(parseWithOptions(node));
    }

    /** Parses a JSON document, answer options included. */
    Parsed parseWithOptions(String json) {
        JsonNode node;
        try {
            node = json == null || json.isBlank() ? null : mapper.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PrecisException(ErrorCode.INVALID_JSON, "the request body is not valid JSON: "
                    + e.getOriginalMessage(), null);
        }
        return parseWithOptions(node);
    }

    /** Parses a JSON tree, answer options included. */
    Parsed parseWithOptions(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new PrecisException(ErrorCode.INVALID_REQUEST, "a JSON request body is required", null);
        }
        if (!(node instanceof ObjectNode obj)) {
            throw new PrecisException(ErrorCode.INVALID_REQUEST, "the request must be a JSON object", null);
        }
        rejectUnknown(obj, FIELDS, "");
        // Types first, so a wrong type is named before any rule about the combination of fields.
        String url = string(obj, "url", "url");
        String html = string(obj, "html", "html");
        String baseUrl = string(obj, "baseUrl", "baseUrl");
        S3Location s3 = obj.hasNonNull("s3") ? s3(obj.get("s3")) : null;
        String text = string(obj, "text", "text");
        List<String> questions = questions(obj);
        boolean async = flag(obj, "async");
        Set<String> include = include(obj);
        List<String> present = new ArrayList<>();
        for (String source : SOURCES) {
            if (obj.hasNonNull(source)) present.add(source);
        }
        if (present.isEmpty()) {
            throw new PrecisException(ErrorCode.INVALID_REQUEST, "a source is required: one of url, html, s3 or text", "url");
        }
        if (present.size() > 1) {
            throw new PrecisException(ErrorCode.INVALID_REQUEST, "exactly one source is allowed, got "
                    + String.join(" and ", present), present.get(1));
        }
        if (obj.hasNonNull("baseUrl") && !present.get(0).equals("html")) {
            throw new PrecisException(ErrorCode.INVALID_REQUEST, "baseUrl goes only with html", "baseUrl");
        }
        SummarizeRequest request = switch (present.get(0)) {
            case "url" -> new UrlSource(url, questions);
            case "html" -> new HtmlSource(html, baseUrl, questions);
            case "s3" -> new S3Source(s3, questions);
            default -> new TextSource(text, questions);
        };
        return new Parsed(request, async, include);
    }

    /** The request of work nobody waits for (an SQS message): answer options would mean nothing there. */
    private static SummarizeRequest queued(Parsed parsed) {
        if (parsed.async()) throw optionRefused("async");
        if (!parsed.include().isEmpty()) throw optionRefused("include");
        return parsed.request();
    }

    private static PrecisException optionRefused(String field) {
        return new PrecisException(ErrorCode.INVALID_REQUEST, field
                + " is for requests answered while the caller waits (HTTP), not for queued messages", field);
    }

    private static boolean flag(ObjectNode obj, String name) {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) return false;
        if (!v.isBoolean()) throw typeError(name, "true or false");
        return v.booleanValue();
    }

    private static Set<String> include(ObjectNode obj) {
        JsonNode v = obj.get("include");
        if (v == null || v.isNull()) return Set.of();
        if (!v.isArray()) throw typeError("include", "a list of strings");
        Set<String> out = new java.util.TreeSet<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual() || !INCLUDABLE.contains(v.get(i).textValue())) {
                throw typeError("include[" + i + "]", "one of " + String.join(", ", new java.util.TreeSet<>(INCLUDABLE)));
            }
            out.add(v.get(i).textValue());
        }
        return Set.copyOf(out);
    }

    private static S3Location s3(JsonNode s3Node) {
        if (!(s3Node instanceof ObjectNode s3Obj)) {
            throw typeError("s3", "an object {\"bucket\": …, \"key\": …}");
        }
        rejectUnknown(s3Obj, S3_FIELDS, "s3.");
        return new S3Location(string(s3Obj, "bucket", "s3.bucket"), string(s3Obj, "key", "s3.key"));
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
