package dev.precis.fetch;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.net.ssl.SSLSocketFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Public URLs pass the checks and are connected to at exactly the address that was checked. Names
 * resolve through a fake resolver and the fake connector refuses every connection: nothing leaves
 * the machine.
 */
class AllowedUrlTest {

    private FakeNetwork net;
    private UrlFetcher fetcher;

    @BeforeEach
    void setUp() {
        net = new FakeNetwork(false)
                .map("example.com", "93.184.216.34")
                .map("news.example.org", "203.0.114.10")
                .map("www.bbc.co.uk", "151.101.0.81", "151.101.64.81")
                .map("v6only.example", "2a00:1450:4001:82b::2004")
                .map("xn--bcher-kva.example", "185.199.108.153")
                .map("nat64ok.example", "64:ff9b::5db8:d822")
                .map("sixtofour-ok.example", "2002:5db8:d822::1")
                .map("a-b.example.com", "8.8.4.4");
        fetcher = new UrlFetcher(new AddressPolicy(net, false), Set.of(80, 443), 1 << 20, Duration.ofSeconds(1),
                Duration.ofSeconds(2), 5, "test", net, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    @ParameterizedTest
    @CsvSource({
            "https://example.com/, 93.184.216.34, 443",
            "http://news.example.org/2025/04/kim.html?x=1#top, 203.0.114.10, 80",
            "https://www.bbc.co.uk/news, 151.101.0.81, 443",
            "https://EXAMPLE.com./path, 93.184.216.34, 443",
            "HTTPS://example.com, 93.184.216.34, 443",
            "http://example.com:80/, 93.184.216.34, 80",
            "https://example.com:443/a?b=c, 93.184.216.34, 443",
            "' https://example.com/padded ', 93.184.216.34, 443",
            "http://8.8.8.8/, 8.8.8.8, 80",
            "https://1.1.1.1/dns-query, 1.1.1.1, 443",
            "http://[2606:4700:4700::1111]/, 2606:4700:4700::1111, 80",
            "https://v6only.example/, 2a00:1450:4001:82b::2004, 443",
            "https://xn--bcher-kva.example/, 185.199.108.153, 443",
            "https://nat64ok.example/, 64:ff9b::5db8:d822, 443",
            "https://sixtofour-ok.example/, 2002:5db8:d822::1, 443",
            "http://a-b.example.com/ü/ñ, 8.8.4.4, 80",
            "http://172.32.0.1/, 172.32.0.1, 80",
            "http://100.128.0.1/, 100.128.0.1, 80",
            "http://192.169.0.1/, 192.169.0.1, 80",
            "http://169.255.0.1/, 169.255.0.1, 80",
            "http://11.0.0.1/, 11.0.0.1, 80",
            "http://126.255.255.255/, 126.255.255.255, 80",
            "http://223.255.255.254/, 223.255.255.254, 80",
            "http://198.20.0.1/, 198.20.0.1, 80",
    })
    void allowedAndConnectedToTheCheckedAddress(String url, String address, int port) throws Exception {
        PrecisException e = assertThrows(PrecisException.class, () -> fetcher.fetch(url));
        assertEquals(ErrorCode.FETCH_FAILED, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains("test network"), e.getMessage());
        assertEquals(new InetSocketAddress(InetAddress.getByName(address), port), net.connections.get(0));
        assertTrue(net.lookups.size() <= 1, "one lookup at most: " + net.lookups);
    }

    @Test
    void everyAnswerIsTriedInOrderAndNoneOther() {
        assertThrows(PrecisException.class, () -> fetcher.fetch("https://www.bbc.co.uk/"));
        assertEquals(List.of(new InetSocketAddress(FakeNetwork.parse("151.101.0.81").get(0), 443),
                new InetSocketAddress(FakeNetwork.parse("151.101.64.81").get(0), 443)), net.connections);
        assertEquals(List.of("www.bbc.co.uk"), net.lookups);
    }

    @Test
    void literalAddressesAreNotLookedUp() {
        assertThrows(PrecisException.class, () -> fetcher.fetch("http://8.8.8.8/"));
        assertEquals(List.of(), net.lookups);
    }

    @Test
    void unknownNameIsARetryableFetchFailure() {
        PrecisException e = assertThrows(PrecisException.class, () -> fetcher.fetch("https://nowhere.example/"));
        assertEquals(ErrorCode.FETCH_FAILED, e.code());
        assertEquals("host 'nowhere.example' does not resolve", e.getMessage());
        assertEquals(List.of(), net.connections);
    }

    @Test
    void configuredPortIsAllowed() {
        UrlFetcher withPort = new UrlFetcher(new AddressPolicy(net, false), Set.of(80, 443, 8080), 1 << 20,
                Duration.ofSeconds(1), Duration.ofSeconds(2), 5, "test", net,
                (SSLSocketFactory) SSLSocketFactory.getDefault());
        assertThrows(PrecisException.class, () -> withPort.fetch("http://example.com:8080/"));
        assertEquals(8080, net.connections.get(0).getPort());
    }

    @Test
    void publicAddressesHaveNoRefusal() throws Exception {
        for (String a : List.of("93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "2a00:1450:4001:82b::2004")) {
            assertNull(AddressPolicy.refusal(InetAddress.getByName(a)), a);
        }
    }

    @Test
    void slowLookupStopsAtTheConnectTimeout() {
        AddressPolicy.Resolver tarpit = host -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        };
        UrlFetcher f = new UrlFetcher(new AddressPolicy(AddressPolicy.timed(tarpit, Duration.ofMillis(200)), false),
                Set.of(80, 443), 1 << 20, Duration.ofMillis(200), Duration.ofSeconds(5), 5, "test", net,
                (SSLSocketFactory) SSLSocketFactory.getDefault());
        long start = System.nanoTime();
        PrecisException e = assertThrows(PrecisException.class, () -> f.fetch("https://slow-dns.example/"));
        assertEquals(ErrorCode.FETCH_FAILED, e.code());
        assertEquals("looking up 'slow-dns.example' took longer than precis.fetch.connect-timeout (200ms)", e.getMessage());
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
        assertEquals(List.of(), net.connections);
    }

    @Test
    void timedLookupPassesAnswersAndFailuresThrough() throws Exception {
        AddressPolicy.Resolver timed = AddressPolicy.timed(net, Duration.ofSeconds(2));
        assertEquals(FakeNetwork.parse("93.184.216.34"), timed.resolve("example.com"));
        assertThrows(java.net.UnknownHostException.class, () -> timed.resolve("nowhere.example"));
    }

    @Test
    void connectTimeoutNamesTheLimit() {
        HttpConnection.Connector slow = (address, timeout) -> {
            throw new java.net.SocketTimeoutException("connect timed out");
        };
        UrlFetcher f = new UrlFetcher(new AddressPolicy(net, false), Set.of(80, 443), 1 << 20,
                Duration.ofMillis(1500), Duration.ofSeconds(5), 5, "test", slow,
                (SSLSocketFactory) SSLSocketFactory.getDefault());
        PrecisException e = assertThrows(PrecisException.class, () -> f.fetch("http://8.8.8.8/"));
        assertEquals(ErrorCode.FETCH_FAILED, e.code());
        assertEquals("connecting to 8.8.8.8 for http://8.8.8.8/ took longer than precis.fetch.connect-timeout (1500ms)",
                e.getMessage());
    }
}
