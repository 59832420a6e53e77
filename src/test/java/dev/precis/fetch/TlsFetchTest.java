package dev.precis.fetch;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.RawSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * https over a pinned connection: the stub on 127.0.0.1 holds a certificate for {@code news.example}
 * only (made by {@code keytool} at test time); the client connects to the checked address and still
 * sends {@code news.example} as SNI and checks the certificate against it.
 */
class TlsFetchTest {

    private static final String PASSWORD = "changeit";
    private static final String PAGE = "<html><body><p>Secure.</p></body></html>";

    @TempDir
    static Path dir;
    private static KeyStore keyStore;

    private HttpsServer https;
    private HttpServer http;
    private ExecutorService executor;
    private final List<String> serverNames = new CopyOnWriteArrayList<>();
    private FakeNetwork net;
    private int tlsPort;
    private int plainPort;

    @BeforeAll
    static void makeCertificate() throws Exception {
        Path store = dir.resolve("news.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "news", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=news.example", "-ext", "san=dns:news.example", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, output);
        keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, PASSWORD.toCharArray());
        }
    }

    @BeforeEach
    void start() throws Exception {
        executor = Executors.newCachedThreadPool();
        https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(serverContext()));
        https.setExecutor(executor);
        https.start();
        tlsPort = https.getAddress().getPort();
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.setExecutor(executor);
        http.start();
        plainPort = http.getAddress().getPort();
        http.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        https.createContext("/page", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        https.createContext("/down", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://news.example:" + plainPort + "/");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        https.createContext("/up", exchange -> {
            exchange.getResponseHeaders().add("Location", "/page");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        net = new FakeNetwork(true).map("news.example", "127.0.0.1").map("other.example", "127.0.0.1");
    }

    @AfterEach
    void stop() {
        https.stop(0);
        http.stop(0);
        executor.shutdownNow();
    }

    private UrlFetcher fetcher(SSLSocketFactory tls) {
        AddressPolicy policy = new AddressPolicy(net, false, Set.of(InetAddress.getLoopbackAddress()));
        return new UrlFetcher(policy, Set.of(tlsPort, plainPort), 1 << 20, Duration.ofSeconds(2), Duration.ofSeconds(5),
                5, "Precis-test", net, tls);
    }

    private UrlFetcher trusting() throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(keyStore);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return fetcher(ctx.getSocketFactory());
    }

    @Test
    void httpsToTheCheckedAddressWithSniAndCertificateCheckAgainstTheName() throws Exception {
        RawSource raw = trusting().fetch("https://news.example:" + tlsPort + "/page");
        assertEquals(PAGE, new String(raw.bytes(), StandardCharsets.UTF_8));
        assertEquals(List.of("news.example"), serverNames);
        assertEquals(List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), tlsPort)), net.connections);
    }

    @Test
    void certificateForAnotherNameIsRefused() throws Exception {
        PrecisException e = assertThrows(PrecisException.class,
                () -> trusting().fetch("https://other.example:" + tlsPort + "/page"));
        assertEquals(ErrorCode.FETCH_FAILED, e.code());
        assertTrue(e.getMessage().endsWith("No subject alternative DNS name matching other.example found."),
                e.getMessage());
    }

    @Test
    void untrustedCertificateIsRefused() {
        PrecisException e = assertThrows(PrecisException.class,
                () -> fetcher((SSLSocketFactory) SSLSocketFactory.getDefault()).fetch("https://news.example:" + tlsPort + "/page"));
        assertEquals(ErrorCode.FETCH_FAILED, e.code());
    }

    @Test
    void redirectFromHttpsToHttpIsRefused() throws Exception {
        PrecisException e = assertThrows(PrecisException.class,
                () -> trusting().fetch("https://news.example:" + tlsPort + "/down"));
        assertEquals(ErrorCode.FORBIDDEN_ADDRESS, e.code());
        assertEquals("redirect from https://news.example:" + tlsPort + "/down to 'http://news.example:" + plainPort
                + "/': a redirect from https to http is refused", e.getMessage());
        assertEquals(1, net.connections.size(), "the http port was never contacted");
    }

    @Test
    void redirectWithinHttpsIsFollowed() throws Exception {
        RawSource raw = trusting().fetch("https://news.example:" + tlsPort + "/up");
        assertEquals("https://news.example:" + tlsPort + "/page", raw.uri());
    }

    /** A server context whose key manager records the SNI names clients ask for. */
    private SSLContext serverContext() throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keyStore, PASSWORD.toCharArray());
        X509ExtendedKeyManager delegate = (X509ExtendedKeyManager) kmf.getKeyManagers()[0];
        X509ExtendedKeyManager recording = new X509ExtendedKeyManager() {
            @Override
            public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
                if (engine.getHandshakeSession() instanceof ExtendedSSLSession s) {
                    for (SNIServerName name : s.getRequestedServerNames()) {
                        if (name instanceof SNIHostName host) serverNames.add(host.getAsciiName());
                    }
                }
                return delegate.chooseEngineServerAlias(keyType, issuers, engine);
            }

            @Override
            public String[] getClientAliases(String keyType, Principal[] issuers) {
                return delegate.getClientAliases(keyType, issuers);
            }

            @Override
            public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
                return delegate.chooseClientAlias(keyType, issuers, socket);
            }

            @Override
            public String[] getServerAliases(String keyType, Principal[] issuers) {
                return delegate.getServerAliases(keyType, issuers);
            }

            @Override
            public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
                return delegate.chooseServerAlias(keyType, issuers, socket);
            }

            @Override
            public X509Certificate[] getCertificateChain(String alias) {
                return delegate.getCertificateChain(alias);
            }

            @Override
            public PrivateKey getPrivateKey(String alias) {
                return delegate.getPrivateKey(alias);
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(new KeyManager[]{recording}, null, null);
        return ctx;
    }
}
