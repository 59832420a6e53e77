package dev.precis.fetch;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Decides whether a host may be fetched and returns the addresses to connect to.
 *
 * <p>A host is refused when its name means "this machine" or an internal network ({@code localhost},
 * {@code *.localhost}, {@code *.internal}, {@code *.local}, {@code *.svc}, … see {@code INTERNAL_NAME};
 * single-label names), when it is a numeric
 * host in any form but the canonical dotted quad or a bracketed IPv6 literal ({@code 127.1},
 * {@code 2130706433}, {@code 0x7f000001}, {@code 0177.0.0.1}: parsers disagree on what these mean), or
 * when it is — or any of its A/AAAA answers is — an address outside the public unicast space (see
 * {@link #RANGES}). The caller connects only to the addresses returned here, so a name is looked up
 * exactly once per hop and a second, different DNS answer (rebinding) is never used.
 *
 * <p>{@code check("example.com")} returns the public addresses of example.com;
 * {@code check("169.254.169.254")} throws {@code forbidden_address}.
 */
public final class AddressPolicy {

    /** Resolves a host name to all its addresses; a seam so tests can decide what names resolve to. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** The system resolver. */
    public static final Resolver SYSTEM_RESOLVER = host -> List.of(InetAddress.getAllByName(host));

    /** Threads for bounded lookups (the system resolver cannot be interrupted, so a slow one is left behind). */
    private static final ExecutorService LOOKUPS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "precis-dns-lookup");
        t.setDaemon(true);
        return t;
    });

    /**
     * {@code resolver} with a time limit per lookup, so a slow or tarpitting name server cannot hold a
     * fetch longer than {@code precis.fetch.connect-timeout}: {@code timed(SYSTEM_RESOLVER, Duration.ofSeconds(5))}.
     *
     * @throws PrecisException (from the returned resolver) {@code fetch_failed} naming the limit
     */
    public static Resolver timed(Resolver resolver, Duration limit) {
        return host -> {
            Future<List<InetAddress>> lookup = LOOKUPS.submit(() -> resolver.resolve(host));
            try {
                return lookup.get(Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                lookup.cancel(true);
                throw new PrecisException(ErrorCode.FETCH_FAILED, "looking up '" + host
                        + "' took longer than precis.fetch.connect-timeout (" + ReadTimeout.format(limit.toMillis()) + ")",
                        "url", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lookup.cancel(true);
                throw new UnknownHostException(host + " (interrupted)");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnknownHostException u) throw u;
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new UnknownHostException(host + ": " + e.getCause());
            }
        };
    }

    /** Longest host name DNS can carry. */
    private static final int MAX_HOST_LENGTH = 253;

    /**
     * Names (and names under them) that only mean something on this machine or inside a private
     * network, refused before any lookup, whatever DNS would say — a lookup alone can leak the name or
     * reach a resolver that knows internal services:
     * <ul>
     * <li>{@code localhost}, {@code localdomain}: this machine (RFC 6761; the Unix convention);</li>
     * <li>{@code local}: multicast DNS (RFC 6762), and Kubernetes' {@code <svc>.<ns>.svc.cluster.local};</li>
     * <li>{@code svc}: Kubernetes' short {@code <svc>.<ns>.svc}, resolved through a pod's search path;</li>
     * <li>{@code internal}: reserved by ICANN for private use (2024); cloud metadata and VPC names
     *     ({@code metadata.google.internal}, {@code *.ec2.internal}, {@code *.compute.internal});</li>
     * <li>{@code internal.cloudapp.net}: Azure's virtual-network DNS;</li>
     * <li>{@code home.arpa} (RFC 8375, home networks) and all of {@code arpa} (reverse-lookup names,
     *     {@code in-addr.arpa}, {@code ip6.arpa}: no web hosts);</li>
     * <li>{@code lan}, {@code intranet}, {@code home}, {@code corp}, {@code mail}: names private networks
     *     use ({@code home}, {@code corp}, {@code mail} are withheld from the root zone by ICANN for
     *     that reason, name-collision risk);</li>
     * <li>{@code test}, {@code invalid} (RFC 6761: local testing, never resolves), {@code onion}
     *     (RFC 7686: Tor only), {@code alt} (RFC 9476: not DNS).</li>
     * </ul>
     */
    private static final Pattern INTERNAL_NAME = Pattern.compile("(^|\\.)(localhost|localdomain|local|svc|internal"
            + "|internal\\.cloudapp\\.net|home\\.arpa|arpa|lan|intranet|home|corp|mail|test|invalid|onion|alt)$");
    /** A DNS name in ASCII: letters, digits and hyphens, labels of 1–63 characters (IDNs as {@code xn--}). */
    private static final Pattern DNS_NAME = Pattern.compile(
            "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$");
    /**
     * A last label that makes a host numeric for browsers (WHATWG "ends in a number"): digits, or
     * {@code 0x} hex. Such a host must be a canonical dotted quad.
     */
    private static final Pattern NUMERIC_LABEL = Pattern.compile("^([0-9]+|0x[0-9a-f]*)$");
    /** Four decimal octets, no leading zeros (which some parsers read as octal). */
    private static final Pattern CANONICAL_IPV4 =
            Pattern.compile("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");
    /** Characters of an IPv6 literal between the brackets (no zone id, which only means something locally). */
    private static final Pattern IPV6_LITERAL = Pattern.compile("^[0-9a-f:.]+$");

    /** A refused address block. */
    private record Range(byte[] prefix, int bits, String name) {
        static Range of(String cidr, String name) {
            int slash = cidr.indexOf('/');
            try {
                byte[] p = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
                if (cidr.contains(":") && p.length == 4) {
                    // the JDK folds ::ffff:a.b.c.d into IPv4; keep the block as the 16 bytes written
                    throw new IllegalArgumentException(cidr);
                }
                return new Range(p, Integer.parseInt(cidr.substring(slash + 1)), name);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(byte[] a) {
            if (a.length != prefix.length) return false;
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != prefix[i]) return false;
            }
            int rest = bits % 8;
            if (rest == 0) return true;
            int mask = (0xff << (8 - rest)) & 0xff;
            return (a[full] & mask) == (prefix[full] & mask);
        }
    }

    /**
     * Every refused block, most specific first (IANA special-purpose registries, RFC 6890 and
     * successors). Cloud metadata endpoints fall inside them: 169.254.169.254 and 169.254.170.2
     * (link-local), fd00:ec2::254 (unique-local), 100.100.100.200 (carrier-grade NAT), 192.0.0.192
     * (IETF protocol block).
     */
    private static final List<Range> RANGES = List.of(
            Range.of("0.0.0.0/8", "unspecified (\"this network\") address"),
            Range.of("10.0.0.0/8", "private address"),
            Range.of("100.64.0.0/10", "carrier-grade NAT address"),
            Range.of("127.0.0.0/8", "loopback address"),
            Range.of("169.254.0.0/16", "link-local address"),
            Range.of("172.16.0.0/12", "private address"),
            Range.of("192.0.0.0/24", "IETF protocol address"),
            Range.of("192.0.2.0/24", "documentation address"),
            Range.of("192.88.99.0/24", "6to4 relay address"),
            Range.of("192.168.0.0/16", "private address"),
            Range.of("198.18.0.0/15", "benchmarking address"),
            Range.of("198.51.100.0/24", "documentation address"),
            Range.of("203.0.113.0/24", "documentation address"),
            Range.of("224.0.0.0/4", "multicast address"),
            Range.of("255.255.255.255/32", "broadcast address"),
            Range.of("240.0.0.0/4", "reserved address"),
            Range.of("::/128", "unspecified address"),
            Range.of("::1/128", "loopback address"),
            Range.of("::/96", "IPv4-compatible address"),
            Range.of("64:ff9b:1::/48", "local-use NAT64 address"),
            Range.of("100::/64", "discard-only address"),
            Range.of("2001::/23", "IETF protocol address (Teredo, benchmarking, ORCHID)"),
            Range.of("2001:db8::/32", "documentation address"),
            Range.of("3fff::/20", "documentation address"),
            Range.of("fc00::/7", "unique-local address"),
            Range.of("fe80::/10", "link-local address"),
            Range.of("fec0::/10", "site-local address"),
            Range.of("ff00::/8", "multicast address"));

    /** IPv6 blocks that carry an IPv4 address: allowed only when that address is. */
    private static final Range NAT64 = Range.of("64:ff9b::/96", "NAT64 address");
    private static final Range SIX_TO_FOUR = Range.of("2002::/16", "6to4 address");
    /** IPv6 global unicast; anything else not listed above is unassigned. */
    private static final Range GLOBAL_UNICAST = Range.of("2000::/3", "global unicast");

    private final Resolver resolver;
    private final boolean allowPrivate;
    private final Set<InetAddress> exempt;

    /**
     * @param resolver     looks names up ({@link #SYSTEM_RESOLVER} in production)
     * @param allowPrivate accept every host and address — only for local experiments, never in production
     */
    public AddressPolicy(Resolver resolver, boolean allowPrivate) {
        this(resolver, allowPrivate, Set.of());
    }

    /** As above, also accepting exactly the {@code exempt} addresses (a test seam for a stub on 127.0.0.1). */
    AddressPolicy(Resolver resolver, boolean allowPrivate, Set<InetAddress> exempt) {
        this.resolver = resolver;
        this.allowPrivate = allowPrivate;
        this.exempt = Set.copyOf(exempt);
    }

    /** Whether every host and address is accepted (local experiments and tests). */
    public boolean allowsPrivate() {
        return allowPrivate;
    }

    /**
     * Checks {@code host} (as a URL parser returned it: IPv6 literals in brackets) and returns its
     * addresses, all of them allowed. A literal address is not looked up; a name is looked up once.
     *
     * @throws PrecisException {@code invalid_url} when the host is malformed or a non-canonical number,
     *                         {@code forbidden_address} when the host or any address it resolves to is
     *                         refused, {@code fetch_failed} when it does not resolve
     */
    public List<InetAddress> check(String host) {
        if (host == null || host.isBlank()) {
            throw invalid("URL has no host");
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            return List.of(allowed(host, ipv6Literal(host, h.substring(1, h.length() - 1))));
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.length() > MAX_HOST_LENGTH || !DNS_NAME.matcher(h).matches()) {
            throw invalid("host '" + host + "' is not a valid DNS name (non-ASCII names must be written as xn--)");
        }
        String lastLabel = h.substring(h.lastIndexOf('.') + 1);
        if (NUMERIC_LABEL.matcher(lastLabel).matches()) {
            if (!CANONICAL_IPV4.matcher(h).matches()) {
                throw invalid("non-canonical numeric host '" + host + "' is refused; write the address as a.b.c.d");
            }
            return List.of(allowed(host, ipv4Literal(h)));
        }
        if (!allowPrivate) {
            if (INTERNAL_NAME.matcher(h).find()) {
                throw forbidden(host, "internal host name");
            }
            if (!h.contains(".")) {
                throw forbidden(host, "single-label host name");
            }
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(h);
        } catch (UnknownHostException e) {
            throw new PrecisException(ErrorCode.FETCH_FAILED, "host '" + host + "' does not resolve", "url", e);
        }
        if (addresses == null || addresses.isEmpty()) {
            throw new PrecisException(ErrorCode.FETCH_FAILED, "host '" + host + "' does not resolve", "url");
        }
        for (InetAddress a : addresses) {
            allowed(host, a);
        }
        return List.copyOf(addresses);
    }

    /** Returns {@code a} when it may be connected to, else throws {@code forbidden_address}. */
    private InetAddress allowed(String host, InetAddress a) {
        if (!allowPrivate && !exempt.contains(a)) {
            String why = refusal(a);
            if (why != null) {
                throw forbidden(host, why + " " + a.getHostAddress());
            }
        }
        return a;
    }

    /** Why {@code a} is refused, or null when it is a public unicast address. */
    static String refusal(InetAddress a) {
        byte[] b = a.getAddress();
        if (b.length == 16 && isMappedIpv4(b)) return "IPv4-mapped address";
        for (Range r : RANGES) {
            if (r.contains(b)) return r.name();
        }
        if (b.length == 16) {
            if (NAT64.contains(b)) return embedded(NAT64, b, 12);
            if (SIX_TO_FOUR.contains(b)) return embedded(SIX_TO_FOUR, b, 2);
            if (!GLOBAL_UNICAST.contains(b)) return "unassigned IPv6 address";
        }
        return null;
    }

    private static String embedded(Range outer, byte[] b, int at) {
        byte[] v4 = {b[at], b[at + 1], b[at + 2], b[at + 3]};
        for (Range r : RANGES) {
            if (r.contains(v4)) return outer.name() + " embedding a " + r.name();
        }
        return null;
    }

    private static boolean isMappedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) return false;
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }

    /** A canonical dotted quad as an address, without any lookup. */
    private static InetAddress ipv4Literal(String h) {
        String[] parts = h.split("\\.");
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            b[i] = (byte) Integer.parseInt(parts[i]);
        }
        try {
            return InetAddress.getByAddress(h, b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An IPv6 literal as an address, without any lookup. IPv4-mapped and dotted forms are refused as
     * non-canonical (write the IPv4 address), as are zone ids.
     */
    private static InetAddress ipv6Literal(String host, String inner) {
        if (!IPV6_LITERAL.matcher(inner).matches() || !inner.contains(":")) {
            throw invalid("host '" + host + "' is not a valid IPv6 literal (zone ids are refused)");
        }
        if (inner.contains(".")) {
            throw invalid("IPv6 literal with an embedded dotted IPv4 '" + host + "' is refused; write the IPv4 address");
        }
        try {
            InetAddress a = InetAddress.getByName("[" + inner + "]");
            if (!(a instanceof Inet6Address)) {
                throw invalid("IPv4-mapped IPv6 literal '" + host + "' is refused; write the IPv4 address");
            }
            return a;
        } catch (UnknownHostException e) {
            throw invalid("host '" + host + "' is not a valid IPv6 literal");
        }
    }

    private static PrecisException invalid(String message) {
        return new PrecisException(ErrorCode.INVALID_URL, message, "url");
    }

    private static PrecisException forbidden(String host, String why) {
        return new PrecisException(ErrorCode.FORBIDDEN_ADDRESS, "host '" + host + "' is not fetched: " + why, "url");
    }
}
