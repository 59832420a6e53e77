package dev.precis.model;

import java.time.Duration;
import java.time.Instant;

/**
 * When work must be done by — or {@link #NONE}. The one way "by when" is written in Precis: the Lambda's
 * end, a batch record's share of it, one model call's budget, one URL fetch's read timeout. Measured on
 * the monotonic clock from the moment it is made, so wall-clock changes do not move it.
 */
public final class Deadline {

    /** No deadline: {@link #expired()} is never true and {@link #remaining(Duration)} is its cap. */
    public static final Deadline NONE = new Deadline(0, true);

    private final long endNanos;
    private final boolean none;

    private Deadline(long endNanos, boolean none) {
        this.endNanos = endNanos;
        this.none = none;
    }

    /** The deadline {@code time} from now (a negative or zero time has already passed). */
    public static Deadline in(Duration time) {
        return new Deadline(System.nanoTime() + saturatedNanos(time), false);
    }

    /** The deadline at {@code instant} on the wall clock, e.g. the end of a Lambda invocation. */
    public static Deadline at(Instant instant) {
        return in(Duration.between(Instant.now(), instant));
    }

    /** Whether this is {@link #NONE}. */
    public boolean isNone() {
        return none;
    }

    /** Whether the deadline has passed ({@link #NONE}: never). */
    public boolean expired() {
        return !none && endNanos - System.nanoTime() <= 0;
    }

    /**
     * Time left, but at most {@code cap}: the budget of a step that has its own limit (a model call's
     * {@code precis.llm.timeout}). {@link Duration#ZERO} once passed; {@code cap} when there is none.
     */
    public Duration remaining(Duration cap) {
        if (none) return cap;
        long left = Math.max(0, endNanos - System.nanoTime());
        return left < saturatedNanos(cap) ? Duration.ofNanos(left) : cap;
    }

    /** Nanoseconds left, 0 once passed; {@link Long#MAX_VALUE} (centuries) for {@link #NONE}: a timed wait's argument. */
    public long remainingNanos() {
        return none ? Long.MAX_VALUE : Math.max(0, endNanos - System.nanoTime());
    }

    /** Whole milliseconds left for a socket timeout: at least 1 while any time is left, 0 once passed. */
    public int remainingMillis() {
        if (none) return Integer.MAX_VALUE;
        long nanos = endNanos - System.nanoTime();
        if (nanos <= 0) return 0;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, nanos / 1_000_000));
    }

    /** The deadline {@code margin} earlier ({@link #NONE} stays none): time kept free before the end. */
    public Deadline minus(Duration margin) {
        return none ? this : new Deadline(endNanos - saturatedNanos(margin), false);
    }

    /** Whichever of the two comes first. */
    public Deadline earlier(Deadline other) {
        if (none) return other;
        if (other.none) return this;
        return endNanos - other.endNanos <= 0 ? this : other;
    }

    @Override
    public String toString() {
        return none ? "no deadline" : "deadline in " + Math.max(0, (endNanos - System.nanoTime()) / 1_000_000) + " ms";
    }

    /** Nanoseconds of {@code d}, capped at about 292 years instead of overflowing. */
    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return d.isNegative() ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
    }
}
