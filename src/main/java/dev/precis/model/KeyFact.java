package dev.precis.model;

/**
 * One fact from the article, with the passage that states it.
 *
 * @param fact     the fact in a few words
 * @param quote    the article's own words that state it, {@code Article.text().substring(start, end)}
 * @param start    offset of the quote in {@link Article#text()}
 * @param end      offset just past the quote
 * @param verified true only when code found the quote in the body
 * @param match    how code found it: {@link Quote#EXACT}, {@link Quote#NORMALIZED} or {@link Quote#ALIGNED}
 */
public record KeyFact(String fact, String quote, int start, int end, boolean verified, String match) {
}
