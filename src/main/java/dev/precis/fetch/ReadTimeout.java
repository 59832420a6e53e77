package dev.precis.fetch;

import dev.precis.model.Deadline;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;

import java.net.URI;
import java.time.Duration;

/**
 * {@code precis.fetch.read-timeout} as one fetch spends it: the {@link Deadline} it sets from the fetch's
 * start, over all hops, and the limit that an error names.
 *
 * @param limit    the configured time for the whole fetch
 * @param deadline when that time is up
 */
record ReadTimeout(Duration limit, Deadline deadline) {

    /** The read timeout of a fetch starting now. */
    static ReadTimeout startingNow(Duration limit) {
        return new ReadTimeout(limit, Deadline.in(limit));
    }

    /** The error for a fetch that ran out of time, naming the limit. */
    PrecisException exceeded(URI uri) {
        return new PrecisException(ErrorCode.FETCH_FAILED, "fetching " + uri
                + " took longer than precis.fetch.read-timeout (" + format(limit.toMillis()) + ")", "url");
    }

    /** {@code 20s} or {@code 500ms}. */
    static String format(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
