package dev.precis.fetch;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.HtmlSource;
import dev.precis.model.UrlSource;
import dev.precis.pipeline.Pipeline;
import dev.precis.pipeline.PipelineFactory;
import dev.precis.testing.TestConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.net.ssl.SSLSocketFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * URL forms that parsers disagree on end as the caller's mistake ({@code invalid_url}, CLI exit 3) at
 * every entry — the syntax rule itself, the fetcher, and a whole request through the pipeline, where
 * the result's place is derived from the URL before anything is fetched — and never as
 * {@code internal}. Host names that only mean something inside a private network are refused as
 * {@code forbidden_address} without being looked up.
 */
class BadUrlFormsTest {

    /**
     * Forms {@link java.net.URI} refuses, which used to reach the result's layout unchecked: the
     * backslash before user info (and its relatives), white space, an unclosed IPv6 bracket, a
     * header injection.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "http://example.com\\@127.0.0.1/", "http://example.com\\\\@127.0.0.1/", "http://example.com:80\\@127.0.0.1/",
            "http://[::1]\\@example.com/", "http://127.0.0.1\\.example.com/", "http://example.com\\127.0.0.1/",
            "http:\\\\example.com\\", "http://example.com/\\@127.0.0.1/", "http://example.com/?q=\\",
            "http://exa mple.com/", "http://example.com/a b", "http://ex\tample.com/", "http://example.com/\u00a0",
            "http://[::1/", "http://example.com/\r\nX-Injected: 1", "http://example.com/%zz", "http://example.com/%",
            "http://example.com|@127.0.0.1/", "http://example.com^@127.0.0.1/", "http://example.com`@127.0.0.1/",
            "http://example.com{@127.0.0.1/", "http://example.com\"@127.0.0.1/", "http://example.com<@127.0.0.1/",
            " https://example.com/padded", "https://example.com/padded ",
    })
    void unparseableFormsAreInvalidUrls(String url) {
        PrecisException e = assertThrows(PrecisException.class, () -> UrlSyntax.parse(url, "url"));
        assertEquals(ErrorCode.INVALID_URL, e.code(), e.getMessage());
        assertEquals("url", e.field());
        assertTrue(e.getMessage().startsWith("url "), e.getMessage());
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), "echoes a line break: " + e.getMessage());
    }

    @Test
    void errorsSayWhatIsWrongAndNameTheField() {
        assertEquals("baseUrl has a backslash at index 18 ('http://example.com\\@127.0.0.1/'): parsers disagree on what "
                        + "it means (a browser reads it as '/'); write '/' or %5C",
                assertThrows(PrecisException.class, () -> UrlSyntax.parse("http://example.com\\@127.0.0.1/", "baseUrl"))
                        .getMessage());
        assertEquals("url has white space or a control character at index 19; percent-encode it (a space is %20)",
                assertThrows(PrecisException.class, () -> UrlSyntax.parse("http://example.com/\r\nX: 1", "url"))
                        .getMessage());
        assertEquals("url is not a valid URL: Expected closing bracket for IPv6 address at index 11 ('http://[::1/')",
                assertThrows(PrecisException.class, () -> UrlSyntax.parse("http://[::1/", "url")).getMessage());
        assertEquals("url is empty", assertThrows(PrecisException.class, () -> UrlSyntax.parse(" ", "url")).getMessage());
        assertEquals("url is longer than 8192 characters", assertThrows(PrecisException.class,
                () -> UrlSyntax.parse("https://example.com/" + "a".repeat(8200), "url")).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/", "http://example.com/a/b?c=d&e=%20f#top", "https://xn--bcher-kva.example/",
            "http://a-b.example.com/ü/ñ", "http://[2606:4700:4700::1111]/", "https://example.com:443/%5C"})
    void wellFormedUrlsPass(String url) {
        assertEquals(url, UrlSyntax.parse(url, "url").toString());
    }

    // ------------------------------------------------------------------------------------------
    // A whole request: the pipeline answers invalid_url / forbidden_address, nothing is written
    // ------------------------------------------------------------------------------------------

    @TempDir
    Path store;
    private Pipeline pipeline;

    @BeforeEach
    void pipeline() {
        pipeline = PipelineFactory.create(TestConfig.of(Map.of("precis.store.uri", store.toString())), () -> {
            throw new AssertionError("no S3 here");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com\\@127.0.0.1/", "http://exa mple.com/", "http://[::1/",
            "http://example.com/\r\nX-Injected: 1", "http://example.com\\\\@127.0.0.1/", "http://example.com/\\@127.0.0.1/",
            "http://example.com/%zz", " https://example.com/padded", "http://example.com/a b"})
    void aRequestWithAnUnparseableUrlIsInvalidUrl(String url) throws Exception {
        PrecisException e = assertThrows(PrecisException.class, () -> pipeline.process(new UrlSource(url, List.of())));
        assertEquals(ErrorCode.INVALID_URL, e.code(), e.getMessage());
        assertEquals("url", e.field());
        assertEquals(3, exitCode(e), "bin/precis exits 3 for a caller's mistake");
        PrecisException b = assertThrows(PrecisException.class,
                () -> pipeline.process(new HtmlSource("<p>Some text.</p>", url, List.of())));
        assertTrue(b.code() == ErrorCode.INVALID_URL || b.code() == ErrorCode.INVALID_REQUEST, b.code() + ": " + b.getMessage());
        assertEquals("baseUrl", b.field());
        try (var files = Files.list(store)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com@127.0.0.1/", "http://example.com%5C@127.0.0.1/", "http://example.com;@127.0.0.1/",
            "http://a@b@127.0.0.1/", "http://example.com:@127.0.0.1/", "http://example.com%40127.0.0.1/", "http://%65xample.com/",
            "http://example.com%2F@127.0.0.1/"})
    void userInfoAndEncodedHostFormsAreInvalidUrls(String url) {
        PrecisException e = assertThrows(PrecisException.class, () -> pipeline.process(new UrlSource(url, List.of())));
        assertEquals(ErrorCode.INVALID_URL, e.code(), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.svc/", "http://api.default.svc/", "http://kubernetes.default.svc.cluster.local/",
            "http://metadata.google.internal/computeMetadata/v1/", "http://ip-10-0-0-1.ec2.internal/", "http://printer.local/"})
    void internalNamesAreForbiddenThroughThePipeline(String url) {
        PrecisException e = assertThrows(PrecisException.class, () -> pipeline.process(new UrlSource(url, List.of())));
        assertEquals(ErrorCode.FORBIDDEN_ADDRESS, e.code(), e.getMessage());
        assertEquals(3, exitCode(e));
    }

    /** {@code bin/precis}: 3 for the caller's mistakes (4xx), 4 for upstream failures. */
    private static int exitCode(PrecisException e) {
        return e.code().isClientError() ? 3 : 4;
    }

