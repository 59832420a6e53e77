package dev.precis.fetch;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a host may be fetched: refuses loopback, private, link-local (cloud metadata),
 * unspecified, multicast and similar addresses, whether written literally or reached through a name.
 */
public final class AddressPolicy {

    /** Resolves a host name to all its addresses; a seam so tests can decide what names resolve to. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** The system resolver. */
    public static final Resolver SYSTEM_RESOLVER = host -> List.of(InetAddress.getAllByName(host));

    /** Host names that always mean "this machine" or an internal network, whatever DNS says. */
    private static final Pattern INTERNAL_NAME =
            Pattern.compile("(^|\\.)(localhost|internal|local|localdomain)$", Pattern.CASE_INSENSITIVE);

    /**
     * A host made only of digits, dots and hex markers that is not a canonical dotted quad
     * ({@code 127.1}, {@code 2130706433}, {@code 0x7f000001}, {@code 0177.0.0.1}): parsers disagree on
     * what these mean, so they are refused outright.
     */
    private static final Pattern NUMERIC_HOST = Pattern.compile("^[0-9a-fA-FxX.]+$");
    private static final Pattern CANONICAL_IPV4 =
            Pattern.compile("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");
    private static final Pattern HAS_DIGIT = Pattern.compile("^[0-9].*|.*\\.[0-9x]+$");

    private final Resolver resolver;
    private final boolean allowPrivate;

    public AddressPolicy(Resolver resolver, boolean allowPrivate) {
        this.resolver = resolver;
        this.allowPrivate = allowPrivate;
    }

    /**
     * Checks {@code host} and returns its addresses, all of them allowed.
     *
     * @throws PrecisException {@code forbidden_address} when the host or any address it resolves to is
     *                         refused, {@code invalid_url} when the host is malformed,
     *                         {@code fetch_failed} when it does not resolve
     */
    public List<InetAddress> check(String host) {
        if (host == null || host.isBlank()) {
            throw new PrecisException(ErrorCode.INVALID_URL, "URL has no host", "url");
        }
        String h = host.toLowerCase(Locale.ROOT);
        boolean bracketed = h.startsWith("[") && h.endsWith("]");
        if (bracketed) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (!allowPrivate && !bracketed) {
            if (INTERNAL_NAME.matcher(h).find()) {
                throw forbidden(host, "internal host name");
            }
            if (NUMERIC_HOST.matcher(h).matches() && HAS_DIGIT.matcher(h).matches()
                    && !CANONICAL_IPV4.matcher(h).matches()) {
                throw new PrecisException(ErrorCode.INVALID_URL,
                        "non-canonical numeric host '" + host + "' is refused; write the address as a.b.c.d", "url");
            }
            if (!h.contains(".") && !CANONICAL_IPV4.matcher(h).matches()) {
                throw forbidden(host, "single-label host name");
            }
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(h);
        } catch (UnknownHostException e) {
            throw new PrecisException(ErrorCode.FETCH_FAILED, "host '" + host + "' does not resolve", "url", e);
        }
        if (addresses.isEmpty()) {
            throw new PrecisException(ErrorCode.FETCH_FAILED, "host '" + host + "' does not resolve", "url");
        }
        if (!allowPrivate) {
            for (InetAddress a : addresses) {
                String why = refusal(a);
                if (why != null) {
                    throw forbidden(host, why + " " + a.getHostAddress());
                }
            }
        }
        return addresses;
    }

    private static PrecisException forbidden(String host, String why) {
        return new PrecisException(ErrorCode.FORBIDDEN_ADDRESS,
                "host '" + host + "' is not fetched: " + why, "url");
    }

    /** Why {@code a} is refused, or null when it is a public unicast address. */
    static String refusal(InetAddress a) {
        if (a instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            Inet4Address embedded = embeddedIpv4(b);
            if (embedded != null) {
                String inner = refusal(embedded);
                return inner == null ? null : "IPv6 embedding " + inner;
            }
            if ((b[0] & 0xfe) == 0xfc) return "unique-local address";
            if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) return "documentation address";
        }
        if (a.isLoopbackAddress()) return "loopback address";
        if (a.isAnyLocalAddress()) return "unspecified address";
        if (a.isLinkLocalAddress()) return "link-local address";
        if (a.isSiteLocalAddress()) return "private address";
        if (a.isMulticastAddress()) return "multicast address";
        if (a instanceof Inet4Address) {
            byte[] b = a.getAddress();
            int o0 = b[0] & 0xff;
            int o1 = b[1] & 0xff;
            int o2 = b[2] & 0xff;
            if (o0 == 0) return "unspecified address";
            if (o0 == 100 && o1 >= 64 && o1 <= 127) return "carrier-grade NAT address";
            if (o0 == 192 && o1 == 0 && o2 == 0) return "IETF protocol address";
            if (o0 == 198 && (o1 == 18 || o1 == 19)) return "benchmarking address";
            if ((o0 == 192 && o1 == 0 && o2 == 2) || (o0 == 198 && o1 == 51 && o2 == 100)
                    || (o0 == 203 && o1 == 0 && o2 == 113)) return "documentation address";
            if (o0 >= 240) return "reserved address";
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-mapped, -compatible, NAT64 or 6to4 IPv6 address, or null. */
    private static Inet4Address embeddedIpv4(byte[] b) {
        try {
            boolean zeros10 = true;
            for (int i = 0; i < 10; i++) zeros10 &= b[i] == 0;
            if (zeros10 && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
                boolean allZero = b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1);
                if (allZero) return null; // :: and ::1 are handled as unspecified/loopback
                return (Inet4Address) InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]});
            }
            if (b[0] == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b) {
                return (Inet4Address) InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]});
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return (Inet4Address) InetAddress.getByAddress(new byte[]{b[2], b[3], b[4], b[5]});
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }
}
