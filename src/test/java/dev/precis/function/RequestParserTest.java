package dev.precis.function;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.SourceKind;
import dev.precis.model.SummarizeRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestParserTest {

    private final RequestParser parser = new RequestParser(new ObjectMapper());

    private PrecisException refused(String json) {
        return assertThrows(PrecisException.class, () -> parser.parse(json));
    }

    @Test
    void parsesEachKindOfSource() {
        assertEquals(SourceKind.URL, parser.parse("{\"url\":\"https://a.example/x\"}").kind());
        SummarizeRequest html = parser.parse("{\"html\":\"<p>x</p>\",\"baseUrl\":\"https://a.example/\",\"questions\":[\"why?\"]}");
        assertEquals(SourceKind.HTML, html.kind());
        assertEquals("https://a.example/", html.baseUrl());
        assertEquals(List.of("why?"), html.questions());
        SummarizeRequest s3 = parser.parse("{\"s3\":{\"bucket\":\"b\",\"key\":\"k.html\"}}");
        assertEquals("s3://b/k.html", s3.s3().uri());
        assertEquals(SourceKind.TEXT, parser.parse("{\"text\":\"t\"}").kind());
    }

    @Test
    void namesTheFieldAtFault() {
        assertEquals("questions", refused("{\"text\":\"t\",\"questions\":\"why?\"}").field());
        assertEquals("questions[0]", refused("{\"text\":\"t\",\"questions\":[1]}").field());
        assertEquals("url", refused("{\"url\":5}").field());
        assertEquals("s3.region", refused("{\"s3\":{\"bucket\":\"b\",\"key\":\"k\",\"region\":\"x\"}}").field());
        assertEquals("s3", refused("{\"s3\":\"s3://b/k\"}").field());
        assertEquals("file", refused("{\"file\":\"/etc/passwd\"}").field(), "file sources are the CLI's alone");
    }

    @Test
    void malformedOrMissingBodiesAreRefused() {
        assertEquals(ErrorCode.INVALID_JSON, refused("{\"text\":").code());
        assertEquals(ErrorCode.INVALID_REQUEST, refused("").code());
        assertEquals(ErrorCode.INVALID_REQUEST, refused("[1,2]").code());
    }
}
