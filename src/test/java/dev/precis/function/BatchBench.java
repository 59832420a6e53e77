package dev.precis.function;

import dev.precis.model.Deadline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.precis.config.PrecisConfig;
import dev.precis.config.StandaloneConfig;
import dev.precis.pipeline.Pipeline;
import dev.precis.pipeline.PipelineFactory;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * SQS batch benchmark (not a unit test): the Lambda handler's batch path with the default settings and
 * a stub LLM of fixed latency; prints the median time of a batch of 10 next to a batch of 1 and the ratio.
 * Run: {@code bin/bench-load} (after the HTTP load run), or this class with {@code [RUNS] [LATENCY_MS]}.
 */
public final class BatchBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BatchBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int latencyMs = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        WireMockServer llm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .asynchronousResponseEnabled(true).asynchronousResponseThreads(32));
        llm.start();
        String[] paragraphs = {
                "The Port Alder city council voted 5-2 on Tuesday night to close Harbor Street to cars on weekends.",
                "Supporters said the change would bring more people to the shops and cafes near the waterfront.",
                "Opponents worried that customers would have nowhere to park and would shop elsewhere instead."};
        llm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withFixedDelay(latencyMs)
                .withHeader("Content-Type", "application/json").withBody(completion(paragraphs))));
        PrecisConfig config = StandaloneConfig.load(Map.of(
                "precis.llm.provider", "openai", "precis.llm.base-url", llm.baseUrl() + "/v1",
                "precis.llm.api-key", "sk-bench", "precis.store.uri", Files.createTempDirectory("precis-batch").toString()));
        Pipeline pipeline = PipelineFactory.create(config, () -> {
            throw new IllegalStateException("no S3 in this bench");
        });
        BatchRunner runner = new BatchRunner(config.batch().concurrency(), config.batch().safetyMargin());
        SqsBatch batch = new SqsBatch(pipeline, new RequestParser(JSON), JSON, Metrics.disabled());
        time(batch, runner, 1, paragraphs, "warm-up");
        time(batch, runner, 10, paragraphs, "warm-up");
        long[] one = new long[runs];
        long[] ten = new long[runs];
        for (int i = 0; i < runs; i++) {
            one[i] = time(batch, runner, 1, paragraphs, "one-" + i);
            ten[i] = time(batch, runner, 10, paragraphs, "ten-" + i);
        }
        long m1 = median(one);
        long m10 = median(ten);
        System.out.printf("SQS batch, stub latency %d ms, precis.batch.concurrency %d, %d runs%n",
                latencyMs, config.batch().concurrency(), runs);
        System.out.printf("batch of 1: median %d ms; batch of 10: median %d ms; ratio %.2f (target <= 1.3)%n",
                m1, m10, (double) m10 / m1);
        llm.stop();
    }

    private static long time(SqsBatch batch, BatchRunner runner, int n, String[] paragraphs, String tag) throws Exception {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (int i = 0; i < n; i++) {
            ObjectNode r = records.addObject();
            r.put("messageId", tag + "-" + i);
            r.put("eventSource", "aws:sqs");
            r.put("body", JSON.writeValueAsString(Map.of("text",
                    String.join("\n\n", paragraphs) + "\n\nReference " + tag + "-" + i + "-" + System.nanoTime() + ".")));
        }
        long t0 = System.nanoTime();
        Map<String, Object> response = batch.handle(event, runner, Deadline.in(Duration.ofMillis(90_000)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (!((List<?>) response.get("batchItemFailures")).isEmpty()) {
            throw new IllegalStateException("failures in the batch: " + response);
        }
        return ms;
    }

    private static long median(long[] values) {
        long[] v = Arrays.copyOf(values, values.length);
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static String completion(String[] paragraphs) throws Exception {
        ObjectNode digest = JSON.createObjectNode();
        digest.put("summary", "The council voted to close Harbor Street to cars on weekends.");
        ArrayNode facts = digest.putArray("keyFacts");
        List<String> quotes = new ArrayList<>(List.of(paragraphs));
        for (String q : quotes) facts.addObject().put("fact", "a fact").put("quote", q);
        digest.putArray("answers");
        return dev.precis.testing.ModelReplies.openAi(JSON.writeValueAsString(digest), 300, 80);
    }
}
