package dev.precis.warmup;

import dev.precis.model.KeyFact;
import dev.precis.pipeline.Outcome;
import dev.precis.testing.TestConfig;
import dev.precis.store.S3BlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The warm-up's rehearsal takes a whole request through the real stages and each provider's real model
 * client, offline: its canned reply must parse in every provider's wire shape and its quotes must verify
 * against the rehearsal page as the extractor gives it (else the rehearsal would warm the failure paths
 * instead of the ones a real request takes), the model's real HTTP client calling the loopback
 * server. The configured base URL points at a closed port: a call there would fail.
 */
class RehearsalTest {

    @ParameterizedTest
    @ValueSource(strings = {"openai", "anthropic", "ollama", "bedrock"})
    void aModelProviderRehearsesAWholeVerifiedRequestWithoutTheNetwork(String provider) {
        Map<String, String> p = new HashMap<>();
        p.put("precis.llm.provider", provider);
        p.put("precis.llm.base-url", "http://127.0.0.1:9");
        p.put("precis.llm.api-key", "sk-never-sent");
        Outcome o = Rehearsal.run(TestConfig.of(p));

        assertEquals("s3://precis-rehearsal/news/rehearsal.summary.json", o.location());
        assertFalse(o.reused());
        assertEquals(List.of(), o.result().warnings());
        assertEquals(3, o.result().keyFacts().size());
        assertEquals("aligned", o.result().keyFacts().get(2).match(),
                "one quote goes through the aligner, so its classes are loaded before the first event");
        assertEquals("The ferry carries up to 140 passengers and charges its batteries at the port during a "
                + "six-minute stop, the town council said.", o.result().keyFacts().get(2).quote());
        assertTrue(o.result().keyFacts().stream().allMatch(KeyFact::verified), o.result().keyFacts().toString());
        assertEquals("answered", o.result().answers().get(0).status());
        assertTrue(o.result().provenance().engine().startsWith(provider + ":"), o.result().provenance().engine());
        assertEquals("Harbor town opens its first electric ferry line", o.result().article().title());
    }

    @Test
    void aStackThatReadsOnlyItsOwnBucketStillRehearses() {
        // The template allows the stack's bucket only; the rehearsal's in-memory bucket is not it.
        Outcome o = Rehearsal.run(TestConfig.of(Map.of("precis.llm.provider", "builtin",
                "precis.sources.s3.allowed-buckets", "my-stack-bucket",
                "precis.sources.s3.incoming-prefix", "incoming/")));
        assertFalse(o.result().keyFacts().isEmpty());
        assertEquals(List.of(), o.result().warnings());
    }

    @Test
    void theBuiltinEngineRehearsesToo() {
        Outcome o = Rehearsal.run(TestConfig.of(Map.of("precis.llm.provider", "builtin")));
        assertFalse(o.result().keyFacts().isEmpty());
        assertTrue(o.result().keyFacts().stream().allMatch(KeyFact::verified));
    }

    @Test
    void theInMemoryS3AnswersLikeS3() {
        Rehearsal.InMemoryS3 objects = new Rehearsal.InMemoryS3();
        try (S3Client s3 = S3Client.builder().httpClient(objects)
                .endpointOverride(URI.create("https://s3.rehearsal.invalid")).forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build()) {
            S3BlobStore store = new S3BlobStore(() -> s3);
            assertTrue(store.read("s3://bkt/k.json").isEmpty());
            store.write("s3://bkt/k.json", "{}".getBytes(StandardCharsets.UTF_8), "application/json");
            assertTrue(objects.has("/bkt/k.json"));
            assertEquals("{}", new String(store.read("s3://bkt/k.json").orElseThrow(), StandardCharsets.UTF_8));
            S3Exception refused = assertThrows(S3Exception.class, () -> s3.putObject(
                    b -> b.bucket("bkt").key("k.json").ifNoneMatch("*"), RequestBody.fromString("{\"x\":1}")));
            assertEquals(412, refused.statusCode());
            // S3BlobStore's "if absent" is that conditional put alone: refused (false) when the object exists.
            assertFalse(store.writeIfAbsent("s3://bkt/k.json", "{\"y\":2}".getBytes(StandardCharsets.UTF_8), "application/json"));
            assertEquals("{}", new String(store.read("s3://bkt/k.json").orElseThrow(), StandardCharsets.UTF_8));
            assertTrue(store.writeIfAbsent("s3://bkt/new.json", "{}".getBytes(StandardCharsets.UTF_8), "application/json"));
        }
    }
}
