package dev.precis.fetch;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP/1.1 {@code GET} over a connection opened to an address the {@link AddressPolicy} already
 * accepted — never to a name, so no second DNS lookup can happen. For https the TLS layer is set up
 * on that connection with the URL's host as the server name (SNI) and as the identity the certificate
 * must match ({@code HTTPS} endpoint identification), exactly as a client given the name would.
 *
 * <p>Every read is bounded by a deadline: the socket timeout is set to the time left before each read,
 * so a server that trickles bytes still stops at the limit.
 */
final class HttpConnection implements Closeable {

    /** Opens the TCP connection to a checked address; a seam so tests can see (and count) every attempt. */
    @FunctionalInterface
    interface Connector {
        Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException;
    }

    /** A direct TCP connection, never through a proxy (a proxy would do its own DNS lookup). */
    static final Connector DIRECT = (address, timeoutMillis) -> {
        Socket socket = new Socket(Proxy.NO_PROXY);
        try {
            socket.connect(address, timeoutMillis);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    };

    /** Longest status line plus headers accepted, in bytes. */
    static final int MAX_HEAD_BYTES = 64 * 1024;
    /** Most header lines accepted. */
    static final int MAX_HEADERS = 200;
    /** Most interim (1xx) responses skipped before the real one. */
    private static final int MAX_INTERIM = 5;

    /** The status line and headers of a response. Header names are case-insensitive. */
    record Head(int status, Map<String, List<String>> headers) {
        Optional<String> first(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }

    private final Socket socket;
    private final ReadTimeout readTimeout;
    private final InputStream in;

    private HttpConnection(Socket socket, ReadTimeout readTimeout) throws IOException {
        this.socket = socket;
        this.readTimeout = readTimeout;
        this.in = new BufferedInputStream(new DeadlineInput(socket, readTimeout));
    }

    /**
     * Connects to the first of the target's addresses that answers, then (https) shakes hands.
     *
     * @throws PrecisException {@code fetch_failed} naming the address or the limit that was hit
     */
    static HttpConnection open(Target target, Connector connector, SSLSocketFactory tls, int connectTimeoutMillis,
                               ReadTimeout readTimeout) {
        PrecisException last = null;
        for (InetAddress address : target.addresses()) {
            if (readTimeout.deadline().expired()) throw readTimeout.exceeded(target.uri());
            int timeout = Math.max(1, Math.min(connectTimeoutMillis, readTimeout.deadline().remainingMillis()));
            Socket socket;
            try {
                socket = connector.connect(new InetSocketAddress(address, target.port()), timeout);
            } catch (SocketTimeoutException e) {
                last = new PrecisException(ErrorCode.FETCH_FAILED, "connecting to " + address.getHostAddress()
                        + " for " + target.uri() + " took longer than precis.fetch.connect-timeout ("
                        + ReadTimeout.format(connectTimeoutMillis) + ")", "url", e);
                continue;
            } catch (IOException e) {
                last = new PrecisException(ErrorCode.FETCH_FAILED, "could not connect to "
                        + address.getHostAddress() + " for " + target.uri() + ": "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), "url", e);
                continue;
            }
            try {
                return new HttpConnection(target.https() ? tls(socket, target, tls, readTimeout) : socket, readTimeout);
            } catch (IOException e) {
                closeQuietly(socket);
                throw failed(target, e, readTimeout);
            }
        }
        throw last != null ? last : new PrecisException(ErrorCode.FETCH_FAILED,
                "no address to connect to for " + target.uri(), "url");
    }

    private static Socket tls(Socket plain, Target target, SSLSocketFactory tls, ReadTimeout readTimeout) throws IOException {
        SSLSocket ssl = (SSLSocket) tls.createSocket(plain, target.tlsHost(), target.port(), true);
        SSLParameters params = ssl.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        try {
            params.setServerNames(target.isLiteral() ? List.of() : List.of(new SNIHostName(target.tlsHost())));
        } catch (IllegalArgumentException e) {
            throw new IOException("'" + target.tlsHost() + "' cannot be a TLS server name", e);
        }
        params.setApplicationProtocols(new String[]{"http/1.1"});
        ssl.setSSLParameters(params);
        ssl.setSoTimeout(Math.max(1, readTimeout.deadline().remainingMillis())); // 0 would mean "wait forever"
        ssl.startHandshake();
        return ssl;
    }

    /**
     * Sends the request and reads the response head, skipping interim (1xx) responses.
     *
     * @throws PrecisException {@code fetch_failed} on I/O errors, timeouts and malformed responses
     */
    Head get(Target target, String userAgent) {
        try {
            String request = "GET " + target.requestTarget() + " HTTP/1.1\r\n"
                    + "Host: " + target.hostHeader() + "\r\n"
                    + "User-Agent: " + userAgent.replaceAll("[\\r\\n]", " ") + "\r\n"
                    + "Accept: text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1\r\n"
                    + "Accept-Encoding: gzip, deflate\r\n"
                    + "Connection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            for (int i = 0; ; i++) {
                Head head = readHead(target);
                if (head.status() >= 200 || head.status() == 101 || i >= MAX_INTERIM) {
                    if (head.status() < 200) throw malformed(target, "unexpected interim status " + head.status());
                    return head;
                }
            }
        } catch (IOException e) {
            throw failed(target, e, readTimeout);
        }
    }

    /** The body as it comes off the wire (framing still to be undone by {@link BodyStreams}). */
    InputStream rawBody() {
        return in;
    }

    private Head readHead(Target target) throws IOException {
        int[] budget = {MAX_HEAD_BYTES};
        String statusLine = readLine(target, budget);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("\\d{3}")) {
            throw malformed(target, "not an HTTP/1.x status line");
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int n = 0; ; n++) {
            String line = readLine(target, budget);
            if (line.isEmpty()) break;
            if (n >= MAX_HEADERS) throw malformed(target, "more than " + MAX_HEADERS + " headers");
            int colon = line.indexOf(':');
            if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t') continue; // junk or obsolete folding
            String name = line.substring(0, colon).strip();
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
        return new Head(Integer.parseInt(parts[1]), headers);
    }

    private String readLine(Target target, int[] budget) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) throw malformed(target, "connection closed before the end of the headers");
            if (--budget[0] < 0) {
                throw malformed(target, "status line and headers longer than " + MAX_HEAD_BYTES + " bytes");
            }
            line.write(b);
        }
        String s = line.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public void close() {
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing left to do with a connection we are abandoning
        }
    }

    private static PrecisException malformed(Target target, String what) {
        return new PrecisException(ErrorCode.FETCH_FAILED,
                "invalid HTTP response from " + target.uri() + ": " + what, "url");
    }

    /** A fetch_failed naming the time limit for timeouts, else the I/O error. */
    static PrecisException failed(Target target, IOException e, ReadTimeout readTimeout) {
        if (e instanceof SocketTimeoutException || readTimeout.deadline().expired()) {
            return readTimeout.exceeded(target.uri());
        }
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new PrecisException(ErrorCode.FETCH_FAILED, "could not fetch " + target.uri() + ": " + what, "url", e);
    }

    /** A socket input stream whose every read waits at most until the deadline. */
    private static final class DeadlineInput extends InputStream {
        private final Socket socket;
        private final InputStream in;
        private final ReadTimeout readTimeout;

        DeadlineInput(Socket socket, ReadTimeout readTimeout) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.readTimeout = readTimeout;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int left = readTimeout.deadline().remainingMillis();
            if (left <= 0) throw new SocketTimeoutException("deadline passed");
            socket.setSoTimeout(left);
            return in.read(b, off, len);
        }
    }
}
