package dev.precis.summarize;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.bedrock.BedrockChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.precis.config.PrecisConfig;
import dev.precis.secrets.SecretReader;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The engine {@code precis.llm.provider} names, with its model client built from {@code precis.llm.*}:
 * where to add a provider. Every client has its own retries off: {@link LlmCaller} retries
 * ({@code precis.llm.max-retries}, with backoff, within the deadline).
 */
public final class ChatModels {

    /** Providers {@code precis.llm.provider} accepts. */
    public static final String PROVIDERS = "builtin, openai, anthropic, ollama, bedrock";

    static final String OPENAI_URL = "https://api.openai.com/v1";
    static final String ANTHROPIC_URL = "https://api.anthropic.com/v1/";
    static final String OLLAMA_URL = "http://localhost:11434";

    /**
     * The model each provider uses when {@code precis.llm.model} is unset or empty: small, inexpensive
     * models that follow the JSON format. Bedrock's is a foundation model callable on demand (no
     * inference profile), so the template can grant exactly it; {@code infra/template.yaml} repeats it
     * in its {@code ProviderDefaults} mapping.
     */
    static final Map<String, String> DEFAULT_MODELS = Map.of(
            "openai", "gpt-4o-mini",
            "anthropic", "claude-haiku-4-5",
            "ollama", "llama3.1",
            "bedrock", "anthropic.claude-3-haiku-20240307-v1:0");

    private ChatModels() {
    }

    /** The engine of {@code config}; bedrock takes credentials from the SDK's default chain (the Lambda's role). */
    public static Engine engine(PrecisConfig config) {
        return engine(config, (AwsCredentialsProvider) null);
    }

    /**
     * @param credentials for bedrock; null for the SDK's default chain
     */
    static Engine engine(PrecisConfig config, AwsCredentialsProvider credentials) {
        return engine(config, new Transport(ProviderHttpClient::builder, null, credentials, null, null));
    }

    /**
     * How the model clients reach their provider.
     *
     * @param http          LangChain4j's HTTP client for openai, anthropic and ollama
     * @param sdk           the AWS SDK's HTTP client for bedrock; null for the URL-connection client
     * @param credentials   for bedrock; null for the SDK's default chain
     * @param defaultRegion for bedrock when {@code precis.llm.region} is unset; null for the SDK's region chain
     * @param baseUrl       replaces {@code precis.llm.base-url} for openai, anthropic and ollama; null to keep it
     */
    public record Transport(Supplier<HttpClientBuilder> http, SdkHttpClient sdk, AwsCredentialsProvider credentials,
                     Region defaultRegion, String baseUrl) {
    }

    /** The engine of {@code config}, its model client reaching the provider through {@code transport}. */
    public static Engine engine(PrecisConfig config, Transport transport) {
        return engine(config, transport, SecretReader.shared()::read);
    }

    /**
     * Like {@link #engine(PrecisConfig, Transport)}, the API key of {@code precis.llm.api-key-secret} read
     * by {@code secrets} (asked only for openai and anthropic, the providers that take a key).
     */
    static Engine engine(PrecisConfig config, Transport transport, Function<String, String> secrets) {
        PrecisConfig.Llm llm = config.llm();
        String provider = llm.provider().strip().toLowerCase(Locale.ROOT);
        if (provider.equals("builtin")) return new BuiltinEngine();
        String model = llm.model().map(String::strip).filter(m -> !m.isEmpty())
                .orElse(DEFAULT_MODELS.getOrDefault(provider, ""));
        ChatModel chat = switch (provider) {
            case "openai" -> openAi(llm, model, apiKey(llm, secrets), transport.http().get(),
                    baseUrl(llm, transport, OPENAI_URL));
            case "anthropic" -> anthropic(llm, model, apiKey(llm, secrets), transport.http().get(),
                    baseUrl(llm, transport, ANTHROPIC_URL));
            case "ollama" -> ollama(llm, model, transport.http().get(), baseUrl(llm, transport, OLLAMA_URL));
            case "bedrock" -> bedrock(llm, model, transport);
            default -> throw new IllegalArgumentException(
                    "precis.llm.provider (PRECIS_LLM_PROVIDER) is '" + llm.provider() + "'; use one of: " + PROVIDERS);
        };
        return new LlmEngine(provider, model, chat, options(config));
    }

