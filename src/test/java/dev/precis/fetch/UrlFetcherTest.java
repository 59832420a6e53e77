package dev.precis.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.RawSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.net.ssl.SSLSocketFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fetcher against a stub on 127.0.0.1, reached as {@code news.example} through a fake resolver.
 * Only that one loopback address is exempt from the policy (a test seam); every other check is live.
 */
class UrlFetcherTest {

    /** The byte cap used here: 64 KB. */
    private static final int CAP = 64 * 1024;
    private static final String PAGE = "<html><head><title>Kim</title></head><body><p>Kim may travel.</p></body></html>";

    private HttpServer server;
    private ExecutorService executor;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, String> hostHeaders = new ConcurrentHashMap<>();
    private final Map<String, String> requestHeaders = new ConcurrentHashMap<>();
    private FakeNetwork net;
    private String base;
    private int port;

    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange) throws Exception;
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.start();
        port = server.getAddress().getPort();
        base = "http://news.example:" + port;
        net = new FakeNetwork(true).map("news.example", "127.0.0.1");
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void route(String path, Handler handler) {
        hits.put(path, new AtomicInteger());
        server.createContext(path, exchange -> {
            hits.get(path).incrementAndGet();
            hostHeaders.put(path, exchange.getRequestHeaders().getFirst("Host"));
            requestHeaders.put(path, exchange.getRequestHeaders().getFirst("Accept-Encoding") + " | "
                    + exchange.getRequestHeaders().getFirst("User-Agent") + " | " + exchange.getRequestURI());
            try {
                handler.handle(exchange);
            } catch (Exception e) {
                // the client hung up (cap reached, timeout): nothing to do
            } finally {
                exchange.close();
            }
        });
    }

    private static Handler page(int status, String contentType, byte[] body, String... headers) {
        return exchange -> {
            if (contentType != null) exchange.getResponseHeaders().add("Content-Type", contentType);
            for (int i = 0; i < headers.length; i += 2) exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        };
    }

    private static Handler redirect(int status, String location) {
        return exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(status, -1);
        };
    }

    private UrlFetcher fetcher() {
        return fetcher(Duration.ofSeconds(5));
    }

    private UrlFetcher fetcher(Duration readTimeout) {
        AddressPolicy policy = new AddressPolicy(net, false, Set.of(InetAddress.getLoopbackAddress()));
        return new UrlFetcher(policy, Set.of(80, 443, port), CAP, Duration.ofSeconds(2), readTimeout, 5,
                "Precis-test", net, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    private PrecisException refused(String url, ErrorCode code) {
        PrecisException e = assertThrows(PrecisException.class, () -> fetcher().fetch(url));
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }

    // --- the happy path and pinning ---------------------------------------------------------------

    @Test
    void fetchesAPageThroughTheCheckedAddressWithTheNameInTheHostHeader() {
        route("/a", page(200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        RawSource raw = fetcher().fetch(base + "/a");
        assertEquals(PAGE, new String(raw.bytes(), StandardCharsets.UTF_8));
        assertEquals("text/html", raw.contentType());
        assertEquals("utf-8", raw.charset());
        assertEquals(base + "/a", raw.uri());
        assertEquals("news.example:" + port, hostHeaders.get("/a"));
        assertEquals("gzip, deflate | Precis-test | /a", requestHeaders.get("/a"));
        assertEquals(List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)), net.connections);
    }

    @Test
    void queryIsSentFragmentIsNotNonAsciiIsEncoded() {
        route("/q", page(200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));
        fetcher().fetch(base + "/q/é?a=1&b=%20#frag");
        assertEquals("gzip, deflate | Precis-test | /q/%C3%A9?a=1&b=%20", requestHeaders.get("/q"));
    }

    @Test
    void dnsRebindingHasNoSecondLookupToWin() {
        // first answer: the stub; any later answer: the metadata service
        net.map("news.example", "169.254.169.254");
        route("/a", page(200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));
        assertEquals(PAGE, new String(fetcher().fetch(base + "/a").bytes(), StandardCharsets.UTF_8));
        assertEquals(List.of("news.example"), net.lookups);
        assertEquals(1, net.connections.size());
    }

    @Test
    void eachRedirectHopIsLookedUpAndCheckedAgain() {
        net.map("news.example", "169.254.169.254");
        route("/a", redirect(302, base + "/b"));
        PrecisException e = refused(base + "/a", ErrorCode.FORBIDDEN_ADDRESS);
        assertEquals("redirect from " + base + "/a to '" + base + "/b': "
                + "host 'news.example' is not fetched: link-local address 169.254.169.254", e.getMessage());
        assertEquals(1, net.connections.size());
    }

    // --- redirects ---------------------------------------------------------------------------------

    @Test
    void followsRelativeAndAbsoluteRedirects() {
        route("/a", redirect(301, "/b"));
        route("/b", redirect(307, "//news.example:" + port + "/c?x=1"));
        route("/c", redirect(303, base + "/d"));
        route("/d", page(200, "text/plain", "done".getBytes(StandardCharsets.UTF_8)));
        RawSource raw = fetcher().fetch(base + "/a");
        assertEquals("done", new String(raw.bytes(), StandardCharsets.UTF_8));
        assertEquals(base + "/d", raw.uri());
        assertEquals("text/plain", raw.contentType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/",
            "http://localhost/", "http://127.0.0.2/", "http://10.0.0.1/", "http://metadata.google.internal/"})
    void redirectToAnInternalAddressIsRefused(String location) {
        route("/a", redirect(302, location));
        refused(base + "/a", ErrorCode.FORBIDDEN_ADDRESS);
        assertEquals(1, net.connections.size(), "only the stub was connected to: " + net.connections);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://news.example/file", "file:///etc/passwd", "gopher://news.example/",
            "http://0x7f000001/", "http://[::ffff:127.0.0.1]/", "http://user@news.example/", "http://exa mple/"})
    void redirectToAnotherSchemeOrAMalformedUrlIsRefused(String location) {
        route("/a", redirect(301, location));
        refused(base + "/a", ErrorCode.INVALID_URL);
        assertEquals(1, net.connections.size());
    }

    @Test
    void redirectLoopStopsAfterTheLimit() {
        route("/loop", redirect(302, "/loop"));
        PrecisException e = refused(base + "/loop", ErrorCode.SOURCE_REFUSED);
        assertEquals("more than precis.fetch.max-redirects (5) redirects", e.getMessage());
        assertEquals(6, hits.get("/loop").get());
    }

    @Test
    void fiveRedirectsAreFollowed() {
        for (int i = 0; i < 5; i++) route("/r" + i, redirect(302, "/r" + (i + 1)));
        route("/r5", page(200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));
        assertEquals(base + "/r5", fetcher().fetch(base + "/r0").uri());
    }

    @Test
    void redirectWithoutLocationIsRefused() {
        route("/a", exchange -> exchange.sendResponseHeaders(302, -1));
        refused(base + "/a", ErrorCode.SOURCE_REFUSED);
    }

    @Test
    void refreshHeaderAndMetaRefreshAreNotFollowed() {
        String html = "<html><head><meta http-equiv=\"refresh\" content=\"0;url=" + base + "/other\"></head>"
                + "<body><p>Here.</p></body></html>";
        route("/a", page(200, "text/html", html.getBytes(StandardCharsets.UTF_8), "Refresh", "0; url=/other"));
        route("/other", page(200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));
        assertEquals(html, new String(fetcher().fetch(base + "/a").bytes(), StandardCharsets.UTF_8));
        assertEquals(0, hits.get("/other").get());
    }

    // --- statuses ----------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"404, SOURCE_NOT_FOUND", "410, SOURCE_NOT_FOUND", "401, SOURCE_REFUSED", "403, SOURCE_REFUSED",
            "451, SOURCE_REFUSED", "429, FETCH_FAILED", "500, FETCH_FAILED", "503, FETCH_FAILED", "304, SOURCE_REFUSED"})
    void statusesMapToErrorCodes(int status, ErrorCode code) {
        route("/s", page(status, "text/html", new byte[0]));
        PrecisException e = refused(base + "/s", code);
        assertEquals("the page answered " + status + ": " + base + "/s", e.getMessage());
    }

    // --- byte caps ---------------------------------------------------------------------------------

    @Test
    void bodyOfExactlyTheCapIsAccepted() {
        byte[] body = filler(CAP);
        route("/a", page(200, "text/plain", body));
        assertArrayEquals(body, fetcher().fetch(base + "/a").bytes());
    }

    @Test
    void declaredLengthOverTheRawCapIsRefusedBeforeReading() {
        int length = CAP * HtmlSlimmer.RAW_FACTOR + 1;
        route("/a", page(200, "text/html", filler(length)));
        PrecisException e = refused(base + "/a", ErrorCode.TOO_LARGE);
        assertEquals("source is larger than 8 × precis.fetch.max-bytes (Content-Length " + length + ") (65536 bytes)",
                e.getMessage());
    }

    @Test
    void bodyOverTheCapThatIsNotHtmlIsRefused() {
        route("/a", page(200, "text/html", filler(CAP + 1)));
        PrecisException e = refused(base + "/a", ErrorCode.TOO_LARGE);
        assertEquals("source is larger than precis.fetch.max-bytes (65536 bytes)", e.getMessage());
    }

    @Test
    void htmlPageOverTheCapIsReadWithoutScriptsStylesAndInlineData() throws IOException {
        String page = "<!DOCTYPE html><html><head><style>" + "p{}".repeat(10_000) + "</style>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>"
                + "<script>var a = \"</p>\"; " + "x".repeat(60_000) + "</script></head><body>"
                + "<img src=\"data:image/png;base64," + "A".repeat(40_000) + "\" alt=\"map\"><!-- " + "c".repeat(20_000) + " -->"
                + "<p>Kim meets Putin.</p></body></html>";
        route("/a", page(200, "text/html", gzip(page.getBytes(StandardCharsets.UTF_8)), "Content-Encoding", "gzip"));
        String got = new String(fetcher().fetch(base + "/a").bytes(), StandardCharsets.UTF_8);
        assertEquals("<!DOCTYPE html><html><head><style></style><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}"
                + "</script><script></script></head><body><img src=\"data:,\" alt=\"map\"><!---->"
                + "<p>Kim meets Putin.</p></body></html>", got);
    }

    @Test
    void htmlPageWhoseTextAloneIsOverTheCapIsRefused() {
        String page = "<html><body><p>" + "words ".repeat(CAP / 5) + "</p></body></html>";
        route("/a", page(200, "text/html", page.getBytes(StandardCharsets.UTF_8)));
        refused(base + "/a", ErrorCode.TOO_LARGE);
    }

    @Test
    void scriptBombIsCutAtTheRawCap() throws IOException {
        byte[] bomb = gzip(("<html><script>" + "x".repeat(16 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8));
        route("/a", page(200, "text/html", bomb, "Content-Encoding", "gzip"));
        PrecisException e = refused(base + "/a", ErrorCode.TOO_LARGE);
        assertEquals("source decompresses to more than 8 × precis.fetch.max-bytes (524288 bytes)", e.getMessage());
    }

    @Test
    void streamedBodyIsCutAtTheCap() {
        AtomicInteger written = new AtomicInteger();
        route("/a", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked, no length: an endless body
            OutputStream out = exchange.getResponseBody();
            byte[] chunk = filler(4096);
            for (int i = 0; i < 100_000; i++) {
                out.write(chunk);
                written.addAndGet(chunk.length);
            }
        });
        PrecisException e = refused(base + "/a", ErrorCode.TOO_LARGE);
        assertEquals("source is larger than precis.fetch.max-bytes (65536 bytes)", e.getMessage());
        assertTrue(written.get() < 100_000 * 4096, "the download was abandoned");
    }

    @Test
    void gzipBombIsCutAtTheCapOnDecompressedBytes() throws IOException {
        byte[] bomb = gzip(new byte[16 * 1024 * 1024]); // 16 MB of zeros, ~16 KB on the wire
        assertTrue(bomb.length < CAP);
        route("/a", page(200, "text/html", bomb, "Content-Encoding", "gzip"));
        PrecisException e = refused(base + "/a", ErrorCode.TOO_LARGE);
        assertEquals("source decompresses to more than precis.fetch.max-bytes (65536 bytes)", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void deflateBombIsCutAtTheCap(boolean zlibWrapped) throws IOException {
        byte[] bomb = deflate(new byte[16 * 1024 * 1024], zlibWrapped);
        route("/a", page(200, "text/html", bomb, "Content-Encoding", "deflate"));
        refused(base + "/a", ErrorCode.TOO_LARGE);
    }

    @Test
    void gzipAndDeflateBodiesAreDecompressed() throws IOException {
        byte[] html = PAGE.getBytes(StandardCharsets.UTF_8);
        route("/g", page(200, "text/html", gzip(html), "Content-Encoding", "gzip"));
        route("/z", page(200, "text/html", deflate(html, true), "Content-Encoding", "deflate"));
        route("/r", page(200, "text/html", deflate(html, false), "Content-Encoding", "deflate"));
        assertArrayEquals(html, fetcher().fetch(base + "/g").bytes());
        assertArrayEquals(html, fetcher().fetch(base + "/z").bytes());
        assertArrayEquals(html, fetcher().fetch(base + "/r").bytes());
    }

    @Test
    void unknownContentEncodingIsRefused() {
        route("/a", page(200, "text/html", filler(100), "Content-Encoding", "br"));
        PrecisException e = refused(base + "/a", ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        assertEquals("content encoding 'br' is not supported (gzip and deflate are)", e.getMessage());
    }

    @Test
    void corruptGzipIsAFetchFailure() {
        route("/a", page(200, "text/html", "not gzip at all".getBytes(StandardCharsets.UTF_8),
                "Content-Encoding", "gzip"));
        refused(base + "/a", ErrorCode.FETCH_FAILED);
    }

    // --- media types -------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"image/png", "application/pdf", "application/json", "application/zip", "video/mp4",
            "application/javascript", "text/css"})
    void declaredTypesOutsideTheArticleTypesAreRefused(String type) {
        route("/a", page(200, type, filler(100)));
        PrecisException e = refused(base + "/a", ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        assertTrue(e.getMessage().startsWith("content type '" + type + "' is not supported"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"89504E470D0A1A0A, PNG", "255044462D312E37, PDF", "504B030414000000, ZIP", "4749463839610100, GIF",
            "FFD8FFE000104A46, JPEG", "1F8B080000000000, gzip", "5249464624000000, 'RIFF (WebP, WAV, AVI)'",
            "7F454C4602010100, ELF"})
    void binaryContentIsCaughtByItsMagicBytesWhateverItsLabel(String hex, String format) {
        byte[] body = Arrays.copyOf(hexBytes(hex), 200);
        route("/html", page(200, "text/html", body));
        route("/none", page(200, null, body));
        route("/octet", page(200, "application/octet-stream", body));
        for (String path : List.of("/html", "/none", "/octet")) {
            PrecisException e = refused(base + path, ErrorCode.UNSUPPORTED_MEDIA_TYPE);
            assertEquals("source is binary (" + format + "), not an HTML or text article", e.getMessage());
        }
    }

    @Test
    void xhtmlIsReadAsHtml() {
        route("/a", page(200, "application/xhtml+xml; charset=UTF-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        assertEquals("text/html", fetcher().fetch(base + "/a").contentType());
    }

    // --- time limits -------------------------------------------------------------------------------

    @Test
    void slowResponseFailsNamingTheLimit() {
        route("/slow", exchange -> {
            Thread.sleep(3000);
            exchange.sendResponseHeaders(200, -1);
        });
        long start = System.nanoTime();
        PrecisException e = assertThrows(PrecisException.class, () -> fetcher(Duration.ofMillis(400)).fetch(base + "/slow"));
        assertEquals(ErrorCode.FETCH_FAILED, e.code());
        assertEquals("fetching " + base + "/slow took longer than precis.fetch.read-timeout (400ms)", e.getMessage());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "gave up near the limit");
    }

    @Test
    void tricklingBodyFailsAtTheDeadline() {
        route("/drip", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            for (int i = 0; i < 60; i++) {
                exchange.getResponseBody().write('x');
                exchange.getResponseBody().flush();
                Thread.sleep(50);
            }
        });
        PrecisException e = assertThrows(PrecisException.class, () -> fetcher(Duration.ofMillis(500)).fetch(base + "/drip"));
        assertEquals("fetching " + base + "/drip took longer than precis.fetch.read-timeout (500ms)", e.getMessage());
    }

    @Test
    void theDeadlineCoversAllRedirectHops() {
        route("/a", exchange -> {
            Thread.sleep(300);
            exchange.getResponseHeaders().add("Location", "/a");
            exchange.sendResponseHeaders(302, -1);
        });
        PrecisException e = assertThrows(PrecisException.class, () -> fetcher(Duration.ofMillis(800)).fetch(base + "/a"));
        assertTrue(e.getMessage().endsWith("took longer than precis.fetch.read-timeout (800ms)"), e.getMessage());
    }

    // --- malformed responses (a raw socket server) --------------------------------------------------

    static Stream<Arguments> malformedResponses() {
        return Stream.of(
                Arguments.of("SSH-2.0-OpenSSH_9.6\r\n", "not an HTTP/1.x status line"),
                Arguments.of("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", "bytes before the end of the body"),
                Arguments.of("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "invalid chunk size 'zz'"),
                Arguments.of("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
                        "invalid Content-Length"),
                Arguments.of("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n", "unsupported Transfer-Encoding 'gzip'"),
                Arguments.of("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", "connection closed before the end of the headers"),
                Arguments.of("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello", "connection closed"),
                Arguments.of("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + "f".repeat(2000) + "\r\n",
                        "chunk line longer than 1024 bytes"),
                Arguments.of("", "connection closed before the end of the headers"));
    }

    @ParameterizedTest
    @MethodSource("malformedResponses")
    void malformedResponsesAreFetchFailures(String response, String expected) throws Exception {
        try (ServerSocket raw = rawServer(response.getBytes(StandardCharsets.ISO_8859_1))) {
            String url = "http://news.example:" + raw.getLocalPort() + "/";
            PrecisException e = assertThrows(PrecisException.class, () -> rawFetcher(raw).fetch(url));
            assertEquals(ErrorCode.FETCH_FAILED, e.code(), e.getMessage());
            assertTrue(e.getMessage().contains(expected), e.getMessage());
        }
    }

    @Test
    void endlessHeadersAreCut() throws Exception {
        StringBuilder head = new StringBuilder("HTTP/1.1 200 OK\r\n");
        while (head.length() < 200_000) head.append("X-Filler: ").append("a".repeat(1000)).append("\r\n");
        try (ServerSocket raw = rawServer(head.toString().getBytes(StandardCharsets.ISO_8859_1))) {
            PrecisException e = assertThrows(PrecisException.class,
                    () -> rawFetcher(raw).fetch("http://news.example:" + raw.getLocalPort() + "/"));
            assertEquals(ErrorCode.FETCH_FAILED, e.code());
            assertTrue(e.getMessage().endsWith("status line and headers longer than 65536 bytes"), e.getMessage());
        }
    }

    @Test
    void chunkedBodyWithTrailersAndAnInterimResponseIsRead() throws Exception {
        String response = "HTTP/1.1 103 Early Hints\r\nLink: </s.css>\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n";
        try (ServerSocket raw = rawServer(response.getBytes(StandardCharsets.ISO_8859_1))) {
            RawSource src = rawFetcher(raw).fetch("http://news.example:" + raw.getLocalPort() + "/");
            assertEquals("hello world", new String(src.bytes(), StandardCharsets.US_ASCII));
        }
    }

    // --- charsets end to end -------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"windows-1252, text/html; charset=windows-1252", "Shift_JIS, text/html; charset=Shift_JIS",
            "windows-1252, text/html; charset=ISO-8859-1", "windows-1252, text/html"})
    void declaredCharsetsDecode(String encoding, String contentType) {
        String text = encoding.equals("Shift_JIS") ? "<p>東京で会議が開かれました。</p>" : "<p>Café – “quoted” €5</p>";
        route("/a", page(200, contentType, text.getBytes(Charset.forName(encoding))));
        RawSource raw = fetcher().fetch(base + "/a");
        assertEquals(text, TextDecoder.decode(raw.bytes(), raw.charset()));
    }

    @Test
    void noCharsetMeansNull() {
        route("/a", page(200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));
        assertNull(fetcher().fetch(base + "/a").charset());
    }

    // --- helpers -----------------------------------------------------------------------------------

    private UrlFetcher rawFetcher(ServerSocket raw) {
        AddressPolicy policy = new AddressPolicy(net, false, Set.of(InetAddress.getLoopbackAddress()));
        return new UrlFetcher(policy, Set.of(raw.getLocalPort()), CAP, Duration.ofSeconds(2), Duration.ofSeconds(3), 5,
                "Precis-test", net, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** A server that answers one connection with {@code response}, then closes it. */
    private static ServerSocket rawServer(byte[] response) throws IOException {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            try (Socket s = server.accept()) {
                s.getInputStream().read(new byte[8192]);
                s.getOutputStream().write(response);
                s.getOutputStream().flush();
                s.shutdownOutput();
                Thread.sleep(200);
            } catch (Exception ignored) {
                // the client gave up first
            }
        });
        t.setDaemon(true);
        t.start();
        return server;
    }

    private static byte[] filler(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 'a');
        return b;
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data, boolean zlibWrapped) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION, !zlibWrapped))) {
            z.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] hexBytes(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        return b;
    }
}
