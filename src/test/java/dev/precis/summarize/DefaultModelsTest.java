package dev.precis.summarize;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.precis.infra.CfnYaml;
import dev.precis.testing.ModelReplies;
import dev.precis.testing.TestConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With no model configured — the template's empty {@code LlmModel}, which leaves
 * {@code PRECIS_LLM_MODEL} unset — each provider asks for its own default model on the wire, and
 * an empty value means the same as none. The template grants Bedrock exactly the model Java picks.
 */
class DefaultModelsTest {

    @RegisterExtension
    static final WireMockExtension wm = WireMockExtension.newInstance()
            .options(options().bindAddress("127.0.0.1").dynamicPort()).build();

    private static Engine engine(String provider, String base, Map<String, String> more) {
        Map<String, String> p = new HashMap<>(more);
        p.put("precis.llm.provider", provider);
        p.put("precis.llm.base-url", base);
        p.put("precis.llm.api-key", "sk-test");
        return ChatModels.engine(TestConfig.of(p), new ChatModels.Transport(ProviderHttpClient::builder, null,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")), Region.US_EAST_1,
                null));
    }

    /** The model the provider was asked for, as its wire protocol carries it. */
    private static String modelOnTheWire(String provider) throws Exception {
        LoggedRequest r = wm.findAll(anyRequestedFor(anyUrl())).get(0);
        if (provider.equals("bedrock")) {
            return java.net.URLDecoder.decode(r.getUrl().replaceAll("^/model/(.*)/converse$", "$1"), "UTF-8");
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.getBodyAsString()).get("model").asText();
    }

    @ParameterizedTest
    @CsvSource({
            "openai, /v1, gpt-4o-mini",
            "anthropic, /v1/, claude-haiku-4-5",
            "ollama, '', llama3.1",
            "bedrock, '', anthropic.claude-3-haiku-20240307-v1:0",
    })
    void unsetOrEmptyModelMeansTheProvidersDefault(String provider, String path, String expected) throws Exception {
        String reply = switch (provider) {
            case "openai" -> ModelReplies.openAi(ModelReplies.goodDigest(), 10, 5);
            case "anthropic" -> ModelReplies.anthropic(ModelReplies.goodDigest(), 10, 5);
            case "ollama" -> ModelReplies.ollama(ModelReplies.goodDigest(), 10, 5);
            default -> ModelReplies.bedrock(ModelReplies.goodDigest(), 10, 5);
        };
        wm.stubFor(post(anyUrl()).willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(reply)));
        for (Map<String, String> more : List.of(Map.<String, String>of(), Map.of("precis.llm.model", ""),
                Map.of("precis.llm.model", "  "))) {
            wm.resetRequests();
            Engine engine = engine(provider, wm.baseUrl() + path, more);
            assertEquals(provider + ":" + expected, engine.id(), more.toString());
            new Summarizer(engine, 6).summarize(ModelReplies.referenceArticle(), List.of());
            assertEquals(expected, modelOnTheWire(provider), more.toString());
            assertEquals(expected, ChatModels.DEFAULT_MODELS.get(provider));
        }
    }

    @Test
    void aConfiguredModelWins() throws Exception {
        wm.stubFor(post(anyUrl()).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(ModelReplies.bedrock(ModelReplies.goodDigest(), 10, 5))));
        Engine engine = engine("bedrock", wm.baseUrl(), Map.of("precis.llm.model", "us.anthropic.claude-haiku-4-5-20251001-v1:0"));
        new Summarizer(engine, 6).summarize(ModelReplies.referenceArticle(), List.of());
        assertEquals("us.anthropic.claude-haiku-4-5-20251001-v1:0", modelOnTheWire("bedrock"));
    }

    /** The template grants Bedrock one model when LlmModel is empty: the one Java then calls. */
    @Test
    void theTemplatesBedrockDefaultIsJavas() throws Exception {
        Map<String, Object> template = CfnYaml.load(Path.of("infra", "template.yaml"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> defaults = (Map<String, Map<String, Object>>)
                ((Map<String, Object>) template.get("Mappings")).get("ProviderDefaults");
        assertTrue(defaults.containsKey("bedrock"), defaults.toString());
        for (Map.Entry<String, Map<String, Object>> e : defaults.entrySet()) {
            assertEquals(ChatModels.DEFAULT_MODELS.get(e.getKey()), e.getValue().get("Model"), e.getKey());
        }
    }
}
