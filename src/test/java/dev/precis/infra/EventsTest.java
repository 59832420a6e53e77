package dev.precis.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.function.TestRequests;
import dev.precis.model.PrecisException;
import dev.precis.model.SummarizeRequest;
import dev.precis.model.TextSource;
import dev.precis.model.S3Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the sample events in {@code events/} real-shaped: they are a public contract that the handler
 * tests feed to the Lambda handler.
 */
class EventsTest {

    static final Path DIR = Path.of("events");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final Set<String> SOURCES = Set.of("url", "html", "s3", "text", "file");

    static Map<String, JsonNode> events = new LinkedHashMap<>();
    static String readme;

    @BeforeAll
    static void load() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                events.put(p.getFileName().toString(), JSON.readTree(p.toFile()));
            }
        }
        readme = Files.readString(DIR.resolve("README.md"));
    }

    @Test
    void everyContractFileIsPresentAndDocumented() {
        assertTrue(events.keySet().containsAll(List.of("apigw-v2-summarize.json", "apigw-v1-summarize.json",
                "apigw-v2-invalid.json", "sqs-batch.json", "sqs-s3-notification.json", "direct-invoke.json")),
                events.keySet().toString());
        for (String name : events.keySet()) {
            assertTrue(readme.contains("`" + name + "`"), name + " is not described in events/README.md");
        }
        assertTrue(readme.contains("`objects/news/kim.html`"));
    }

    // ------------------------------------------------------------------------------------------
    // API Gateway
    // ------------------------------------------------------------------------------------------

    @Test
    void httpApiV2EventsHaveTheV2Shape() throws IOException {
        for (String name : List.of("apigw-v2-summarize.json", "apigw-v2-invalid.json")) {
            JsonNode e = events.get(name);
            assertEquals("2.0", e.path("version").asText(), name);
            assertEquals("POST /summarize", e.path("routeKey").asText(), name);
            assertEquals("/summarize", e.path("rawPath").asText(), name);
            assertTrue(e.path("rawQueryString").isTextual(), name);
            assertFalse(e.path("isBase64Encoded").asBoolean(true), name);
            assertFalse(e.has("httpMethod"), "v2 has no top-level httpMethod: " + name);
            JsonNode ctx = e.path("requestContext");
            assertEquals("POST", ctx.path("http").path("method").asText(), name);
            assertEquals("/summarize", ctx.path("http").path("path").asText(), name);
            assertTrue(ctx.path("http").path("sourceIp").asText().matches("\\d+\\.\\d+\\.\\d+\\.\\d+"), name);
            assertEquals("$default", ctx.path("stage").asText(), name);
            assertEquals("POST /summarize", ctx.path("routeKey").asText(), name);
            assertTrue(ctx.path("timeEpoch").canConvertToLong() && ctx.path("timeEpoch").asLong() > 1_600_000_000_000L);
            for (String f : List.of("requestId", "accountId", "apiId", "domainName")) {
                assertFalse(ctx.path(f).asText().isBlank(), name + " requestContext." + f);
            }
            assertTrue(ctx.path("domainName").asText().startsWith(ctx.path("apiId").asText() + ".execute-api."));
            JsonNode headers = e.path("headers");
            for (Iterator<String> it = headers.fieldNames(); it.hasNext(); ) {
                String h = it.next();
                assertEquals(h.toLowerCase(), h, "HTTP API lower-cases header names: " + name);
            }
            assertEquals("application/json", headers.path("content-type").asText(), name);
            assertEquals(utf8Length(e.path("body").asText()), headers.path("content-length").asInt(), name);
            JSON.readTree(e.path("body").asText()); // the body is JSON
        }
    }

    @Test
    void v2SummarizeCarriesARealisticPage() throws IOException {
        JsonNode body = JSON.readTree(events.get("apigw-v2-summarize.json").path("body").asText());
        assertEquals(Set.of("html", "baseUrl", "questions"), fieldNames(body));
        assertEquals("https://news.example.com/world/2025/kim-putin.html", body.path("baseUrl").asText());
        assertEquals(List.of("Where may Kim travel and why?", "What did the meeting decide?"), texts(body.path("questions")));

        String html = body.path("html").asText();
        Document doc = Jsoup.parse(html, body.path("baseUrl").asText());
        Element article = doc.selectFirst("article");
        assertTrue(article != null, "an <article>");
        List<String> paragraphs = article.select("p").eachText().stream().filter(t -> t.split("\\s+").length >= 10).toList();
        assertTrue(paragraphs.size() >= 4, "at least 4 real paragraphs, found " + paragraphs.size());
        assertTrue(paragraphs.get(0).startsWith("WASHINGTON (AP)"), paragraphs.get(0));
        assertTrue(doc.select("nav a").size() >= 3, "a nav menu");
        Element related = doc.getElementsMatchingOwnText("^Related$").first();
        assertTrue(related != null, "a Related heading");
        assertTrue(related.parent().select("a").size() >= 2, "a Related link list");
        assertTrue(doc.select("link[rel=canonical]").hasAttr("href"));
        assertTrue(doc.select("time[datetime]").size() >= 1);

        // The page inside the event is the S3 fixture, byte for byte.
        assertEquals(Files.readString(DIR.resolve("objects/news/kim.html")), html);
    }

    @Test
    void restApiV1EventHasTheV1Shape() throws IOException {
        JsonNode e = events.get("apigw-v1-summarize.json");
        assertFalse(e.has("version"), "v1 proxy events carry no version field");
        assertEquals("/summarize", e.path("resource").asText());
        assertEquals("/summarize", e.path("path").asText());
        assertEquals("POST", e.path("httpMethod").asText());
        assertFalse(e.path("isBase64Encoded").asBoolean(true));
        JsonNode ctx = e.path("requestContext");
        assertEquals("/summarize", ctx.path("resourcePath").asText());
        assertEquals("POST", ctx.path("httpMethod").asText());
        assertFalse(ctx.path("stage").asText().isBlank());
        assertFalse(ctx.path("requestId").asText().isBlank());
        assertTrue(ctx.path("identity").path("sourceIp").asText().matches("\\d+\\.\\d+\\.\\d+\\.\\d+"));
        JsonNode headers = e.path("headers");
        JsonNode multi = e.path("multiValueHeaders");
        assertEquals(fieldNames(headers), fieldNames(multi));
        for (String h : fieldNames(headers)) {
            assertEquals(List.of(headers.path(h).asText()), texts(multi.path(h)), h);
        }
        assertEquals(utf8Length(e.path("body").asText()), headers.path("Content-Length").asInt());

        JsonNode body = JSON.readTree(e.path("body").asText());
        assertEquals(Set.of("text", "questions"), fieldNames(body));
        String[] paragraphs = body.path("text").asText().split("\n\n");
        assertTrue(paragraphs.length >= 4, "paragraphs separated by blank lines");
        assertTrue(paragraphs[0].startsWith("WASHINGTON (AP)"));
        assertTrue(body.path("questions").isArray() && body.path("questions").size() >= 1);
    }

    @Test
    void invalidEventNamesTwoSources() throws IOException {
        JsonNode body = JSON.readTree(events.get("apigw-v2-invalid.json").path("body").asText());
        assertEquals(Set.of("url", "text"), sources(body));
        assertEquals("https://example.com/a", body.path("url").asText());
        assertEquals("x", body.path("text").asText());
    }

    // ------------------------------------------------------------------------------------------
    // SQS
    // ------------------------------------------------------------------------------------------

    @Test
    void sqsRecordsAreRealShaped() throws Exception {
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, JsonNode> ev : events.entrySet()) {
            if (!ev.getKey().startsWith("sqs-")) continue;
            JsonNode records = ev.getValue().path("Records");
            assertTrue(records.isArray() && records.size() >= 1, ev.getKey());
            for (JsonNode r : records) {
                String where = ev.getKey() + " " + r.path("messageId").asText();
                assertEquals("aws:sqs", r.path("eventSource").asText(), where);
                assertEquals("arn:aws:sqs:us-east-1:123456789012:precis-requests", r.path("eventSourceARN").asText(), where);
                assertEquals("us-east-1", r.path("awsRegion").asText(), where);
                assertTrue(UUID.matcher(r.path("messageId").asText()).matches(), where);
                assertTrue(ids.add(r.path("messageId").asText()), "duplicate messageId " + where);
                assertTrue(r.path("receiptHandle").asText().length() > 100, where);
                assertEquals(md5(r.path("body").asText()), r.path("md5OfBody").asText(), where);
                JsonNode attrs = r.path("attributes");
                for (String a : List.of("ApproximateReceiveCount", "SentTimestamp", "SenderId", "ApproximateFirstReceiveTimestamp")) {
                    assertTrue(attrs.path(a).isTextual(), where + " attributes." + a + " (strings, as SQS sends them)");
                }
                assertTrue(Integer.parseInt(attrs.path("ApproximateReceiveCount").asText()) >= 1);
                assertTrue(r.path("messageAttributes").isObject(), where);
            }
        }
        assertTrue(ids.size() >= 4);
    }

    @Test
    void sqsBatchHoldsS3TextAndInvalidRequests() throws IOException {
        JsonNode records = events.get("sqs-batch.json").path("Records");
        assertEquals(3, records.size());
        List<String> ids = new ArrayList<>();
        records.forEach(r -> ids.add(r.path("messageId").asText()));
        ids.forEach(id -> assertTrue(readme.contains(id), id + " is listed in events/README.md"));

        JsonNode s3 = JSON.readTree(records.get(0).path("body").asText());
        assertEquals(Set.of("s3"), sources(s3));
        assertEquals("precis-news", s3.path("s3").path("bucket").asText());
        assertEquals("news/kim.html", s3.path("s3").path("key").asText());

        JsonNode text = JSON.readTree(records.get(1).path("body").asText());
        assertEquals(Set.of("text"), sources(text));
        String[] paragraphs = text.path("text").asText().split("\n\n");
        assertTrue(paragraphs.length >= 3, "at least 3 paragraphs");
        assertTrue(text.path("text").asText().split("\\s+").length >= 120, "at least 120 words");
        assertTrue(text.path("questions").isArray());

        JsonNode invalid = JSON.readTree(records.get(2).path("body").asText());
        assertEquals(Set.of(), sources(invalid));
        assertTrue(invalid.path("questions").isTextual(), "questions is not a list");

        // The valid bodies parse as the triggers parse them; the invalid one is refused, naming its field.
        assertInstanceOf(S3Source.class, TestRequests.parse(records.get(0).path("body").asText()));
        assertInstanceOf(TextSource.class, TestRequests.parse(records.get(1).path("body").asText()));
        PrecisException refused = assertThrows(PrecisException.class,
                () -> TestRequests.parse(records.get(2).path("body").asText()));
        assertEquals("questions", refused.field());
    }

    @Test
    void s3NotificationNamesHtmlKeysUrlEncoded() throws Exception {
        JsonNode records = events.get("sqs-s3-notification.json").path("Records");
        assertEquals(1, records.size());
        JsonNode notification = JSON.readTree(records.get(0).path("body").asText());
        JsonNode s3Records = notification.path("Records");
        assertEquals(2, s3Records.size());
        byte[] object = Files.readAllBytes(DIR.resolve("objects/news/kim.html"));
        List<String> keys = new ArrayList<>();
        for (JsonNode r : s3Records) {
            assertEquals("aws:s3", r.path("eventSource").asText());
            assertEquals("ObjectCreated:Put", r.path("eventName").asText());
            assertEquals("2.1", r.path("eventVersion").asText());
            JsonNode s3 = r.path("s3");
            assertEquals("precis-news", s3.path("bucket").path("name").asText());
            assertEquals("arn:aws:s3:::precis-news", s3.path("bucket").path("arn").asText());
            String rawKey = s3.path("object").path("key").asText();
            String key = URLDecoder.decode(rawKey, StandardCharsets.UTF_8);
            assertTrue(key.endsWith(".html"), key);
            keys.add(key);
            assertEquals(object.length, s3.path("object").path("size").asLong());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(object)),
                    s3.path("object").path("eTag").asText());
            assertTrue(s3.path("object").path("sequencer").asText().matches("[0-9A-F]{16,}"));
        }
        assertEquals(List.of("news/kim.html", "news/kim jong un.html"), keys);
        assertEquals("news/kim+jong+un.html", s3Records.get(1).path("s3").path("object").path("key").asText(),
                "S3 sends keys URL-encoded, a space as +");
    }

    @Test
    void s3TestEventIsTheMessageS3SendsOnSetup() throws IOException {
        JsonNode e = events.get("sqs-s3-test-event.json");
        if (e == null) return;
        JsonNode body = JSON.readTree(e.path("Records").get(0).path("body").asText());
        assertEquals("s3:TestEvent", body.path("Event").asText());
        assertEquals("Amazon S3", body.path("Service").asText());
        assertFalse(body.has("Records"));
    }

    // ------------------------------------------------------------------------------------------
    // Direct invoke
    // ------------------------------------------------------------------------------------------

    @Test
    void directInvokeIsABareRequest() throws IOException {
        JsonNode e = events.get("direct-invoke.json");
        for (String envelope : List.of("Records", "httpMethod", "version", "requestContext", "body")) {
            assertFalse(e.has(envelope), "no " + envelope);
        }
        assertEquals(Set.of("text"), sources(e));
        assertTrue(e.path("questions").isArray() && e.path("questions").size() >= 1);
        SummarizeRequest req = assertInstanceOf(TextSource.class, TestRequests.parse(e));
        assertEquals(texts(e.path("questions")), req.questions());
    }

    // ------------------------------------------------------------------------------------------

    static Set<String> sources(JsonNode request) {
        Set<String> found = new HashSet<>();
        request.fieldNames().forEachRemaining(f -> {
            if (SOURCES.contains(f) && !request.path(f).isNull()) found.add(f);
        });
        return found;
    }

    static Set<String> fieldNames(JsonNode n) {
        Set<String> out = new HashSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    static String md5(String s) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
