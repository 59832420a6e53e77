package dev.precis.secrets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.SsmClientBuilder;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads secrets by reference ({@link SecretReference}) and keeps each value for the life of the process:
 * a secret is read once, at init. On Lambda with SnapStart the value is therefore in the snapshot, and
 * a rotated key reaches the function with its next published version (a deploy, or
 * {@code aws lambda publish-version} and an alias update), not before.
 *
 * <p>The Secrets Manager and SSM clients are built when a secret is read, not before, and closed after:
 * a configuration without a secret never loads their classes. They use the SDK's default credentials
 * (the function's role) and, unless the reference is an ARN, its default region ({@code AWS_REGION}).
 *
 * <p>Errors name the secret and what to do, never its value.
 */
public final class SecretReader {

    /**
     * How the clients reach AWS: each part null for the SDK's default (endpoint of the region, region
     * chain, credentials chain). Tests point {@code endpoint} at a stub on 127.0.0.1.
     */
    public record Connection(URI endpoint, Region region, AwsCredentialsProvider credentials) {
        /** The SDK's defaults throughout. */
        public static final Connection DEFAULT = new Connection(null, null, null);
    }

    /**
     * Longest one read may take, retries included, so an unreachable service fails the start-up with a
     * message instead of holding it. Generous: a cold JVM's first SDK call spends seconds loading
     * classes on a fraction of a vCPU, and that counts too (there is no per-attempt limit for that reason).
     */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);
    /** Time to connect to the service: network only. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** Time to wait for the service's answer once connected: network only. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    /** Error codes that mean the role is not allowed (to read the secret, or to decrypt it). */
    private static final Set<String> DENIED = Set.of("AccessDeniedException", "AccessDenied",
            "KMSAccessDeniedException", "DecryptionFailure", "InvalidKeyId");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final class Shared {
        static final SecretReader INSTANCE = new SecretReader(Connection.DEFAULT);
    }

    private final Connection connection;
    private final Map<String, String> values = new ConcurrentHashMap<>();

    public SecretReader(Connection connection) {
        this.connection = connection;
    }

    /** The process-wide reader with the SDK's defaults: each secret is read once, whoever asks. */
    public static SecretReader shared() {
        return Shared.INSTANCE;
    }

    /**
     * The value of the secret {@code reference} names, read on first use and kept.
     *
     * @throws IllegalArgumentException when the reference is malformed
     * @throws IllegalStateException    when the secret cannot be read, or holds no usable value; the
     *                                  message names the secret and the likely fix
     */
    public String read(String reference) {
        SecretReference ref = SecretReference.parse(reference);
        return values.computeIfAbsent(ref.text(), k -> select(ref, fetch(ref)));
    }

    private String fetch(SecretReference ref) {
        try {
            return switch (ref.store()) {
                case SECRETS_MANAGER -> fromSecretsManager(ref);
                case SSM_PARAMETER -> fromParameterStore(ref);
            };
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            if (e.statusCode() == 404 || code != null && (code.startsWith("ResourceNotFound") || code.startsWith("ParameterNotFound")
                    || code.startsWith("ParameterVersionNotFound"))) {
                throw new IllegalStateException(ref.describe() + " does not exist (" + code + ")", e);
            }
            if (e.statusCode() == 403 || code != null && DENIED.contains(code)) {
                throw new IllegalStateException("the function's role may not read " + ref.describe() + " (" + code
                        + "): it needs " + (ref.store() == SecretReference.Store.SECRETS_MANAGER
                        ? "secretsmanager:GetSecretValue" : "ssm:GetParameter")
                        + " on it, and kms:Decrypt when a customer managed KMS key encrypts it", e);
            }
            throw new IllegalStateException("cannot read " + ref.describe() + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IllegalStateException("cannot read " + ref.describe() + ": " + e.getMessage(), e);
        }
    }

    private String fromSecretsManager(SecretReference ref) {
        SecretsManagerClientBuilder builder = configure(SecretsManagerClient.builder(), ref);
        try (SecretsManagerClient client = builder.build()) {
            GetSecretValueResponse r = client.getSecretValue(b -> b.secretId(ref.id()));
            if (r.secretString() == null) {
                throw new IllegalStateException(ref.describe() + " holds binary data; store the key as a string");
            }
            return r.secretString();
        }
    }

    private String fromParameterStore(SecretReference ref) {
        SsmClientBuilder builder = configure(SsmClient.builder(), ref);
        try (SsmClient client = builder.build()) {
            return client.getParameter(b -> b.name(ref.id()).withDecryption(true)).parameter().value();
        }
    }

    /** URL-connection HTTP client, bounded time, and the connection's endpoint, region and credentials. */
    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, SecretReference ref) {
        builder.httpClientBuilder(UrlConnectionHttpClient.builder()
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(READ_TIMEOUT));
        builder.overrideConfiguration(o -> o.apiCallTimeout(CALL_TIMEOUT));
        Region region = ref.region() != null ? Region.of(ref.region()) : connection.region();
        if (region != null) builder.region(region);
        if (connection.endpoint() != null) builder.endpointOverride(connection.endpoint());
        if (connection.credentials() != null) builder.credentialsProvider(connection.credentials());
        return builder;
    }

    /** The whole value, or the named field of a JSON object; trimmed, never empty. */
    private static String select(SecretReference ref, String raw) {
        String value = raw == null ? "" : raw.strip();
        JsonNode json = value.startsWith("{") ? parseObject(value) : null;
        if (ref.field() != null) {
            if (json == null) {
                throw new IllegalStateException(ref.describe() + " is not a JSON object, so it has no field '"
                        + ref.field() + "'; drop '#" + ref.field() + "' from the reference");
            }
            JsonNode v = json.get(ref.field());
            if (v == null || !v.isTextual()) {
                throw new IllegalStateException(ref.describe() + " has no text field '" + ref.field() + "' (fields: "
                        + String.join(", ", fieldNames(json)) + ")");
            }
            value = v.asText().strip();
        } else if (json != null) {
            throw new IllegalStateException(ref.describe() + " holds a JSON object (fields: " + String.join(", ", fieldNames(json))
                    + "); name the field that holds the key: " + ref.text() + "#<field>");
        }
        if (value.isEmpty()) {
            throw new IllegalStateException(ref.describe() + " is empty");
        }
        return value;
    }

    private static JsonNode parseObject(String value) {
        try {
            JsonNode node = JSON.readTree(value);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;   // not JSON: the whole value is the key
        }
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
