package dev.precis.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.SummarizeRequest;

/** The triggers' own request parser, for tests outside this package (the sample events' checks). */
public final class TestRequests {

    private static final RequestParser PARSER = new RequestParser(new ObjectMapper());

    private TestRequests() {
    }

    /** Parses a request body as every trigger does; throws the same {@code PrecisException}. */
    public static SummarizeRequest parse(String json) {
        return PARSER.parse(json);
    }

    /** Parses a request tree as every trigger does. */
    public static SummarizeRequest parse(JsonNode json) {
        return PARSER.parse(json);
    }
}
