package dev.precis.summarize;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model's HTTP client over real HTTP to a stub: what it sends, what it reads, and when it gives up. */
class ProviderHttpClientTest {

    /** A stub on 127.0.0.1 for the class, its stubs and request log reset before each test. */
    @RegisterExtension
    static final WireMockExtension wm = WireMockExtension.newInstance()
            .options(options().bindAddress("127.0.0.1").dynamicPort()).build();

    private static ProviderHttpClient client(Duration readTimeout) {
        return (ProviderHttpClient) ProviderHttpClient.builder()
                .connectTimeout(Duration.ofMillis(300)).readTimeout(readTimeout).build();
    }

    private static HttpRequest post(String path, String body) {
        return HttpRequest.builder().method(HttpMethod.POST).url(wm.baseUrl() + path)
                .addHeader("Content-Type", "application/json")
                .addHeader("Authorization", "Bearer sk-test")
                .addHeader("Content-Length", "999") // wrong on purpose: the client counts the bytes itself
                .body(body).build();
    }

    @Test
    void sendsTheBodyAsUtf8WithTheCallersHeadersAndReadsTheAnswer() {
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/v1/chat"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withHeader("X-Request-Id", "r-1")
                        .withBody("{\"ok\":\"über\"}")));
        SuccessfulHttpResponse r = client(Duration.ofSeconds(5)).execute(post("/v1/chat", "{\"q\":\"Kim — Путин\"}"));
        assertEquals(200, r.statusCode());
        assertEquals("{\"ok\":\"über\"}", r.body());
        assertEquals("r-1", r.headers().get("x-request-id").get(0), "header names are looked up without case");
        wm.verify(postRequestedFor(urlEqualTo("/v1/chat"))
                .withHeader("Authorization", equalTo("Bearer sk-test"))
                .withHeader("Content-Length", equalTo(Integer.toString("{\"q\":\"Kim — Путин\"}".getBytes(StandardCharsets.UTF_8).length)))
                .withRequestBody(equalToJson("{\"q\":\"Kim — Путин\"}")));
    }

    @Test
    void aGetSendsNoBody() {
        wm.stubFor(get(urlEqualTo("/api/tags")).willReturn(aResponse().withBody("{}")));
        HttpRequest request = HttpRequest.builder().method(HttpMethod.GET).url(wm.baseUrl() + "/api/tags").build();
        assertEquals("{}", client(Duration.ofSeconds(5)).execute(request).body());
        wm.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/api/tags"))
                .withHeader("Content-Type", absent()));
    }

    @Test
    void theBodyIsDecodedWithTheCharsetTheServerNames() {
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/v1/chat"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json; charset=ISO-8859-1")
                        .withBase64Body(java.util.Base64.getEncoder().encodeToString( // é as the one byte E9
                                "{\"a\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1)))));
        String body = client(Duration.ofSeconds(5)).execute(post("/v1/chat", "{}")).body();
        assertEquals("{\"a\":\"caf\u00e9\"}", body);
    }

    @Test
    void anErrorStatusCarriesTheBodyAndTheWaitTheProviderAskedFor() {
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/v1/chat"))
                .willReturn(aResponse().withStatus(429).withHeader("RETRY-AFTER-MS", "1500")
                        .withHeader("Content-Type", "application/json; charset=ISO-8859-1")
                        .withBase64Body(java.util.Base64.getEncoder().encodeToString(
                                "{\"error\":{\"message\":\"slow down, caf\u00e9\"}}".getBytes(StandardCharsets.ISO_8859_1)))));
        ProviderHttpException e = assertThrows(ProviderHttpException.class,
                () -> client(Duration.ofSeconds(5)).execute(post("/v1/chat", "{}")));
        assertEquals(429, e.statusCode());
        assertTrue(e.getMessage().contains("slow down, caf\u00e9"), e.getMessage());
        assertEquals(Duration.ofMillis(1500), e.retryAfter().orElseThrow());
    }

    @Test
    void aRedirectIsAnAnswerNotFollowed() {
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/v1/chat"))
                .willReturn(aResponse().withStatus(307).withHeader("Location", "http://127.0.0.1:1/elsewhere")));
        ProviderHttpException e = assertThrows(ProviderHttpException.class,
                () -> client(Duration.ofSeconds(5)).execute(post("/v1/chat", "{}")));
        assertEquals(307, e.statusCode());
    }

    @Test
    void anInterruptedCallerIsReleasedAtOnce() throws Exception {
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/v1/chat"))
                .willReturn(aResponse().withFixedDelay(10_000).withBody("{}")));
        assertReleasedOnInterrupt();
    }

    @Test
    void anInterruptedCallerIsReleasedWhileTheAnswerTrickles() throws Exception {
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/v1/chat"))
                .willReturn(aResponse().withBody("x".repeat(3000)).withChunkedDribbleDelay(30, 9_000)));
        assertReleasedOnInterrupt();
    }

    /** Interrupts a call (readTimeout 30 s) once the stub has its request; it must end within 2 s. */
    private static void assertReleasedOnInterrupt() throws Exception {
        AtomicReference<Thread> worker = new AtomicReference<>();
        CompletableFuture<SuccessfulHttpResponse> call = CompletableFuture.supplyAsync(() -> {
            worker.set(Thread.currentThread());
            return client(Duration.ofSeconds(30)).execute(post("/v1/chat", "{}"));
        });
        for (int i = 0; i < 100 && wm.getAllServeEvents().isEmpty(); i++) Thread.sleep(20);
        Thread.sleep(500); // a trickling answer is then well under way
        long start = System.nanoTime();
        worker.get().interrupt(); // what LlmCaller's Future.cancel(true) does at its deadline
        ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(5, TimeUnit.SECONDS));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertInstanceOf(UncheckedIOException.class, e.getCause());
        assertTrue(e.getCause().getMessage().contains("interrupted"), e.getCause().getMessage());
        assertTrue(ms < 2_000, "released after " + ms + " ms");
    }
}
