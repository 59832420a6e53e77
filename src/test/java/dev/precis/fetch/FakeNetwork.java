package dev.precis.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A resolver and a connector that record every call: names resolve to what the test says, and
 * connections either go to a loopback stub or are refused — a test never reaches a real host.
 */
final class FakeNetwork implements AddressPolicy.Resolver, HttpConnection.Connector {

    private final Map<String, List<List<InetAddress>>> answers = new HashMap<>();
    final List<String> lookups = Collections.synchronizedList(new ArrayList<>());
    final List<InetSocketAddress> connections = Collections.synchronizedList(new ArrayList<>());
    private final boolean connectToLoopback;

    /** @param connectToLoopback open real connections to 127.0.0.1 (the stub); everything else is refused */
    FakeNetwork(boolean connectToLoopback) {
        this.connectToLoopback = connectToLoopback;
    }

    /** {@code name} resolves to {@code addresses} (literal IPs, IPv4-mapped kept as IPv6 when prefixed with {@code v6:}). */
    FakeNetwork map(String name, String... addresses) {
        answers.computeIfAbsent(name, k -> new ArrayList<>()).add(parse(addresses));
        return this;
    }

    static List<InetAddress> parse(String... addresses) {
        List<InetAddress> list = new ArrayList<>();
        for (String a : addresses) {
            try {
                if (a.startsWith("v6:")) {
                    byte[] b = InetAddress.getByName(a.substring(3)).getAddress();
                    if (b.length == 4) {
                        b = new byte[]{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, b[0], b[1], b[2], b[3]};
                    }
                    list.add(Inet6Address.getByAddress(null, b, -1));
                } else {
                    list.add(InetAddress.getByName(a));
                }
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(a, e);
            }
        }
        return list;
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        lookups.add(host);
        List<List<InetAddress>> queue = answers.get(host);
        if (queue == null) throw new UnknownHostException(host);
        // successive lookups get successive answers (the last one repeats): a rebinding DNS server
        return queue.size() > 1 ? queue.remove(0) : queue.get(0);
    }

    @Override
    public Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException {
        connections.add(address);
        if (connectToLoopback && address.getAddress().isLoopbackAddress()) {
            return HttpConnection.DIRECT.connect(address, timeoutMillis);
        }
        throw new ConnectException("test network: no connection to " + address);
    }
}
