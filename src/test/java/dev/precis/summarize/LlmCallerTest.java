package dev.precis.summarize;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.precis.model.Digest;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.testing.ModelReplies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import dev.precis.model.Deadline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retries, Retry-After, deadlines and the concurrency limit, over real HTTP to a stub (OpenAI wire format). */
class LlmCallerTest {

    private static final String PATH = "/v1/chat/completions";
    /** A stub on 127.0.0.1 for the class, its stubs and request log reset before each test. */
    @RegisterExtension
    static final WireMockExtension wm = WireMockExtension.newInstance()
            .options(options().bindAddress("127.0.0.1").dynamicPort()).build();
    private final List<Duration> slept = new ArrayList<>();

    @BeforeEach
    void reset() {
        slept.clear();
    }

    private static ChatModel model() {
        return OpenAiChatModel.builder().httpClientBuilder(ProviderHttpClient.builder())
                .baseUrl(wm.baseUrl() + "/v1").apiKey("sk-test").modelName("gpt-4o-mini")
                .timeout(Duration.ofSeconds(10)).maxRetries(0).build();
    }

    private Digest run(LlmOptions options, Deadline deadline) {
        LlmEngine engine = new LlmEngine("openai", "gpt-4o-mini", model(), options, slept::add);
        return new Summarizer(engine, 6).summarize(ModelReplies.referenceArticle(), List.of(), deadline);
    }

    private static void failThenSucceed(int status, String retryAfter, int failures) {
        for (int i = 0; i < failures; i++) {
            var response = aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":{\"message\":\"busy\",\"type\":\"requests\"}}");
            if (retryAfter != null) response = response.withHeader("Retry-After", retryAfter);
            wm.stubFor(post(urlEqualTo(PATH)).inScenario("s").whenScenarioStateIs(i == 0 ? Scenario.STARTED : "f" + i)
                    .willSetStateTo("f" + (i + 1)).willReturn(response));
        }
        wm.stubFor(post(urlEqualTo(PATH)).inScenario("s").whenScenarioStateIs(failures == 0 ? Scenario.STARTED : "f" + failures)
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(ModelReplies.openAi(ModelReplies.goodDigest(), 1000, 200))));
    }

    @Test
    void aRateLimitIsRetriedAfterTheWaitTheProviderAskedFor() {
        failThenSucceed(429, "2", 1);
        Digest d = run(LlmOptions.defaults(), Deadline.NONE);
        wm.verify(2, postRequestedFor(urlEqualTo(PATH)));
        assertEquals(List.of(Duration.ofSeconds(2)), slept);
        assertEquals(1, d.usage().llmCalls(), "llmCalls counts answered calls; retries are not answers");
    }

    @Test
    void serverErrorsAreRetriedWithGrowingJitteredBackoff() {
        failThenSucceed(503, null, 2);
        run(LlmOptions.defaults(), Deadline.NONE);
        wm.verify(3, postRequestedFor(urlEqualTo(PATH)));
        assertEquals(2, slept.size());
        assertTrue(slept.get(0).toMillis() >= 250 && slept.get(0).toMillis() <= 500, slept.toString());
        assertTrue(slept.get(1).toMillis() >= 500 && slept.get(1).toMillis() <= 1000, slept.toString());
    }

    @Test
    void retriesStopAtMaxRetriesAsUnavailable() {
        failThenSucceed(500, null, 5);
        PrecisException e = assertThrows(PrecisException.class, () -> run(LlmOptions.defaults(), Deadline.NONE));
        assertEquals(ErrorCode.LLM_UNAVAILABLE, e.code());
        assertTrue(e.getMessage().contains("precis.llm.max-retries 2"), e.getMessage());
        wm.verify(3, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aRejectedKeyIsNotRetried() {
        failThenSucceed(401, null, 1);
        PrecisException e = assertThrows(PrecisException.class, () -> run(LlmOptions.defaults(), Deadline.NONE));
        assertEquals(ErrorCode.LLM_REJECTED, e.code());
        wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
        assertTrue(slept.isEmpty());
    }

    @Test
    void aRetryAfterPastTheDeadlineFailsNowInsteadOfWaiting() {
        failThenSucceed(429, "30", 1);
        Deadline deadline = Deadline.in(Duration.ofSeconds(10));
        PrecisException e = assertThrows(PrecisException.class, () -> run(LlmOptions.defaults(), deadline));
        assertEquals(ErrorCode.LLM_UNAVAILABLE, e.code());
        assertTrue(e.getMessage().contains("would pass the deadline"), e.getMessage());
        assertTrue(slept.isEmpty());
        wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aSlowModelIsAbandonedAtTheDeadlineLessTheMargin() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFixedDelay(8_000).withHeader("Content-Type", "application/json")
                .withBody(ModelReplies.openAi(ModelReplies.goodDigest(), 1, 1))));
        LlmOptions options = new LlmOptions(Duration.ofSeconds(60), 0, 4, Duration.ofMillis(500), 6000, 6);
        long start = System.nanoTime();
        PrecisException e = assertThrows(PrecisException.class, () -> run(options, Deadline.in(Duration.ofMillis(2_500))));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(ErrorCode.TIMEOUT, e.code(), "the deadline, not the provider, ended it");
        assertTrue(ms < 2_500, "gave up after " + ms + " ms, before the deadline");
    }

    @Test
    void aServerThatTricklesIsCutAtTheTimeoutForTheWholeAnswer() {
        // 20 chunks over 4 s: every read is quick, so only the call's budget (precis.llm.timeout) stops it.
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("x".repeat(2000)).withChunkedDribbleDelay(20, 4_000)));
        LlmOptions options = new LlmOptions(Duration.ofMillis(700), 0, 4, Duration.ofMillis(500), 6000, 6);
        long start = System.nanoTime();
        PrecisException e = assertThrows(PrecisException.class, () -> run(options, Deadline.NONE));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(ErrorCode.LLM_UNAVAILABLE, e.code());
        assertTrue(e.getMessage().contains("did not answer within 700 ms"), e.getMessage());
        assertTrue(ms < 2_500, "gave up after " + ms + " ms; the budget is 700 ms, the answer takes 4 s");
    }

    @Test
    void noCallStartsWhenTheDeadlineIsTooClose() {
        PrecisException e = assertThrows(PrecisException.class, () -> run(LlmOptions.defaults(), Deadline.in(Duration.ofSeconds(2))));
        assertEquals(ErrorCode.TIMEOUT, e.code(), "the deadline, not the provider, stops it");
        wm.verify(0, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void concurrentCallsPerInstanceAreLimited() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ScriptedModel slow = new ScriptedModel(false, r -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return ModelReplies.goodDigest();
        });
        LlmOptions options = new LlmOptions(Duration.ofSeconds(10), 0, 2, Duration.ofSeconds(1), 6000, 6);
        LlmEngine engine = new LlmEngine("test", "slow", slow, options, d -> { });
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            runs.add(pool.submit(() -> engine.draft(ModelReplies.referenceArticle(), List.of())));
        }
        for (Future<?> f : runs) f.get();
        pool.shutdown();
        assertEquals(6, slow.requests.size());
        assertEquals(2, most.get(), "precis.llm.max-concurrent-calls");
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        assertEquals(Duration.ofSeconds(7), ProviderHttpClient.parseRetryAfter("7").orElseThrow());
        assertTrue(ProviderHttpClient.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT").orElseThrow().isZero());
        assertTrue(ProviderHttpClient.parseRetryAfter("soon").isEmpty());
    }
}
