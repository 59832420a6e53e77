package dev.precis.summarize;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.precis.secrets.SecretReader;
import dev.precis.testing.ModelReplies;
import dev.precis.testing.TestConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the model client's API key comes from: {@code precis.llm.api-key-secret} (Secrets Manager or
 * SSM, read once) when set, the plain {@code precis.llm.api-key} otherwise, never both; and only for
 * the providers that take a key. One stub on 127.0.0.1 plays Secrets Manager and the OpenAI API.
 */
class ApiKeySourceTest {

    @RegisterExtension
    static final WireMockExtension wm = WireMockExtension.newInstance()
            .options(options().bindAddress("127.0.0.1").dynamicPort()).build();

    private static final String SECRET_KEY = "sk-from-secrets-manager-0123";

    private static SecretReader secretsManagerStub() {
        return new SecretReader(new SecretReader.Connection(URI.create(wm.baseUrl()), Region.US_EAST_1,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret"))));
    }

    private static Engine engine(Map<String, String> properties, Function<String, String> secrets) {
        Map<String, String> p = new HashMap<>(properties);
        p.putIfAbsent("precis.llm.base-url", wm.baseUrl() + "/v1");
        return ChatModels.engine(TestConfig.of(p),
                new ChatModels.Transport(ProviderHttpClient::builder, null, null, Region.US_EAST_1, null), secrets);
    }

    @Test
    void theKeyIsReadFromTheSecretAndSentToTheProvider() {
        wm.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"Name\":\"precis/openai\",\"SecretString\":\"" + SECRET_KEY + "\"}")));
        wm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(ModelReplies.openAi(ModelReplies.goodDigest(), 1432, 287))));
        SecretReader reader = secretsManagerStub();
        Engine engine = engine(Map.of("precis.llm.provider", "openai", "precis.llm.api-key-secret", "precis/openai"),
                reader::read);
        new Summarizer(engine, 6).summarize(ModelReplies.referenceArticle(), List.of());
        // a second engine (the warm-up's rehearsal builds one too) does not read it again
        engine(Map.of("precis.llm.provider", "openai", "precis.llm.api-key-secret", "precis/openai"), reader::read);
        assertEquals(1, wm.findAll(postRequestedFor(urlEqualTo("/"))).size(), "the secret is read once");
        assertEquals("Bearer " + SECRET_KEY,
                wm.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).get(0).getHeader("Authorization"));
    }

    @Test
    void anthropicTakesItsKeyFromTheSecretToo() {
        List<String> asked = new ArrayList<>();
        engine(Map.of("precis.llm.provider", "anthropic", "precis.llm.api-key-secret", "ssm:/precis/anthropic"),
                ref -> {
                    asked.add(ref);
                    return "sk-ant-x";
                });
        assertEquals(List.of("ssm:/precis/anthropic"), asked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"builtin", "bedrock", "ollama"})
    void providersWithoutAKeyNeverReadTheSecret(String provider) {
        engine(Map.of("precis.llm.provider", provider, "precis.llm.api-key-secret", "precis/openai"), ref -> {
            throw new AssertionError(provider + " read the secret");
        });
        assertEquals(0, wm.findAll(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void thePlainKeyStaysForLocalUseButNotBesideASecret() {
        engine(Map.of("precis.llm.provider", "anthropic", "precis.llm.api-key", "sk-ant-local"), ref -> {
            throw new AssertionError("no secret configured");
        });
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class, () -> engine(Map.of(
                "precis.llm.provider", "openai", "precis.llm.api-key", "sk-local", "precis.llm.api-key-secret", "precis/openai"),
                ref -> SECRET_KEY));
        assertTrue(both.getMessage().startsWith("both precis.llm.api-key (PRECIS_LLM_API_KEY) and precis.llm.api-key-secret"),
                both.getMessage());
    }

    @Test
    void anthropicWithoutAnyKeyNamesBothWays() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> engine(Map.of("precis.llm.provider", "anthropic"), ref -> SECRET_KEY));
        assertEquals("the anthropic provider needs a key: precis.llm.api-key-secret (PRECIS_LLM_API_KEY_SECRET, where it is "
                + "kept) or, for local use, precis.llm.api-key (PRECIS_LLM_API_KEY)", e.getMessage());
    }

    @Test
    void anUnreadableSecretFailsTheStartWithItsName() {
        wm.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"ResourceNotFoundException\",\"message\":\"not found\"}")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> engine(Map.of(
                "precis.llm.provider", "openai", "precis.llm.api-key-secret", "precis/missing"), secretsManagerStub()::read));
        assertEquals("precis.llm.api-key-secret (PRECIS_LLM_API_KEY_SECRET): Secrets Manager secret 'precis/missing' "
                + "does not exist (ResourceNotFoundException)", e.getMessage());
        IllegalStateException malformed = assertThrows(IllegalStateException.class, () -> engine(Map.of(
                "precis.llm.provider", "openai", "precis.llm.api-key-secret", "sk-proj-pasted-the-key-itself"),
                secretsManagerStub()::read));
        assertTrue(malformed.getMessage().contains("looks like an API key itself"), malformed.getMessage());
    }
}
