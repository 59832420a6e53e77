package dev.precis.fetch;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.net.ssl.SSLSocketFactory;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * URLs a caller may send to reach internal services: every one is refused with
 * {@code forbidden_address} or {@code invalid_url}, and no connection is attempted.
 */
class HostileUrlTest {

    private FakeNetwork net;
    private UrlFetcher fetcher;

    @BeforeEach
    void setUp() {
        net = new FakeNetwork(false)
                .map("evil.example", "127.0.0.1")
                .map("meta.example", "169.254.169.254")
                .map("ecs.example", "169.254.170.2")
                .map("alibaba.example", "100.100.100.200")
                .map("oracle.example", "192.0.0.192")
                .map("mapped.example", "v6:10.0.0.1")
                .map("mapped4.example", "::ffff:10.0.0.1")
                .map("mixed.example", "93.184.216.34", "10.0.0.1")
                .map("mixed6.example", "2606:4700::6810:84e5", "fd00:ec2::254")
                .map("loop6.example", "::1")
                .map("nat64.example", "64:ff9b::7f00:1")
                .map("sixtofour.example", "2002:a9fe:a9fe::1")
                .map("zero.example", "0.0.0.0")
                .map("broadcast.example", "255.255.255.255")
                .map("multicast.example", "224.0.0.251")
                .map("linklocal6.example", "fe80::1")
                .map("ula.example", "fc00::1")
                .map("teredo.example", "2001:0:4136:e378:8000:63bf:3fff:fdd2")
                .map("cgnat.example", "100.64.0.1")
                .map("reserved.example", "240.0.0.1");
        AddressPolicy policy = new AddressPolicy(net, false);
        fetcher = new UrlFetcher(policy, Set.of(80, 443), 1 << 20, Duration.ofSeconds(1), Duration.ofSeconds(2), 5,
                "test", net, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // loopback, unspecified, private, CGNAT, link-local and metadata, written literally
            "http://127.0.0.1/", "http://127.0.0.1:80/admin", "https://127.0.0.1/", "http://127.1.2.3/",
            "http://127.0.0.1./", "http://127.255.255.254/", "http://0.0.0.0/", "http://0.1.2.3/",
            "http://10.0.0.1/", "http://10.255.255.255/", "http://172.16.0.1/", "http://172.31.255.255/",
            "http://192.168.0.1/", "http://192.168.1.1/admin", "http://100.64.0.1/", "http://100.127.255.254/",
            "http://100.100.100.200/latest/meta-data/", "http://169.254.169.254/latest/meta-data/iam/",
            "http://169.254.170.2/v2/credentials", "http://169.254.0.1/", "http://192.0.0.192/", "http://192.0.0.8/",
            // documentation, benchmarking, multicast, broadcast, reserved, relay
            "http://192.0.2.1/", "http://198.51.100.7/", "http://203.0.113.9/", "http://198.18.0.1/",
            "http://198.19.255.255/", "http://224.0.0.1/", "http://239.255.255.250/", "http://255.255.255.255/",
            "http://240.0.0.1/", "http://250.1.2.3/", "http://192.88.99.1/",
            // IPv6 literals
            "http://[::1]/", "http://[::]/", "http://[0:0:0:0:0:0:0:1]/", "http://[::ffff:127.0.0.1]/",
            "http://[::ffff:7f00:1]/", "http://[::ffff:169.254.169.254]/", "http://[::ffff:a9fe:a9fe]/",
            "http://[::ffff:8.8.8.8]/", "http://[::127.0.0.1]/", "http://[::7f00:1]/", "http://[64:ff9b::7f00:1]/",
            "http://[64:ff9b::a9fe:a9fe]/", "http://[64:ff9b::a00:1]/", "http://[2002:7f00:1::]/",
            "http://[2002:a9fe:a9fe::1]/", "http://[2002:c0a8:101::]/", "http://[fe80::1]/",
            "http://[fe80::1%25eth0]/", "http://[fc00::1]/", "http://[fd00:ec2::254]/latest/meta-data/",
            "http://[fec0::1]/", "http://[ff02::1]/", "http://[2001:db8::1]/", "http://[2001::1]/",
            "http://[100::1]/", "http://[64:ff9b:1::1]/", "http://[::1]:80/", "http://[1::]/",
            // non-canonical numeric hosts
            "http://127.1/", "http://127.0.1/", "http://2130706433/", "http://0x7f000001/", "http://0x7f.0.0.1/",
            "http://0177.0.0.1/", "http://0177.1/", "http://017700000001/", "http://127.000.000.001/",
            "http://0/", "http://169.254.43518/", "http://2852039166/", "http://0xa9fea9fe/",
            "http://0xA9.0xFE.0xA9.0xFE/", "http://1.2.3.4.5/", "http://0x/", "http://4294967295/",
            "http://08.8.8.8/", "http://8.8.8.08/", "http://example.0x10/", "http://example.123/",
            // names that mean this machine or an internal network
            "http://localhost/", "http://LOCALHOST/", "http://localhost./", "http://localhost:80/",
            "http://foo.localhost/", "http://a.b.localhost/", "http://metadata.google.internal/computeMetadata/v1/",
            "http://instance-data.ec2.internal/", "http://printer.local/", "http://router.lan/",
            "http://host.localdomain/", "http://metadata/", "http://intranet/", "http://nas.home.arpa/",
            "http://1.0.0.127.in-addr.arpa/",
            // public-looking names that resolve to refused addresses
            "http://evil.example/", "http://meta.example/latest/meta-data/", "http://ecs.example/",
            "http://alibaba.example/", "http://oracle.example/", "http://mapped.example/", "http://mapped4.example/",
            "http://mixed.example/", "http://mixed6.example/", "http://loop6.example/", "http://nat64.example/",
            "http://sixtofour.example/", "http://zero.example/", "http://broadcast.example/",
            "http://multicast.example/", "http://linklocal6.example/", "http://ula.example/",
            "http://teredo.example/", "http://cgnat.example/", "https://reserved.example/", "http://EVIL.example./",
            // schemes, user info, ports, malformed
            "ftp://example.com/", "file:///etc/passwd", "gopher://example.com:70/_x", "dict://example.com:11211/",
            "jar:http://example.com/a.jar!/", "javascript:alert(1)", "data:text/html,hi", "ldap://example.com/",
            "ws://example.com/", "http://user@example.com/", "http://user:pass@example.com/",
            "http://example.com@127.0.0.1/", "http://example.com:22/", "http://example.com:6379/",
            "https://example.com:8443/", "http://example.com:0/", "http://example.com:99999/",
            "http://example.com:80:80/", "http:/example.com/", "http:example.com", "http:///example.com/",
            "//example.com/", "example.com", "", "   ", "http://exa mple.com/", "http://example.com\\@127.0.0.1/",
            "http://%31%32%37.0.0.1/", "http://ex_ample.com/", "http://bücher.example/", "http://[::1/",
            "http://example.com/\r\nX-Injected: 1", "http://-example.com/", "http://example..com/",
    })
    void refusedWithoutConnecting(String url) {
        PrecisException e = assertThrows(PrecisException.class, () -> fetcher.fetch(url));
        assertTrue(e.code() == ErrorCode.FORBIDDEN_ADDRESS || e.code() == ErrorCode.INVALID_URL,
                () -> url + " → " + e.code() + ": " + e.getMessage());
        assertEquals("url", e.field());
        assertEquals(0, net.connections.size(), () -> url + " connected to " + net.connections);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://[::1]/", "http://0x7f000001/", "http://[fd00:ec2::254]/",
            "http://169.254.169.254/", "ftp://example.com/", "http://user@example.com/", "http://example.com:22/"})
    void literalAndSyntaxRefusalsNeverLookUpAName(String url) {
        assertThrows(PrecisException.class, () -> fetcher.fetch(url));
        assertEquals(0, net.lookups.size(), () -> url + " looked up " + net.lookups);
    }
}
