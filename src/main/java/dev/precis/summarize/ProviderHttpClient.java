package dev.precis.summarize;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP client LangChain4j's OpenAI, Anthropic and Ollama models use here: the JDK's
 * {@link HttpURLConnection}, with error statuses thrown as {@link ProviderHttpException} carrying the
 * provider's {@code Retry-After} (or OpenAI's {@code retry-after-ms}), which LangChain4j's own client
 * drops. Streaming is not used.
 *
 * <p>Why not {@code java.net.http.HttpClient}: its first call in a fresh JVM took 340 ms against 40 ms
 * for {@code HttpURLConnection} (its own selector thread, a few hundred classes of asynchronous
 * plumbing), and {@code HttpURLConnection} is loaded anyway for S3 (the SDK's URL-connection client). What the JDK
 * client did for us is kept: an interrupted caller gets its call given up at once — while it waits for the
 * answer a watchdog closes the connection, which a thread blocked in socket I/O would otherwise not
 * notice until the read timeout; while the answer comes, the reader checks between reads. That is how a
 * call's one time limit works: {@code LlmCaller} gives each attempt its budget and interrupts it when the
 * budget is spent. The builder's connect and read timeouts ({@code precis.llm.timeout}) only set the
 * socket's own, which never fire before that budget does.
 *
 * <pre>{@code
 * OpenAiChatModel.builder().httpClientBuilder(ProviderHttpClient.builder())...
 * }</pre>
 */
public final class ProviderHttpClient implements HttpClient {

    /** Used when a model builder sets no timeout. */
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** Headers the connection sets itself (from the body and URL); a caller's value would be refused or wrong. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
    /** How often the watchdog looks whether a call's thread was interrupted. */
    static final Duration WATCH_INTERVAL = Duration.ofMillis(50);
    /** {@code charset=} of a Content-Type; an error body is read as UTF-8 when none is given, as JSON is. */
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset=\"?([^\\s;\"]+)");

    /** One daemon thread for all clients: closes connections whose caller gave up. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "precis-llm-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final Duration connectTimeout;
    private final Duration readTimeout;

    private ProviderHttpClient(Builder b) {
        this.connectTimeout = b.connectTimeout == null ? DEFAULT_TIMEOUT : b.connectTimeout;
        this.readTimeout = b.readTimeout == null ? DEFAULT_TIMEOUT : b.readTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        HttpURLConnection c;
        try {
            c = (HttpURLConnection) URI.create(request.url()).toURL().openConnection();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Call call = new Call(c, Thread.currentThread());
        ScheduledFuture<?> watch = WATCHDOG.scheduleWithFixedDelay(call::watch,
                WATCH_INTERVAL.toMillis(), WATCH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return exchange(c, request, call);
        } catch (IOException e) {
            String why = call.abandoned();
            if (why != null) {
                throw new UncheckedIOException(new IOException(why + " waiting for " + request.url(), e));
            }
            throw new UncheckedIOException(e);
        } finally {
            watch.cancel(false);
        }
    }

    /**
     * One exchange's guard. While the caller waits (connecting, sending, waiting for the status line) the
     * watchdog closes the connection when the caller is interrupted: that wakes a
     * thread blocked in socket I/O. Once the body is being read it no longer does (closing a response
     * stream that is being read waits on the reader, and tries to drain it); the reader itself checks
     * after every read, each of which the read timeout bounds.
     */
    private static final class Call {
        private static final int WAITING = 0;
        private static final int READING = 1;
        private static final int ABANDONED = 2;

        private final HttpURLConnection connection;
        private final Thread caller;
        private final AtomicInteger state = new AtomicInteger(WAITING);
        private volatile String why;

        Call(HttpURLConnection connection, Thread caller) {
            this.connection = connection;
            this.caller = caller;
        }

        /** Why the caller should stop now ("interrupted": its budget is spent), or null. */
        String reason() {
            return caller.isInterrupted() ? "interrupted" : null;
        }

        /** The watchdog's look, every {@link #WATCH_INTERVAL}. */
        void watch() {
            String r = reason();
            if (r != null && state.compareAndSet(WAITING, ABANDONED)) {
                why = r;
                connection.disconnect();
            }
        }

        /** Before the body: from here on the reader checks for itself. */
        void reading() throws IOException {
            if (!state.compareAndSet(WAITING, READING)) throw new IOException("abandoned");
        }

        /** Between two reads of the body. */
        void check() throws IOException {
            String r = reason();
            if (r != null) {
                why = r;
                state.set(ABANDONED);
                throw new IOException(r + " while the answer was coming");
            }
        }

        /** Why the call was given up, or null if it was not. */
        String abandoned() {
            return state.get() == ABANDONED ? why : null;
        }
    }

    private SuccessfulHttpResponse exchange(HttpURLConnection c, HttpRequest request, Call call) throws IOException {
        c.setConnectTimeout(millis(connectTimeout));
        c.setReadTimeout(millis(readTimeout));
        c.setInstanceFollowRedirects(false); // as the JDK client's default: a redirect is an answer, not followed
        c.setUseCaches(false);
        c.setRequestMethod(request.method().name());
        request.headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) values.forEach(v -> c.addRequestProperty(name, v));
        });
        if (c.getRequestProperty("Accept") == null) {
            c.setRequestProperty("Accept", "*/*"); // not the connection's browser-like default (text/html, image/gif, …)
        }
        String body = request.body();
        if (body != null) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            c.setDoOutput(true);
            c.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(bytes);
            }
        }
        int status = c.getResponseCode();
        Map<String, List<String>> headers = headers(c);
        call.reading();
        byte[] bytes;
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            bytes = in == null ? new byte[0] : body(in, call);
        }
        if (status / 100 != 2) {
            String text = new String(bytes, charset(c.getContentType()));
            throw new ProviderHttpException(status, text, retryAfter(headers).orElse(null));
        }
        // The bytes as they came: the response decodes them with the Content-Type's charset itself.
        return SuccessfulHttpResponse.builder().statusCode(status).headers(headers).body(bytes).build();
    }

    private static byte[] body(InputStream in, Call call) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) != -1; ) {
            out.write(buffer, 0, n);
            call.check();
        }
        return out.toByteArray();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedOperationException("Precis does not stream model responses");
    }

    /** The response headers by name, names compared without case (as HTTP does); the status line left out. */
    private static Map<String, List<String>> headers(HttpURLConnection c) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        c.getHeaderFields().forEach((name, values) -> {
            if (name != null) headers.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values);
        });
        return headers;
    }

    static Charset charset(String contentType) {
        if (contentType != null) {
            Matcher m = CHARSET.matcher(contentType);
            if (m.find()) {
                try {
                    return Charset.forName(m.group(1));
                } catch (IllegalArgumentException unknown) {
                    // fall back to UTF-8
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
    }

    /** {@code retry-after-ms: 1500}, {@code Retry-After: 2} (seconds) or an HTTP date. */
    static Optional<Duration> retryAfter(Map<String, List<String>> headers) {
        Optional<String> ms = first(headers, "retry-after-ms");
        if (ms.isPresent()) {
            try {
                return Optional.of(Duration.ofMillis((long) Double.parseDouble(ms.get().strip())));
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        return first(headers, "retry-after").flatMap(ProviderHttpClient::parseRetryAfter);
    }

    private static Optional<String> first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    static Optional<Duration> parseRetryAfter(String value) {
        String v = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /** Takes the timeouts a model builder sets. */
    public static final class Builder implements HttpClientBuilder {
        private Duration connectTimeout;
        private Duration readTimeout;

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        @Override
        public HttpClient build() {
            return new ProviderHttpClient(this);
        }
    }
}
