package dev.precis.summarize;

/**
 * A half-open character range {@code [start, end)} in an article body.
 *
 * @param start offset of the first character
 * @param end   offset just past the last character
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }
}
