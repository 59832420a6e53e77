package dev.precis.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.precis.model.Deadline;
import dev.precis.pipeline.Pipeline;
import dev.precis.pipeline.PipelineFactory;
import dev.precis.testing.Fixtures;
import dev.precis.testing.LocalS3;
import dev.precis.testing.ModelReplies;
import dev.precis.testing.SqsStub;
import dev.precis.testing.TestConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What makes the triggers safe to put on the internet, end to end against a real S3 endpoint (S3Proxy)
 * and a model speaking OpenAI's protocol: no loop through the bucket's notifications, sources only from
 * allowed buckets and the incoming prefix, HTTP work stopped at its deadline, async work queued.
 */
class SafeTriggersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NEWS = "precis-news";
    private static final String RESULTS = "precis-results";
    private static final String COMPLETIONS = "/v1/chat/completions";

    @RegisterExtension
    static final WireMockExtension llm = WireMockExtension.newInstance()
            .options(options().bindAddress("127.0.0.1").dynamicPort()).build();

    private static LocalS3 s3;
    private static S3Client objects;

    @BeforeAll
    static void startS3() {
        s3 = LocalS3.start(NEWS, RESULTS, "someone-elses");
        objects = s3.client();
    }

    @AfterAll
    static void stopS3() {
        s3.close();
    }

    @BeforeEach
    void answerEveryCallWithAVerifiedDigest() {
        llm.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(ModelReplies.openAi(ModelReplies.goodDigest(), 900, 200))));
    }

    private static Pipeline pipeline(Map<String, String> more) {
        Map<String, String> p = new HashMap<>(Map.of(
                "precis.llm.provider", "openai", "precis.llm.base-url", llm.baseUrl() + "/v1",
                "precis.llm.api-key", "sk-test", "precis.llm.deadline-margin", "200ms",
                "precis.store.uri", "s3://" + RESULTS + "/results",
                "precis.sources.s3.allowed-buckets", NEWS + "," + RESULTS));
        p.putAll(more);
        return PipelineFactory.create(TestConfig.of(p), () -> objects);
    }

    private static HttpTrigger http(Pipeline pipeline, Duration deadline, AsyncQueue queue) {
        return new HttpTrigger(pipeline, Metrics.disabled(), JSON, deadline, queue);
    }

    private static HttpTrigger.Reply send(HttpTrigger http, Map<String, Object> body) throws Exception {
        String json = JSON.writeValueAsString(body);
        return http.handle(() -> new RequestParser(JSON).parseWithOptions(json), Deadline.NONE);
    }

    private static JsonNode tree(Object body) {
        return JSON.valueToTree(body);
    }

    /** An SQS event holding, per key, the S3 notification the bucket sends when an object is created. */
    private static JsonNode notifications(String bucket, List<String> keys) {
        ObjectNode s3Event = JSON.createObjectNode();
        ArrayNode records = s3Event.putArray("Records");
        for (String key : keys) {
            ObjectNode r = records.addObject();
            r.put("eventSource", "aws:s3").put("eventName", "ObjectCreated:Put");
            r.putObject("s3").putObject("bucket").put("name", bucket);
            ((ObjectNode) r.get("s3")).putObject("object").put("key", URLEncoder.encode(key, StandardCharsets.UTF_8));
        }
        return sqs(s3Event.toString());
    }

    private static JsonNode sqs(String... bodies) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (int i = 0; i < bodies.length; i++) {
            records.addObject().put("messageId", "m" + i).put("body", bodies[i]).put("eventSource", "aws:sqs");
        }
        return event;
    }

    private static Map<String, Object> handle(SqsBatch batch, JsonNode event) {
        return batch.handle(event, new BatchRunner(4, Duration.ZERO), Deadline.NONE);
    }

    private static List<String> keys(String bucket) {
        return objects.listObjectsV2(b -> b.bucket(bucket)).contents().stream().map(S3Object::key).toList();
    }

    private static String read(String bucket, String key) {
        return objects.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
    }

    private static int modelCalls() {
        return llm.findAll(postRequestedFor(urlEqualTo(COMPLETIONS))).size();
    }

    @Test
    void objectsPrecisWroteNeverStartWorkSoAUrlRequestCostsOneModelCall() throws Exception {
        Pipeline pipeline = pipeline(Map.of());
        HttpTrigger.Reply reply = send(http(pipeline, Duration.ofSeconds(28), null), Map.of(
                "html", Fixtures.referencePage(), "baseUrl", "https://news.example.com/world/loop.html",
                "questions", List.of(ModelReplies.WHERE)));
        assertEquals(200, reply.status(), String.valueOf(tree(reply.body())));
        assertEquals(1, modelCalls());
        List<String> written = keys(RESULTS);
        assertTrue(written.contains("results/news.example.com/world/loop.html"), written.toString());
        String before = read(RESULTS, "results/news.example.com/world/loop.summary.json");

        // A bucket notifying on every .html (and more) sends the function what it wrote: nothing happens.
        Map<String, Object> answer = handle(new SqsBatch(pipeline, new RequestParser(JSON), JSON, Metrics.disabled()),
                notifications(RESULTS, written));
        assertEquals(List.of(), answer.get("batchItemFailures"));
        assertEquals(1, modelCalls(), "exactly one model call for one request");
        assertEquals(before, read(RESULTS, "results/news.example.com/world/loop.summary.json"),
                "the caller's result, answers included, is not replaced");

        // Asked for directly, such an object is refused too.
        HttpTrigger.Reply copy = send(http(pipeline, Duration.ofSeconds(28), null),
                Map.of("s3", Map.of("bucket", RESULTS, "key", "results/news.example.com/world/loop.html")));
        assertEquals(400, copy.status());
        assertEquals("s3.key", tree(copy.body()).get("field").asText());
    }

    @Test
    void onlyTheIncomingPrefixStartsWork() {
        Pipeline pipeline = pipeline(Map.of());
        for (String key : List.of("incoming/kim.html", "drafts/kim.html")) {
            objects.putObject(b -> b.bucket(NEWS).key(key).contentType("text/html"), RequestBody.fromString(Fixtures.referencePage()));
        }
        SqsBatch batch = new SqsBatch(pipeline, new RequestParser(JSON), JSON, Metrics.disabled(), "incoming/");
        Map<String, Object> answer = handle(batch, notifications(NEWS, List.of("incoming/kim.html", "drafts/kim.html")));
        assertEquals(List.of(), answer.get("batchItemFailures"));
        assertEquals(1, modelCalls());
        List<String> news = keys(NEWS);
        assertTrue(news.contains("incoming/kim.summary.json"), news.toString());
        assertFalse(news.contains("drafts/kim.summary.json"), news.toString());
    }

    @Test
    void aBucketOutsideTheAllowListIsRefusedOverHttpAndSqs() throws Exception {
        objects.putObject(b -> b.bucket("someone-elses").key("secret.html").contentType("text/html"),
                RequestBody.fromString(Fixtures.referencePage()));
        Pipeline pipeline = pipeline(Map.of());
        Map<String, Object> request = Map.of("s3", Map.of("bucket", "someone-elses", "key", "secret.html"));
        HttpTrigger.Reply reply = send(http(pipeline, Duration.ofSeconds(28), null), request);
        assertEquals(403, reply.status());
        assertEquals("forbidden_source", tree(reply.body()).get("error").asText());
        assertEquals("s3.bucket", tree(reply.body()).get("field").asText());

        // From SQS it is not recorded in that bucket (no writes outside the allowed ones): it goes to the DLQ.
        Map<String, Object> answer = handle(new SqsBatch(pipeline, new RequestParser(JSON), JSON, Metrics.disabled()),
                sqs(JSON.writeValueAsString(request)));
        assertEquals(List.of(Map.of("itemIdentifier", "m0")), answer.get("batchItemFailures"));
        assertEquals(List.of("secret.html"), keys("someone-elses"));
        assertEquals(0, modelCalls());
    }

    /**
     * A model that never answers: it takes each request, then notes when the client hangs up. Shows that
     * a request stopped at its deadline also gives up its model call, instead of leaving it running.
     */
    private static final class SilentModel implements AutoCloseable {
        final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final AtomicInteger requests = new AtomicInteger();
        final CompletableFuture<Long> hungUpAt = new CompletableFuture<>();

        SilentModel() throws IOException {
            Thread t = new Thread(() -> {
                try (Socket socket = server.accept()) {
                    requests.incrementAndGet();
                    InputStream in = socket.getInputStream();
                    byte[] buffer = new byte[8192];
                    while (in.read(buffer) >= 0) {
                        // the request, then nothing until the client closes the connection
                    }
                    hungUpAt.complete(System.nanoTime());
                } catch (IOException e) {
                    hungUpAt.complete(System.nanoTime());
                }
            }, "silent-model");
            t.setDaemon(true);
            t.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getLocalPort() + "/v1";
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    @Test
    void anHttpRequestThatOutlivesItsDeadlineIsStoppedAndStopsSpending() throws Exception {
        // First, one request answered at once: the S3 client, extractor and model client are then warm, so
        // the 2 s below are spent waiting on the model (on a busy machine their first use alone can take that).
        assertEquals(200, send(http(pipeline(Map.of()), Duration.ofSeconds(60), null), Map.of("html",
                Fixtures.referencePage(), "baseUrl", "https://news.example.com/world/warm.html")).status());
        try (SilentModel model = new SilentModel()) {
            Pipeline pipeline = pipeline(Map.of("precis.llm.base-url", model.baseUrl()));
            long start = System.nanoTime();
            HttpTrigger.Reply reply = send(http(pipeline, Duration.ofSeconds(2), null),
                    Map.of("html", Fixtures.referencePage(), "baseUrl", "https://news.example.com/world/slow.html"));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, reply.status());
            assertEquals("timeout", tree(reply.body()).get("error").asText());
            assertEquals(String.valueOf(HttpTrigger.RETRY_AFTER_SECONDS), reply.headers().get("Retry-After"));
            assertTrue(ms >= 1_500 && ms < 4_000, "answered after " + ms + " ms for a 2 s deadline");
            long hungUp = (model.hungUpAt.get(5, TimeUnit.SECONDS) - start) / 1_000_000;
            assertTrue(hungUp < 4_000, "the model call was given up " + hungUp + " ms after the start, not left running");
            Thread.sleep(500);
            assertEquals(1, model.requests.get(), "no retry or second call after the deadline");
            assertFalse(keys(RESULTS).contains("results/news.example.com/world/slow.summary.json"), "nothing stored");
        }
    }

    @Test
    void anAsyncRequestIsQueuedAndItsResultAppearsWhereThe202Said() throws Exception {
        try (SqsStub queue = new SqsStub()) {
            Pipeline pipeline = pipeline(Map.of());
            String queueUrl = queue.queueUrl("precis-requests");
            HttpTrigger http = http(pipeline, Duration.ofSeconds(28), new SqsQueue(queueUrl, queue::client));
            HttpTrigger.Reply reply = send(http, Map.of("html", Fixtures.referencePage(),
                    "baseUrl", "https://news.example.com/world/later.html", "async", true,
                    "questions", List.of(ModelReplies.WHERE)));
            assertEquals(202, reply.status());
            JsonNode accepted = tree(reply.body());
            assertEquals("s3://precis-results/results/news.example.com/world/later.summary.json",
                    accepted.get("location").asText());
            assertEquals("queued", accepted.get("status").asText());
            assertEquals(0, modelCalls(), "nothing is summarized while the caller waits");

            assertEquals(1, queue.sent().size());
            assertEquals(queueUrl, queue.sent().get(0).queueUrl());
            JsonNode message = JSON.readTree(queue.sent().get(0).body());
            assertFalse(message.has("async"), "the queued message is a plain request");
            Map<String, Object> answer = handle(new SqsBatch(pipeline, new RequestParser(JSON), JSON, Metrics.disabled()),
                    sqs(queue.sent().get(0).body()));
            assertEquals(List.of(), answer.get("batchItemFailures"));
            JsonNode stored = JSON.readTree(read(RESULTS, "results/news.example.com/world/later.summary.json"));
            assertEquals(ModelReplies.WHERE, stored.at("/answers/0/question").asText());

            HttpTrigger.Reply invalid = send(http, Map.of("url", "https://news.example.com/x", "async", true,
                    "questions", List.of("q1", "q2", "q3", "q4", "q5", "q6")));
            assertEquals(400, invalid.status(), "a request that cannot succeed is refused now, not queued");
            assertEquals(1, queue.sent().size());
        }
    }

    @Test
    void asyncWithoutAQueueIsRefusedNamingTheSetting() throws Exception {
        HttpTrigger.Reply reply = send(http(pipeline(Map.of()), Duration.ofSeconds(28), null),
                Map.of("text", "A short story.\n\nIn two paragraphs.", "async", true));
        assertEquals(400, reply.status());
        JsonNode error = tree(reply.body());
        assertEquals("async", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("precis.async.queue-url"), error.toString());
    }
}
