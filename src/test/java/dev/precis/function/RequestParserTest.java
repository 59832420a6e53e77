package dev.precis.function;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.HtmlSource;
import dev.precis.model.S3Source;
import dev.precis.model.TextSource;
import dev.precis.model.UrlSource;
import dev.precis.model.SummarizeRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestParserTest {

    private final RequestParser parser = new RequestParser(new ObjectMapper());

    private PrecisException refused(String json) {
        return assertThrows(PrecisException.class, () -> parser.parse(json));
    }

    @Test
    void parsesEachKindOfSource() {
        UrlSource url = assertInstanceOf(UrlSource.class, parser.parse("{\"url\":\"https://a.example/x\"}"));
        assertEquals("https://a.example/x", url.url());
        HtmlSource html = assertInstanceOf(HtmlSource.class,
                parser.parse("{\"html\":\"<p>x</p>\",\"baseUrl\":\"https://a.example/\",\"questions\":[\"why?\"]}"));
        assertEquals("https://a.example/", html.baseUrl());
        assertEquals(List.of("why?"), html.questions());
        S3Source s3 = assertInstanceOf(S3Source.class, parser.parse("{\"s3\":{\"bucket\":\"b\",\"key\":\"k.html\"}}"));
        assertEquals("s3://b/k.html", s3.object().uri());
        assertEquals("t", assertInstanceOf(TextSource.class, parser.parse("{\"text\":\"t\"}")).text());
    }

    @Test
    void exactlyOneSourceIsAllowed() {
        PrecisException none = refused("{\"questions\":[\"why?\"]}");
        assertEquals("a source is required: one of url, html, s3 or text", none.getMessage());
        assertEquals("url", none.field());
        PrecisException two = refused("{\"url\":\"https://a.example/\",\"text\":\"t\"}");
        assertEquals("exactly one source is allowed, got url and text", two.getMessage());
        assertEquals("text", two.field());
        assertEquals("baseUrl", refused("{\"url\":\"https://a.example/\",\"baseUrl\":\"https://a.example/\"}").field());
    }

    @Test
    void aWrongTypeIsNamedBeforeTheSourceCount() {
        assertEquals("url must be a string", refused("{\"url\":5,\"text\":\"t\"}").getMessage());
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
