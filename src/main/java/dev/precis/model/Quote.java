package dev.precis.model;

/**
 * A passage cited from the article body: the article's own words, wherever the engine's version of
 * them differed.
 *
 * @param quote    the passage, {@code Article.text().substring(start, end)}
 * @param start    offset of its first character in {@link Article#text()}
 * @param end      offset just past its last character
 * @param verified true only when code found the passage in the body
 * @param match    how code found it: {@link #EXACT}, {@link #NORMALIZED} or {@link #ALIGNED}
 */
public record Quote(String quote, int start, int end, boolean verified, String match) {

    /** The engine's quote is the article's text, character for character. */
    public static final String EXACT = "exact";
    /**
     * The engine's quote is the article's text once both are normalized: Unicode NFKC, curly quotes
     * and dashes made straight, whitespace runs as one space, surrounding quotation marks dropped.
     */
    public static final String NORMALIZED = "normalized";
    /**
     * The engine's quote was aligned word by word to the article, within the documented tolerance
     * (case, punctuation, ellipses, brackets, a dropped phrase, one word of its own), and the
     * article's words were stored in its place.
     */
    public static final String ALIGNED = "aligned";
}
