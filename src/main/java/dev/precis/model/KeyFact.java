package dev.precis.model;

/**
 * One fact from the article, with the passage that states it.
 *
 * @param fact     the fact in a few words
 * @param quote    a verbatim sentence or clause of the article
 * @param start    offset of the quote in {@link Article#text()}
 * @param end      offset just past the quote
 * @param verified true only when code found the quote in the body
 */
public record KeyFact(String fact, String quote, int start, int end, boolean verified) {
}
