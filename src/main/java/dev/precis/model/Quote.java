package dev.precis.model;

/**
 * A passage cited from the article body.
 *
 * @param quote    the passage as the engine gave it
 * @param start    offset of its first character in {@link Article#text()}, or -1 when not found
 * @param end      offset just past its last character, or -1 when not found
 * @param verified true only when code found the passage in the body
 */
public record Quote(String quote, int start, int end, boolean verified) {
}
