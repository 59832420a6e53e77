package dev.precis.function;

import dev.precis.model.Deadline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.precis.config.StandaloneConfig;
import dev.precis.pipeline.PipelineFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SQS invariant under store faults: for every message of a batch, its result is stored whole, or
 * the message is reported in {@code batchItemFailures} — never both, never neither. The store is an
 * in-memory S3 (WireMock) that starts answering 503 SlowDown, or stops, part-way through the batch.
 */
class SqsFaultTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MESSAGES = 10;

    private WireMockServer s3;

    /** A tiny S3: PUT stores, GET reads back (404 NoSuchKey otherwise); after {@code healthyWrites} PUTs, 503. */
    static final class FlakyS3 implements ResponseTransformerV2 {
        final Map<String, byte[]> objects = new ConcurrentHashMap<>();
        final AtomicInteger writes = new AtomicInteger();
        volatile int healthyWrites = Integer.MAX_VALUE;

        @Override
        public Response transform(Response response, ServeEvent event) {
            var req = event.getRequest();
            String path = URI.create(req.getUrl()).getPath();
            if (req.getMethod().getName().equals("PUT")) {
                if (writes.incrementAndGet() > healthyWrites) {
                    return Response.response().status(503).body("<Error><Code>SlowDown</Code><Message>Reduce your request rate.</Message></Error>").build();
                }
                objects.put(path, req.getBody());
                return Response.response().status(200).build();
            }
            byte[] body = objects.get(path);
            return body == null
                    ? Response.response().status(404).body("<Error><Code>NoSuchKey</Code><Message>none</Message></Error>").build()
                    : Response.response().status(200).body(body).build();
        }

        @Override
        public String getName() {
            return "flaky-s3";
        }
    }

    @AfterEach
    void stop() {
        if (s3 != null) s3.stop();
    }

    private SqsBatch batch(FlakyS3 store) {
        s3 = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(store));
        s3.start();
        s3.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers("flaky-s3")));
        S3Client client = dev.precis.testing.TestS3.client(s3.baseUrl(), "a", "b", 1);
        var pipeline = PipelineFactory.create(StandaloneConfig.load(Map.of("precis.store.uri", "s3://store/results")),
                () -> client);
        return new SqsBatch(pipeline, new RequestParser(JSON), JSON, Metrics.disabled());
    }

    private static ObjectNode event() throws Exception {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (int i = 0; i < MESSAGES; i++) {
            ObjectNode r = records.addObject();
            r.put("messageId", "m" + i);
            r.put("eventSource", "aws:sqs");
            r.put("body", JSON.writeValueAsString(Map.of("html",
                    "<html><body><article><p>Story " + i + ": the council voted on Tuesday to close Harbor Street to cars "
                            + "on weekends from June through September.</p><p>Supporters said the change would help the shops; "
                            + "opponents worried about parking for customers.</p></article></body></html>",
                    "baseUrl", "https://news.example.com/story-" + i + ".html")));
        }
        return event;
    }

    /** Checks the invariant and returns the failed message ids. */
    private static Set<String> checkEveryMessageIsStoredOrFailedNotBoth(Map<String, Object> response, FlakyS3 store) {
        Set<String> failed = new HashSet<>();
        for (Object f : (List<?>) response.get("batchItemFailures")) failed.add((String) ((Map<?, ?>) f).get("itemIdentifier"));
        for (int i = 0; i < MESSAGES; i++) {
            boolean stored = store.objects.containsKey("/store/results/news.example.com/story-" + i + ".summary.json");
            boolean reported = failed.contains("m" + i);
            assertTrue(stored ^ reported, "message m" + i + ": stored=" + stored + ", reported=" + reported);
        }
        return failed;
    }

    @Test
    void slowDownPartWayThroughTheBatch() throws Exception {
        FlakyS3 store = new FlakyS3();
        store.healthyWrites = 8; // each success writes the page copy and its result: about four succeed
        Map<String, Object> response = batch(store).handle(event(), new BatchRunner(4, Duration.ZERO), Deadline.in(Duration.ofMillis(60_000)));
        Set<String> failed = checkEveryMessageIsStoredOrFailedNotBoth(response, store);
        assertFalse(failed.isEmpty(), "the faults hit some messages");
        assertTrue(failed.size() < MESSAGES, "the store worked for the first ones");
    }

    @Test
    void theRetriedMessagesSucceedOnceTheStoreRecovers() throws Exception {
        FlakyS3 store = new FlakyS3();
        store.healthyWrites = 6;
        SqsBatch batch = batch(store);
        Map<String, Object> first = batch.handle(event(), new BatchRunner(4, Duration.ZERO), Deadline.in(Duration.ofMillis(60_000)));
        Set<String> failed = checkEveryMessageIsStoredOrFailedNotBoth(first, store);
        store.healthyWrites = Integer.MAX_VALUE;
        // SQS redelivers the whole batch's failures; successes are redelivered here too, as happens on timeouts.
        Map<String, Object> second = batch.handle(event(), new BatchRunner(4, Duration.ZERO), Deadline.in(Duration.ofMillis(60_000)));
        assertEquals(Set.of(), checkEveryMessageIsStoredOrFailedNotBoth(second, store));
        assertFalse(failed.isEmpty());
    }

    @Test
    void aStoreThatStopsMidBatch() throws Exception {
        FlakyS3 store = new FlakyS3();
        SqsBatch batch = batch(store);
        ObjectNode event = event();
        BatchRunner runner = new BatchRunner(1, Duration.ZERO);
        Thread stopper = new Thread(() -> {
            while (store.writes.get() < 4) Thread.onSpinWait();
            s3.stop();
        });
        stopper.start();
        Map<String, Object> response = batch.handle(event, runner, Deadline.in(Duration.ofMillis(60_000)));
        stopper.join();
        // A store that dies mid-write may keep an object whose response never arrived: that message is
        // reported failed although stored, and its redelivery reuses the stored result. What must never
        // happen is a message neither stored nor reported.
        Set<String> failed = new HashSet<>();
        for (Object f : (List<?>) response.get("batchItemFailures")) failed.add((String) ((Map<?, ?>) f).get("itemIdentifier"));
        for (int i = 0; i < MESSAGES; i++) {
            boolean stored = store.objects.containsKey("/store/results/news.example.com/story-" + i + ".summary.json");
            assertTrue(stored || failed.contains("m" + i), "message m" + i + " was neither stored nor reported");
        }
        assertFalse(failed.isEmpty());
    }
}
