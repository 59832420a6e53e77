package dev.precis.fetch;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;

import java.net.URI;
import java.time.Duration;

/** The moment a fetch must be done by ({@code precis.fetch.read-timeout} from its start), over all hops. */
final class Deadline {

    private final Duration limit;
    private final long endNanos;

    Deadline(Duration limit) {
        this.limit = limit;
        this.endNanos = System.nanoTime() + limit.toNanos();
    }

    /** Milliseconds left, at least 1 while any time is left, 0 once it has passed. */
    int remainingMillis() {
        long nanos = endNanos - System.nanoTime();
        if (nanos <= 0) return 0;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, nanos / 1_000_000));
    }

    boolean expired() {
        return endNanos - System.nanoTime() <= 0;
    }

    /** The error for a fetch that ran out of time, naming the limit. */
    PrecisException timeout(URI uri) {
        return new PrecisException(ErrorCode.FETCH_FAILED, "fetching " + uri
                + " took longer than precis.fetch.read-timeout (" + format(limit.toMillis()) + ")", "url");
    }

    /** {@code 20s} or {@code 500ms}. */
    static String format(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