    // ------------------------------------------------------------------------------------------
    // Internal-only names: refused by name, before any lookup, even when DNS would answer publicly
    // ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"api.svc", "api.default.svc", "API.Default.SVC.", "kubernetes.default.svc.cluster.local",
            "redis.prod.svc.cluster.local", "metadata.google.internal", "instance-data.ec2.internal",
            "ip-10-0-0-1.eu-west-1.compute.internal", "vm1.abc.internal.cloudapp.net", "nas.home.arpa",
            "1.0.0.127.in-addr.arpa", "printer.local", "foo.localhost", "host.localdomain", "router.lan",
            "wiki.intranet", "fileserver.corp", "box.home", "smtp.mail", "site.test", "a.invalid",
            "duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion", "name.alt"})
    void internalOnlyNamesAreRefusedWithoutALookup(String host) {
        FakeNetwork net = new FakeNetwork(false).map(host.toLowerCase(java.util.Locale.ROOT).replaceAll("\\.$", ""),
                "93.184.216.34");
        AddressPolicy policy = new AddressPolicy(net, false);
        PrecisException e = assertThrows(PrecisException.class, () -> policy.check(host));
        assertEquals(ErrorCode.FORBIDDEN_ADDRESS, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains("internal host name"), e.getMessage());
        assertEquals(List.of(), net.lookups, "refused by name, never looked up");
    }

    @ParameterizedTest
    @ValueSource(strings = {"svc.example.com", "internal.example.org", "local.news.example", "mail.example.com",
            "test.example.net", "home.example.co.uk", "corp.example", "cluster.local.example.com", "svcs.example"})
    void publicNamesThatMerelyContainThoseWordsAreFetched(String host) {
        FakeNetwork net = new FakeNetwork(false).map(host, "93.184.216.34");
        UrlFetcher fetcher = new UrlFetcher(new AddressPolicy(net, false), Set.of(80, 443), 1 << 20, Duration.ofSeconds(1),
                Duration.ofSeconds(2), 5, "test", net, (SSLSocketFactory) SSLSocketFactory.getDefault());
        PrecisException e = assertThrows(PrecisException.class, () -> fetcher.fetch("https://" + host + "/"));
        assertEquals(ErrorCode.FETCH_FAILED, e.code(), "reached the (fake) network: " + e.getMessage());
        assertEquals(List.of(host), net.lookups);
        assertEquals(1, net.connections.size());
    }

    @Test
    void privateAddressModeAllowsInternalNames() {
        FakeNetwork net = new FakeNetwork(false).map("api.default.svc", "10.0.0.7");
        assertEquals(FakeNetwork.parse("10.0.0.7"), new AddressPolicy(net, true).check("api.default.svc"));
    }
}
