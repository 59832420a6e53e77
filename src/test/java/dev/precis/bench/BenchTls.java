package dev.precis.bench;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTPS for the cold-start bench, as the function meets it on AWS (S3 and the model's API are HTTPS
 * there): a throw-away RSA key and certificate for 127.0.0.1 that S3Proxy and the stub LLM serve, and a
 * trust store for the functions' JVM that is that JDK's own {@code cacerts} plus this certificate, so
 * the function loads the trust store it loads in production and only one certificate more.
 * Made with the JDK's {@code keytool}.
 */
final class BenchTls {

    static final String PASSWORD = "bench-tls";
    private static final String TRUST_PASSWORD = "changeit"; // the JDK's cacerts password
    private static final String ALIAS = "precis-bench";

    private final Path serverKeyStore;
    private final Path trustStore;

    private BenchTls(Path serverKeyStore, Path trustStore) {
        this.serverKeyStore = serverKeyStore;
        this.trustStore = trustStore;
    }

    /** Makes the key, the certificate and the trust store in {@code dir}, for functions running on {@code javaHome}. */
    static BenchTls create(Path dir, String javaHome) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path keys = dir.resolve("server.p12");
        Path cert = dir.resolve("server.pem");
        Path trust = dir.resolve("truststore"); // the type of the JDK's cacerts, JKS or PKCS12
        Files.deleteIfExists(keys);
        Files.deleteIfExists(cert);
        keytool("-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keys.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", ALIAS, "-keystore", keys.toString(), "-storepass", PASSWORD,
                "-file", cert.toString());
        Path cacerts = Path.of(javaHome, "lib", "security", "cacerts");
        Files.deleteIfExists(trust);
        if (Files.isReadable(cacerts)) { // else the store holds the bench's certificate alone
            Files.copy(cacerts, trust, StandardCopyOption.REPLACE_EXISTING);
            trust.toFile().setWritable(true);
        }
        keytool("-importcert", "-noprompt", "-alias", ALIAS, "-file", cert.toString(),
                "-keystore", trust.toString(), "-storepass", TRUST_PASSWORD);
        return new BenchTls(keys, trust);
    }

    /** The server side: the key and certificate for 127.0.0.1. */
    Path serverKeyStore() {
        return serverKeyStore;
    }

    SSLContext serverContext() throws IOException, GeneralSecurityException {
        KeyStore ks = serverKeys();
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }

    /**
     * Sends {@code times} requests over new TLS connections to each of {@code urls}, from this JVM: the
     * servers run here, so their own first handshakes (interpreted code, cold caches) would otherwise land
     * on the first function measured. Any HTTP status will do; only the handshake and one exchange matter.
     */
    void warmServers(int times, String... urls) throws IOException, GeneralSecurityException {
        KeyStore keys = serverKeys();
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry(ALIAS, keys.getCertificate(ALIAS));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        SSLSocketFactory sockets = context.getSocketFactory();
        for (int i = 0; i < times; i++) {
            for (String url : urls) {
                HttpsURLConnection c = (HttpsURLConnection) URI.create(url).toURL().openConnection();
                c.setSSLSocketFactory(sockets);
                c.setRequestProperty("Connection", "close"); // a new handshake each time
                int status = c.getResponseCode();
                try (InputStream body = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                    if (body != null) body.readAllBytes();
                }
                c.disconnect();
            }
        }
    }

    private KeyStore serverKeys() throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(serverKeyStore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        return keys;
    }

    /** JVM options that make the functions trust the bench's servers (and every CA the JDK trusts). */
    List<String> clientOptions() {
        return List.of("-Djavax.net.ssl.trustStore=" + trustStore.toAbsolutePath(),
                "-Djavax.net.ssl.trustStorePassword=" + TRUST_PASSWORD);
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IOException("keytool " + args[0] + " failed: " + out);
    }
}
