package dev.precis.pipeline;

import dev.precis.model.HtmlSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.precis.model.Answer;
import dev.precis.model.Digest;
import dev.precis.summarize.ChatModels;
import dev.precis.summarize.Engine;
import dev.precis.summarize.Summarizer;
import dev.precis.testing.ModelReplies;
import dev.precis.testing.TestConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each provider chosen by configuration alone, against WireMock speaking its wire protocol: the request
 * it sends (path, auth, where the article and the JSON format go) and the token usage it reports.
 */
class ProvidersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A stub on 127.0.0.1 for the class, its stubs and request log reset before each test. */
    @RegisterExtension
    static final WireMockExtension wm = WireMockExtension.newInstance()
            .options(options().bindAddress("127.0.0.1").dynamicPort()).build();

    private static Engine engine(String provider, String baseUrl, Map<String, String> more) {
        Map<String, String> p = new HashMap<>(more);
        p.put("precis.llm.provider", provider);
        p.put("precis.llm.base-url", baseUrl);
        return ChatModels.engine(TestConfig.of(p), new ChatModels.Transport(dev.precis.summarize.ProviderHttpClient::builder, null,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG")), null, null));
    }

    private static Digest summarize(Engine engine) {
        return new Summarizer(engine, 6).summarize(ModelReplies.referenceArticle(),
                List.of(ModelReplies.WHERE, ModelReplies.DECIDED));
    }

    private static JsonNode onlyRequest() throws Exception {
        List<LoggedRequest> all = wm.findAll(anyRequestedFor(anyUrl()));
        assertEquals(1, all.size(), "one call");
        return JSON.readTree(all.get(0).getBodyAsString());
    }

    private static void assertGrounded(Digest d, int in, int out) {
        assertEquals(2, d.keyFacts().size(), d.warnings().toString());
        d.keyFacts().forEach(f -> assertTrue(f.verified()));
        assertEquals(Answer.ANSWERED, d.answers().get(0).status());
        assertEquals(Answer.NOT_STATED, d.answers().get(1).status());
        assertEquals(in, d.usage().inputTokens());
        assertEquals(out, d.usage().outputTokens());
        assertEquals(1, d.usage().llmCalls());
    }

    @Test
    void openAiSendsTheJsonSchemaAndReportsUsage() throws Exception {
        wm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(ModelReplies.openAi(ModelReplies.goodDigest(), 1432, 287))));
        Engine engine = engine("openai", wm.baseUrl() + "/v1", Map.of("precis.llm.api-key", "sk-test"));
        assertEquals("openai:gpt-4o-mini", engine.id());
        assertGrounded(summarize(engine), 1432, 287);
        JsonNode request = onlyRequest();
        assertEquals("json_schema", request.at("/response_format/type").asText());
        assertTrue(request.at("/response_format/json_schema/strict").asBoolean());
        assertEquals("Bearer sk-test", wm.findAll(anyRequestedFor(anyUrl())).get(0).getHeader("Authorization"));
    }

    @Test
    void anthropicSpeaksTheMessagesApiWithTheSchemaInThePrompt() throws Exception {
        wm.stubFor(post(urlEqualTo("/v1/messages")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(ModelReplies.anthropic(ModelReplies.goodDigest(), 1510, 301))));
        Engine engine = engine("anthropic", wm.baseUrl() + "/v1/", Map.of("precis.llm.api-key", "sk-ant-test"));
        assertEquals("anthropic:claude-haiku-4-5", engine.id());
        assertGrounded(summarize(engine), 1510, 301);
        JsonNode request = onlyRequest();
        LoggedRequest logged = wm.findAll(anyRequestedFor(anyUrl())).get(0);
        assertEquals("sk-ant-test", logged.getHeader("x-api-key"));
        assertTrue(logged.containsHeader("anthropic-version"));
        assertEquals("claude-haiku-4-5", request.get("model").asText());
        assertEquals(2048, request.get("max_tokens").asInt());
        String system = request.get("system").toString();
        assertTrue(system.contains("Reply with one JSON object only"), system);
        assertTrue(request.at("/messages/0/content").toString().contains("<article>"));
    }

    @Test
    void ollamaSpeaksItsNativeApiWithTheSchemaAsFormat() throws Exception {
        wm.stubFor(post(urlEqualTo("/api/chat")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(ModelReplies.ollama(ModelReplies.goodDigest(), 1380, 250))));
        Engine engine = engine("ollama", wm.baseUrl(), Map.of("precis.llm.model", "llama3.1:8b"));
        assertEquals("ollama:llama3.1:8b", engine.id());
        assertGrounded(summarize(engine), 1380, 250);
        JsonNode request = onlyRequest();
        assertFalse(request.path("stream").asBoolean(true), "not streamed");
        assertEquals("object", request.at("/format/type").asText(), request.toString());
        assertTrue(request.at("/format/properties").has("keyFacts"));
        assertEquals(2048, request.at("/options/num_predict").asInt());
    }

    @Test
    void bedrockSpeaksConverseSignedWithIamCredentials() throws Exception {
        wm.stubFor(post(anyUrl()).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(ModelReplies.bedrock(ModelReplies.goodDigest(), 1602, 298))));
        Engine engine = engine("bedrock", wm.baseUrl(), Map.of("precis.llm.region", "eu-west-1"));
        assertEquals("bedrock:anthropic.claude-3-haiku-20240307-v1:0", engine.id());
        assertGrounded(summarize(engine), 1602, 298);
        JsonNode request = onlyRequest();
        LoggedRequest logged = wm.findAll(anyRequestedFor(anyUrl())).get(0);
        assertTrue(logged.getUrl().matches("/model/anthropic\\.claude-3-haiku-20240307-v1(:|%3A)0/converse"), logged.getUrl());
        String auth = logged.getHeader("Authorization");
        assertTrue(auth.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/") && auth.contains("/eu-west-1/bedrock/"), auth);
        assertTrue(request.at("/system/0/text").asText().contains("Reply with one JSON object only"));
        assertEquals(2048, request.at("/inferenceConfig/maxTokens").asInt());
    }

    @Test
    void aRerunOfTheSameArticleMakesNoRequestAndTheStoredResultIsValid(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        wm.stubFor(post(urlEqualTo("/api/chat")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(ModelReplies.ollama(ModelReplies.goodDigest(), 1380, 250))));
        Pipeline pipeline = PipelineFactory.create(TestConfig.of(Map.of("precis.llm.provider", "ollama",
                "precis.llm.base-url", wm.baseUrl(), "precis.store.uri", dir.toString())), () -> {
            throw new AssertionError("no S3 here");
        });
        dev.precis.model.SummarizeRequest request = new dev.precis.model.HtmlSource(
                dev.precis.testing.Fixtures.referencePage(), "https://news.example.com/world/kim-putin.html",
                List.of(ModelReplies.WHERE, ModelReplies.DECIDED));
        Outcome first = pipeline.process(request, dev.precis.model.Deadline.in(java.time.Duration.ofSeconds(60)));
        Outcome second = pipeline.process(request);
        assertFalse(first.reused());
        assertTrue(second.reused());
        assertEquals(1, wm.findAll(anyRequestedFor(anyUrl())).size(), "the second run made no request");
        JsonNode stored = dev.precis.testing.SummarySchema.assertValid(
                java.nio.file.Files.readString(java.nio.file.Path.of(java.net.URI.create(first.location()))));
        assertEquals("ollama:llama3.1", stored.at("/provenance/engine").asText());
        assertEquals(1380, stored.at("/provenance/inputTokens").asInt());
        assertEquals(250, stored.at("/provenance/outputTokens").asInt());
        assertEquals(1, stored.at("/provenance/llmCalls").asInt());
    }

    @Test
    void anUnknownProviderNamesTheKeyAndTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> engine("gemini", wm.baseUrl(), Map.of()));
        assertTrue(e.getMessage().contains("PRECIS_LLM_PROVIDER") && e.getMessage().contains("bedrock"), e.getMessage());
    }
}
