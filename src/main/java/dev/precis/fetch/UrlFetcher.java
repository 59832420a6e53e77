package dev.precis.fetch;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.RawSource;

import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

/**
 * Fetches http(s) URLs a caller sends, without letting the caller reach internal services (SSRF).
 *
 * <p><b>Design: connect to the address that was checked.</b> Each hop's URL is parsed once
 * ({@link Target#check}); its host is checked and resolved once by the {@link AddressPolicy}, every
 * A/AAAA answer must be public, and the TCP connection is opened to one of exactly those addresses.
 * Nothing looks the name up again, so DNS rebinding (public answer for the check, private one for the
 * connection) has nothing to work with. The JDK {@code HttpClient} cannot be handed an address — it
 * always resolves the URI's host itself, and pointing it at a literal IP breaks TLS (SNI and
 * certificate checks would use the IP) unless the restricted {@code Host} header is unlocked JVM-wide.
 * So this class speaks HTTP/1.1 itself over a plain {@link java.net.Socket} ({@link HttpConnection}):
 * for https it layers TLS on that socket with the URL's host as SNI server name and as the identity
 * the certificate must match ({@code HTTPS} endpoint identification, the JDK's default trust store),
 * exactly what a browser checks. Proxies are never used (a proxy would resolve the name again).
 *
 * <p><b>Other limits.</b> Redirects are followed by hand, at most {@code precis.fetch.max-redirects},
 * each hop checked like the first; a redirect to another scheme or from https to http is refused;
 * {@code Refresh} headers and {@code <meta http-equiv=refresh>} are never followed. The whole fetch,
 * all hops included, must finish within {@code precis.fetch.read-timeout}; each connection attempt
 * within {@code precis.fetch.connect-timeout}. Bodies are asked for with {@code Accept-Encoding: gzip,
 * deflate} and decompressed here, with {@code precis.fetch.max-bytes} enforced while streaming on both
 * the bytes received and the bytes decompressed. Declared content types outside the article types are
 * refused before the body is read, and binary formats are caught by their magic bytes after.
 *
 * <p>{@code fetcher.fetch("https://example.com/news/1")} returns the page's bytes; a URL naming
 * {@code http://169.254.169.254/} fails with {@code forbidden_address} before any connection.
 */
public final class UrlFetcher {

    private final AddressPolicy policy;
    private final Set<Integer> allowedPorts;
    private final long maxBytes;
    private final int connectTimeoutMillis;
    private final Duration readTimeout;
    private final int maxRedirects;
    private final String userAgent;
    private final HttpConnection.Connector connector;
    private final SSLSocketFactory tls;

    /**
     * @param policy         which hosts and addresses may be fetched
     * @param allowedPorts   ports URLs may name ({@code precis.fetch.allowed-ports}); any port when the
     *                       policy allows private addresses (local experiments)
     * @param maxBytes       cap on the bytes received and on the bytes they decompress to
     * @param connectTimeout time limit for one connection attempt
     * @param readTimeout    time limit for the whole fetch, redirects included
     * @param maxRedirects   redirects followed
     * @param userAgent      the User-Agent header
     */
    public UrlFetcher(AddressPolicy policy, Set<Integer> allowedPorts, long maxBytes, Duration connectTimeout,
                      Duration readTimeout, int maxRedirects, String userAgent) {
        this(policy, allowedPorts, maxBytes, connectTimeout, readTimeout, maxRedirects, userAgent,
                HttpConnection.DIRECT, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** As above, with the seams tests use: how connections are opened, and which certificates are trusted. */
    UrlFetcher(AddressPolicy policy, Set<Integer> allowedPorts, long maxBytes, Duration connectTimeout,
               Duration readTimeout, int maxRedirects, String userAgent, HttpConnection.Connector connector,
               SSLSocketFactory tls) {
        this.policy = policy;
        this.allowedPorts = Set.copyOf(allowedPorts);
        this.maxBytes = maxBytes;
        this.connectTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, connectTimeout.toMillis()));
        this.readTimeout = readTimeout;
        this.maxRedirects = maxRedirects;
        this.userAgent = userAgent;
        this.connector = connector;
        this.tls = tls;
    }

    /**
     * Fetches {@code url}, following at most the configured number of redirects.
     *
     * @return the body (decompressed), its type ({@code text/html} or {@code text/plain}), the charset the
     *         server declared, and the URL of the last hop
     * @throws PrecisException {@code invalid_url}, {@code forbidden_address} (both before any connection),
     *                         {@code too_large}, {@code unsupported_media_type}, {@code source_not_found},
     *                         {@code source_refused} or (retryable) {@code fetch_failed}
     */
    public RawSource fetch(String url) {
        Target target = Target.check(url, null, policy, allowedPorts);
        ReadTimeout time = ReadTimeout.startingNow(readTimeout);
        for (int hop = 0; ; hop++) {
            try (HttpConnection connection = HttpConnection.open(target, connector, tls, connectTimeoutMillis, time)) {
                HttpConnection.Head head = connection.get(target, userAgent);
                int status = head.status();
                if (isRedirect(status)) {
                    if (hop >= maxRedirects) {
                        throw new PrecisException(ErrorCode.SOURCE_REFUSED,
                                "more than precis.fetch.max-redirects (" + maxRedirects + ") redirects", "url");
                    }
                    String from = target.uri().toString();
                    String location = head.first("Location").orElseThrow(() -> new PrecisException(
                            ErrorCode.SOURCE_REFUSED, "redirect without a Location header from " + from, "url"));
                    target = redirect(utf8(location), target);
                    continue;
                }
                checkStatus(status, target);
                String contentType = head.first("Content-Type").orElse(null);
                MediaTypes.checkDeclared(contentType, "url");
                byte[] body = readBody(head, connection, target, time);
                String type = MediaTypes.accept(contentType, body, "url");
                return new RawSource(target.uri().toString(), body, type, MediaTypes.charsetParam(contentType));
            }
        }
    }

    private byte[] readBody(HttpConnection.Head head, HttpConnection connection, Target target, ReadTimeout time) {
        try {
            return BodyStreams.read(head, connection.rawBody(), maxBytes);
        } catch (IOException e) {
            throw HttpConnection.failed(target, e, time);
        }
    }

    /** The checked next hop; a refusal says which redirect it came from. */
    private Target redirect(String location, Target from) {
        try {
            return Target.check(location, from, policy, allowedPorts);
        } catch (PrecisException e) {
            String shown = location.length() <= 200 ? location : location.substring(0, 200) + "…";
            throw new PrecisException(e.code(), "redirect from " + from.uri() + " to '" + shown + "': "
                    + e.getMessage(), "url", e);
        }
    }

    /** Header bytes are read as ISO-8859-1; a Location in UTF-8 (as browsers assume) is read again as such. */
    private static String utf8(String header) {
        byte[] bytes = header.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return header;
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static void checkStatus(int status, Target target) {
        if (status >= 200 && status < 300) return;
        String message = "the page answered " + status + ": " + target.uri();
        if (status == 404 || status == 410) {
            throw new PrecisException(ErrorCode.SOURCE_NOT_FOUND, message, "url");
        }
        if (status == 408 || status == 429 || status >= 500) {
            throw new PrecisException(ErrorCode.FETCH_FAILED, message, "url");
        }
        throw new PrecisException(ErrorCode.SOURCE_REFUSED, message, "url");
    }
}