    /**
     * The API key: from {@code precis.llm.api-key-secret} when set (read by {@code secrets}, once per
     * process), else {@code precis.llm.api-key} (local use); empty when neither is set.
     *
     * @throws IllegalArgumentException when both are set
     * @throws IllegalStateException    when the secret cannot be read, naming it
     */
    static Optional<String> apiKey(PrecisConfig.Llm llm, Function<String, String> secrets) {
        Optional<String> secret = llm.apiKeySecret().map(String::strip).filter(s -> !s.isEmpty());
        if (secret.isEmpty()) return llm.apiKey();
        if (llm.apiKey().isPresent()) {
            throw new IllegalArgumentException("both precis.llm.api-key (PRECIS_LLM_API_KEY) and precis.llm.api-key-secret "
                    + "(PRECIS_LLM_API_KEY_SECRET) are set; keep one (the secret when deployed, the plain key for local use)");
        }
        try {
            return Optional.of(secrets.apply(secret.get()));
        } catch (RuntimeException e) {
            // The reader's message is whole (secret, cause, fix); the SDK's exception rides along as
            // suppressed, so logs keep its trace and a root-cause report still shows this message.
            IllegalStateException failure = new IllegalStateException(
                    "precis.llm.api-key-secret (PRECIS_LLM_API_KEY_SECRET): " + e.getMessage());
            failure.addSuppressed(e);
            throw failure;
        }
    }

    private static String baseUrl(PrecisConfig.Llm llm, Transport transport, String standard) {
        return transport.baseUrl() != null ? transport.baseUrl() : llm.baseUrl().orElse(standard);
    }

    static LlmOptions options(PrecisConfig config) {
        PrecisConfig.Llm llm = config.llm();
        return new LlmOptions(llm.timeout(), llm.maxRetries(), llm.maxConcurrentCalls(), llm.deadlineMargin(),
                llm.maxInputTokens(), config.summary().maxKeyFacts());
    }

    /** JSON-schema structured output (strict). */
    private static ChatModel openAi(PrecisConfig.Llm llm, String model, Optional<String> apiKey, HttpClientBuilder http,
                                    String baseUrl) {
        return OpenAiChatModel.builder()
                .httpClientBuilder(http)
                .baseUrl(baseUrl)
                .apiKey(apiKey.orElse("not-needed"))
                .modelName(model)
                .temperature(llm.temperature())
                .maxTokens(llm.maxOutputTokens())
                .timeout(llm.timeout())
                .maxRetries(0)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .strictJsonSchema(true)
                .build();
    }

    /** Messages API; the JSON shape is given in the system prompt and parsed strictly. */
    private static ChatModel anthropic(PrecisConfig.Llm llm, String model, Optional<String> apiKey, HttpClientBuilder http,
                                       String baseUrl) {
        return AnthropicChatModel.builder()
                .httpClientBuilder(http)
                .baseUrl(baseUrl)
                .apiKey(apiKey.orElseThrow(() -> new IllegalArgumentException("the anthropic provider needs a key: "
                        + "precis.llm.api-key-secret (PRECIS_LLM_API_KEY_SECRET, where it is kept) or, for local use, "
                        + "precis.llm.api-key (PRECIS_LLM_API_KEY)")))
                .modelName(model)
                .temperature(llm.temperature())
                .maxTokens(llm.maxOutputTokens())
                .timeout(llm.timeout())
                .maxRetries(0)
                .build();
    }

    /** Native {@code /api/chat}; the JSON schema goes in its {@code format} field. */
    private static ChatModel ollama(PrecisConfig.Llm llm, String model, HttpClientBuilder http, String baseUrl) {
        return OllamaChatModel.builder()
                .httpClientBuilder(http)
                .baseUrl(baseUrl)
                .modelName(model)
                .temperature(llm.temperature())
                .numPredict(llm.maxOutputTokens())
                .timeout(llm.timeout())
                .maxRetries(0)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .build();
    }

    /** Converse API over the SDK's URL-connection client, SDK retries off; IAM credentials. */
    private static ChatModel bedrock(PrecisConfig.Llm llm, String model, Transport transport) {
        BedrockRuntimeClientBuilder client = BedrockRuntimeClient.builder()
                .credentialsProvider(transport.credentials() != null ? transport.credentials()
                        : DefaultCredentialsProvider.builder().build())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()).apiCallTimeout(llm.timeout()));
        if (transport.sdk() != null) {
            client.httpClient(transport.sdk());
        } else {
            client.httpClientBuilder(UrlConnectionHttpClient.builder()
                    .connectionTimeout(llm.timeout())
                    .socketTimeout(llm.timeout()));
        }
        llm.region().map(Region::of).or(() -> Optional.ofNullable(transport.defaultRegion())).ifPresent(client::region);
        llm.baseUrl().ifPresent(u -> client.endpointOverride(URI.create(u)));
        return BedrockChatModel.builder()
                .client(client.build())
                .modelId(model)
                .maxRetries(0)
                .defaultRequestParameters(ChatRequestParameters.builder()
                        .temperature(llm.temperature())
                        .maxOutputTokens(llm.maxOutputTokens())
                        .build())
                .build();
    }
}
