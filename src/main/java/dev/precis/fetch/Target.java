package dev.precis.fetch;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A URL that passed every check, with the addresses its host resolved to — the only addresses a
 * connection is made to. The URL is parsed once, by {@link URI}; the host the policy checked, the Host
 * header, the TLS server name and the request target all come from that one parse.
 *
 * @param uri       the URL (fragment dropped, empty path made {@code /})
 * @param host      the host as written, lower case, without a trailing dot; IPv6 literals in brackets
 * @param port      the port connected to
 * @param https     whether the connection is TLS
 * @param addresses the allowed addresses of {@code host}, in the resolver's order
 */
record Target(URI uri, String host, int port, boolean https, List<InetAddress> addresses) {

    /**
     * Parses and checks {@code url}: scheme http/https, no user info, an allowed port, a host the
     * policy accepts. For a redirect, {@code url} is the Location header and {@code from} the hop that
     * sent it: relative locations resolve against it, and https → http is refused.
     *
     * @param allowedPorts ports accepted unless the policy allows private addresses (local experiments)
     * @throws PrecisException {@code invalid_url} or {@code forbidden_address}, before any connection
     */
    static Target check(String url, Target from, AddressPolicy policy, Set<Integer> allowedPorts) {
        // Surrounding white space is dropped (a pasted URL, a padded Location header); inside, the
        // one syntax rule of UrlSyntax holds.
        URI uri = UrlSyntax.parse(url == null ? null : url.strip(), "url");
        if (from != null) {
            uri = from.uri().resolve(uri);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid("only http and https URLs are fetched, not '" + UrlSyntax.shorten(url) + "'");
        }
        if (from != null && from.https() && scheme.equals("http")) {
            throw new PrecisException(ErrorCode.FORBIDDEN_ADDRESS,
                    "a redirect from https to http is refused", "url");
        }
        if (uri.isOpaque() || uri.getRawAuthority() == null) {
            throw invalid("URL has no host: '" + UrlSyntax.shorten(url) + "'");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("URLs with user info (user@host) are refused");
        }
        if (uri.getHost() == null) {
            boolean nonAscii = uri.getRawAuthority().chars().anyMatch(c -> c > 0x7f);
            throw invalid("URL has no valid host: '" + UrlSyntax.shorten(url) + "'"
                    + (nonAscii ? " (write international names in their xn-- form)" : ""));
        }
        boolean https = scheme.equals("https");
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        if (port < 1 || port > 65535) {
            throw invalid("port " + uri.getPort() + " is not a valid port");
        }
        if (!policy.allowsPrivate() && !allowedPorts.contains(port)) {
            throw new PrecisException(ErrorCode.FORBIDDEN_ADDRESS,
                    "port " + port + " is refused; precis.fetch.allowed-ports is " + allowedPorts, "url");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        List<InetAddress> addresses = policy.check(uri.getHost());
        return new Target(normalize(uri, scheme), host, port, https, addresses);
    }

    /** The Host header: the host, and the port when it is not the scheme's default. */
    String hostHeader() {
        return port == (https ? 443 : 80) ? host : host + ":" + port;
    }

    /** The host for TLS: server name indication and certificate check (no brackets for IPv6). */
    String tlsHost() {
        return isLiteral() && host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    /** Whether the host is an address written literally (no SNI is sent for those). */
    boolean isLiteral() {
        return host.startsWith("[") || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
    }

    /** The request target: raw path and query, non-ASCII characters percent-encoded as UTF-8. */
    String requestTarget() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery();
        return asciiOnly(query == null ? path : path + "?" + query);
    }

    private static URI normalize(URI uri, String scheme) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        try {
            return new URI(scheme + "://" + uri.getRawAuthority() + path + query);
        } catch (URISyntaxException e) {
            throw invalid("not a valid URL: " + e.getMessage());
        }
    }

    private static String asciiOnly(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
                for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static PrecisException invalid(String message) {
        return new PrecisException(ErrorCode.INVALID_URL, message, "url");
    }
}
