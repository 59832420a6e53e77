package dev.precis.fetch;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.RawSource;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches http(s) URLs: every host (and every redirect hop) checked by the {@link AddressPolicy}, the
 * body capped in bytes while it streams, the whole exchange bounded in time. One client, built once.
 */
public final class UrlFetcher {

    /** Redirect statuses that carry a Location to follow. */
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    /** Ports a public article is served on; others are refused unless private addresses are allowed (tests). */
    private static final Set<Integer> STANDARD_PORTS = Set.of(-1, 80, 443);

    private final HttpClient client;
    private final AddressPolicy policy;
    private final long maxBytes;
    private final Duration readTimeout;
    private final int maxRedirects;
    private final String userAgent;
    private final boolean anyPort;

    public UrlFetcher(AddressPolicy policy, long maxBytes, Duration connectTimeout, Duration readTimeout,
                      int maxRedirects, String userAgent, boolean anyPort) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.policy = policy;
        this.maxBytes = maxBytes;
        this.readTimeout = readTimeout;
        this.maxRedirects = maxRedirects;
        this.userAgent = userAgent;
        this.anyPort = anyPort;
    }

    /**
     * Fetches {@code url}, following at most the configured number of redirects.
     *
     * @throws PrecisException {@code invalid_url}, {@code forbidden_address}, {@code too_large},
     *                         {@code unsupported_media_type}, {@code source_not_found},
     *                         {@code source_refused} or (retryable) {@code fetch_failed}
     */
    public RawSource fetch(String url) {
        URI uri = validate(url, null);
        long deadline = System.nanoTime() + readTimeout.toNanos();
        for (int hop = 0; ; hop++) {
            HttpResponse<byte[]> response = send(uri, deadline);
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                if (hop >= maxRedirects) {
                    throw new PrecisException(ErrorCode.SOURCE_REFUSED,
                            "more than precis.fetch.max-redirects (" + maxRedirects + ") redirects", "url");
                }
                String location = response.headers().firstValue("Location").orElseThrow(() ->
                        new PrecisException(ErrorCode.SOURCE_REFUSED, "redirect without a Location header", "url"));
                uri = validate(uri.resolve(location.strip()).toString(), uri);
                continue;
            }
            if (status == 404 || status == 410) {
                throw new PrecisException(ErrorCode.SOURCE_NOT_FOUND, "the page answered " + status + ": " + uri, "url");
            }
            if (status == 408 || status == 429 || status >= 500) {
                throw new PrecisException(ErrorCode.FETCH_FAILED, "the page answered " + status + ": " + uri, "url");
            }
            if (status >= 300) {
                throw new PrecisException(ErrorCode.SOURCE_REFUSED, "the page answered " + status + ": " + uri, "url");
            }
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            byte[] body = response.body();
            String type = MediaTypes.accept(contentType, body, "url");
            return new RawSource(uri.toString(), body, type, MediaTypes.charsetParam(contentType));
        }
    }

    private HttpResponse<byte[]> send(URI uri, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) throw timeout(uri);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(remaining))
                .header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request, info -> new CappedBody(maxBytes));
        try {
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timeout(uri);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new PrecisException(ErrorCode.FETCH_FAILED, "interrupted while fetching " + uri, "url", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause != null && !(cause instanceof PrecisException) && cause.getCause() != null
                    && cause.getCause() != cause) {
                if (cause instanceof HttpTimeoutException) break;
                cause = cause.getCause();
            }
            if (cause instanceof PrecisException pe) throw pe;
            if (cause instanceof HttpTimeoutException) throw timeout(uri);
            String what = cause instanceof IOException ? cause.toString() : String.valueOf(cause);
            throw new PrecisException(ErrorCode.FETCH_FAILED, "could not fetch " + uri + ": " + what, "url", cause);
        }
    }

    private PrecisException timeout(URI uri) {
        return new PrecisException(ErrorCode.FETCH_FAILED,
                "fetching " + uri + " took longer than precis.fetch.read-timeout (" + readTimeout + ")", "url");
    }

    /** Parses and checks a URL (scheme, user info, port, host); {@code from} is the previous hop of a redirect. */
    private URI validate(String url, URI from) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new PrecisException(ErrorCode.INVALID_URL, "not a valid URL: " + e.getMessage(), "url", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new PrecisException(ErrorCode.INVALID_URL, "only http and https URLs are fetched, not '" + url + "'", "url");
        }
        if (from != null && from.getScheme().equalsIgnoreCase("https") && scheme.equals("http")) {
            throw new PrecisException(ErrorCode.FORBIDDEN_ADDRESS, "redirect from https to http refused: " + url, "url");
        }
        if (uri.getRawUserInfo() != null) {
            throw new PrecisException(ErrorCode.INVALID_URL, "URLs with user info (user@host) are refused", "url");
        }
        if (uri.getHost() == null) {
            throw new PrecisException(ErrorCode.INVALID_URL, "URL has no host: " + url, "url");
        }
        if (!anyPort && !STANDARD_PORTS.contains(uri.getPort())) {
            throw new PrecisException(ErrorCode.FORBIDDEN_ADDRESS, "port " + uri.getPort() + " is refused; only 80 and 443", "url");
        }
        policy.check(uri.getHost());
        return uri;
    }
}
