package dev.precis.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader against a stub on 127.0.0.1 speaking the Secrets Manager and SSM JSON protocols (AWS JSON
 * 1.1: {@code POST /}, the operation in {@code X-Amz-Target}): what it asks for, how it signs, what
 * it keeps, and what it says when the secret is missing, forbidden or not a usable key. No AWS.
 */
class SecretReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk-proj-0123456789abcdefXYZ";
    private static final String GET_SECRET = "secretsmanager.GetSecretValue";
    private static final String GET_PARAMETER = "AmazonSSM.GetParameter";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(options().bindAddress("127.0.0.1").dynamicPort()).build();

    private SecretReader reader() {
        return new SecretReader(new SecretReader.Connection(URI.create(aws.baseUrl()), Region.US_EAST_1,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG"))));
    }

    private static MappingBuilder call(String target) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target));
    }

    private static void answer(String target, Object body) throws Exception {
        aws.stubFor(call(target).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-amz-json-1.1").withBody(JSON.writeValueAsString(body))));
    }

    private static void fail(String target, String type, String message) throws Exception {
        aws.stubFor(call(target).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody(JSON.writeValueAsString(Map.of("__type", type, "message", message)))));
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> all = aws.findAll(anyRequestedFor(anyUrl()));
        assertEquals(1, all.size(), "one call");
        return all.get(0);
    }

    private static JsonNode body(LoggedRequest r) throws Exception {
        return JSON.readTree(r.getBodyAsString());
    }

    private static Map<String, Object> secret(String value) {
        return Map.of("ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:precis/openai-AbCdEf",
                "Name", "precis/openai", "SecretString", value, "VersionId", "v1", "CreatedDate", 1.7e9);
    }

    // ------------------------------------------------------------------------------------------
    // Secrets Manager
    // ------------------------------------------------------------------------------------------

    @Test
    void secretByNameIsReadSignedFromTheDefaultRegionAndKept() throws Exception {
        answer(GET_SECRET, secret(KEY + "\n"));
        SecretReader reader = reader();
        assertEquals(KEY, reader.read("precis/openai"), "trimmed");
        assertEquals(KEY, reader.read("precis/openai"));
        assertEquals(KEY, reader.read(" precis/openai "));
        LoggedRequest r = onlyRequest();
        assertEquals("precis/openai", body(r).get("SecretId").asText());
        assertTrue(r.getHeader("Content-Type").startsWith("application/x-amz-json-1.1"), r.getHeader("Content-Type"));
        String auth = r.getHeader("Authorization");
        assertTrue(auth.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), auth);
        assertTrue(auth.contains("/us-east-1/secretsmanager/aws4_request"), auth);
    }

    @Test
    void secretByArnIsAskedInTheArnsRegion() throws Exception {
        answer(GET_SECRET, secret(KEY));
        String arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:precis/openai-AbCdEf";
        assertEquals(KEY, reader().read(arn));
        LoggedRequest r = onlyRequest();
        assertEquals(arn, body(r).get("SecretId").asText());
        assertTrue(r.getHeader("Authorization").contains("/eu-west-1/secretsmanager/aws4_request"), r.getHeader("Authorization"));
    }

    @Test
    void aFieldOfAJsonSecretIsTaken() throws Exception {
        answer(GET_SECRET, secret("{\"openai\": \"" + KEY + "\", \"anthropic\": \"sk-ant-x\"}"));
        assertEquals(KEY, reader().read("precis/keys#openai"));
        assertEquals("precis/keys", body(onlyRequest()).get("SecretId").asText(), "the field is not sent");
    }

    @Test
    void aJsonSecretWithoutAFieldIsRefusedWithoutShowingItsValue() throws Exception {
        answer(GET_SECRET, secret("{\"openai\": \"" + KEY + "\", \"anthropic\": \"sk-ant-x\"}"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> reader().read("precis/keys"));
        assertEquals("Secrets Manager secret 'precis/keys' holds a JSON object (fields: openai, anthropic); name the field "
                + "that holds the key: precis/keys#<field>", e.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> reader().read("precis/keys#mistral"));
        assertEquals("Secrets Manager secret 'precis/keys' has no text field 'mistral' (fields: openai, anthropic)",
                missing.getMessage());
        assertFalse(missing.getMessage().contains(KEY));
    }

    @Test
    void aFieldOfAPlainSecretIsRefused() throws Exception {
        answer(GET_SECRET, secret(KEY));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> reader().read("precis/openai#key"));
        assertTrue(e.getMessage().contains("is not a JSON object"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY));
    }

    @Test
    void anEmptySecretIsRefused() throws Exception {
        answer(GET_SECRET, secret("  "));
        assertEquals("Secrets Manager secret 'precis/openai' is empty",
                assertThrows(IllegalStateException.class, () -> reader().read("precis/openai")).getMessage());
    }

    @Test
    void aMissingSecretSaysSo() throws Exception {
        fail(GET_SECRET, "ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> reader().read("precis/nope"));
        assertEquals("Secrets Manager secret 'precis/nope' does not exist (ResourceNotFoundException)", e.getMessage());
        // nothing was kept: a later read asks again
        assertThrows(IllegalStateException.class, () -> reader().read("precis/nope"));
    }

    @Test
    void aForbiddenSecretNamesThePermission() throws Exception {
        fail(GET_SECRET, "AccessDeniedException", "User: arn:aws:sts::123456789012:assumed-role/x is not authorized");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> reader().read("precis/openai"));
        assertEquals("the function's role may not read Secrets Manager secret 'precis/openai' (AccessDeniedException): "
                + "it needs secretsmanager:GetSecretValue on it, and kms:Decrypt when a customer managed KMS key encrypts it",
                e.getMessage());
    }

    // ------------------------------------------------------------------------------------------
    // SSM Parameter Store
    // ------------------------------------------------------------------------------------------

    @Test
    void secureStringParameterIsReadDecrypted() throws Exception {
        answer(GET_PARAMETER, Map.of("Parameter", Map.of("Name", "/precis/openai-key", "Type", "SecureString",
                "Value", KEY, "Version", 3, "ARN", "arn:aws:ssm:us-east-1:123456789012:parameter/precis/openai-key")));
        SecretReader reader = reader();
        assertEquals(KEY, reader.read("ssm:/precis/openai-key"));
        assertEquals(KEY, reader.read("ssm:/precis/openai-key"));
        LoggedRequest r = onlyRequest();
        JsonNode b = body(r);
        assertEquals("/precis/openai-key", b.get("Name").asText());
        assertTrue(b.get("WithDecryption").asBoolean(), "SecureStrings come back encrypted without it");
        assertTrue(r.getHeader("Authorization").contains("/us-east-1/ssm/aws4_request"), r.getHeader("Authorization"));
    }

    @Test
    void parameterByArnIsAskedInTheArnsRegion() throws Exception {
        answer(GET_PARAMETER, Map.of("Parameter", Map.of("Name", "/precis/openai-key", "Type", "SecureString", "Value", KEY)));
        String arn = "arn:aws:ssm:ap-southeast-2:123456789012:parameter/precis/openai-key";
        assertEquals(KEY, reader().read(arn));
        LoggedRequest r = onlyRequest();
        assertEquals(arn, body(r).get("Name").asText());
        assertTrue(r.getHeader("Authorization").contains("/ap-southeast-2/ssm/aws4_request"), r.getHeader("Authorization"));
    }

    @Test
    void aMissingOrForbiddenParameterSaysSo() throws Exception {
        fail(GET_PARAMETER, "ParameterNotFound", "");
        assertEquals("SSM Parameter Store parameter '/precis/nope' does not exist (ParameterNotFound)",
                assertThrows(IllegalStateException.class, () -> reader().read("ssm:/precis/nope")).getMessage());
        aws.resetAll();
        fail(GET_PARAMETER, "AccessDeniedException", "not authorized");
        assertTrue(assertThrows(IllegalStateException.class, () -> reader().read("ssm:/precis/openai-key")).getMessage()
                .contains("it needs ssm:GetParameter on it"));
    }

    @Test
    void readsOnlyWhenAsked() {
        reader();
        assertEquals(0, aws.findAll(anyRequestedFor(anyUrl())).size());
    }

    // ------------------------------------------------------------------------------------------
    // References
    // ------------------------------------------------------------------------------------------

    @Test
    void referenceForms() {
        SecretReference byName = SecretReference.parse("precis/openai");
        assertEquals(SecretReference.Store.SECRETS_MANAGER, byName.store());
        assertEquals("precis/openai", byName.id());
        assertNull(byName.region());
        assertNull(byName.field());

        SecretReference arn = SecretReference.parse("arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:k-AbCdEf#api");
        assertEquals(SecretReference.Store.SECRETS_MANAGER, arn.store());
        assertEquals("arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:k-AbCdEf", arn.id());
        assertEquals("us-gov-west-1", arn.region());
        assertEquals("api", arn.field());

        SecretReference ssm = SecretReference.parse("ssm:/precis/openai-key");
        assertEquals(SecretReference.Store.SSM_PARAMETER, ssm.store());
        assertEquals("/precis/openai-key", ssm.id());
        assertEquals("openai_key", SecretReference.parse("SSM:openai_key").id());

        SecretReference ssmArn = SecretReference.parse("arn:aws:ssm:eu-central-1:123456789012:parameter/precis/k");
        assertEquals(SecretReference.Store.SSM_PARAMETER, ssmArn.store());
        assertEquals("eu-central-1", ssmArn.region());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "sk-proj-0123456789abcdef", "sk-ant-api03-abcdefghijkl", "vault:secret/x",
            "arn:aws:s3:::bucket/key", "arn:aws:secretsmanager:us-east-1:123:secret:x", "arn:aws:ssm:us-east-1:123456789012:secret:x",
            "arn:aws:secretsmanager:us-east-1:123456789012:parameter/x", "ssm:", "ssm:/a b", "name with spaces",
            "precis/openai#", "precis/openai#a#b", "ssm:/precis/k%"})
    void malformedReferencesAreRefusedBeforeAnyCall(String reference) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reader().read(reference));
        assertFalse(e.getMessage().isBlank());
        assertEquals(0, aws.findAll(anyRequestedFor(anyUrl())).size());
    }
}
