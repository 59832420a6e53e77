package dev.precis.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON a page embeds (JSON-LD blocks, a framework's hydration data) with Jackson into plain
 * values: objects become {@link java.util.Map}, arrays {@link java.util.List}, strings {@link String},
 * numbers {@link Number}, plus {@link Boolean} and {@code null}. Lenient where pages are sloppy (trailing
 * commas, comments, control characters in strings, single quotes, CDATA wrappers) and bounded where a
 * hostile page could hurt: nesting depth, document length and string length are capped by
 * {@link StreamReadConstraints}, so a block of 100,000 brackets is refused by the parser before any
 * recursion (Jackson's or the extractor's own walks over the result) can run deep. Anything that is not
 * JSON, or breaks a limit, reads as {@code null}: structured data is a hint, never a reason to fail a page.
 */
final class JsonText {

    /** Thread-safe once configured; shared by every extraction. */
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(Tuning.JSON_MAX_DEPTH)
                            .maxDocumentLength(Tuning.JSON_MAX_CHARS)
                            .maxStringLength(Tuning.JSON_MAX_CHARS)
                            .build())
                    .build())
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_MISSING_VALUES)
            .build();

    private JsonText() {
    }

    /** Parses {@code text}; {@code null} when it is not JSON or breaks a limit. */
    static Object parse(String text) {
        if (text == null) return null;
        String t = text.strip();
        if (t.startsWith("<![CDATA[")) t = t.substring(9);
        if (t.endsWith("]]>")) t = t.substring(0, t.length() - 3);
        t = t.strip();
        if (t.isEmpty() || t.length() > Tuning.JSON_MAX_CHARS) return null;
        try {
            return MAPPER.readValue(t, Object.class);
        } catch (JsonProcessingException | RuntimeException e) {
            return null; // not JSON, or over a limit: no structured data from this block
        }
    }
}
