package dev.precis.model;

/**
 * How the quotes of one result were found, and how many could not be: for logs and metrics.
 *
 * @param exact      quotes stored that the engine gave character for character
 * @param normalized quotes stored that matched once normalized
 * @param aligned    quotes stored that were aligned word by word (the article's words stored)
 * @param dropped    quotes of the engine's answer that code could not place in the article (missing,
 *                   too short, not found, or differing in a meaning-bearing word)
 */
public record QuoteCounts(int exact, int normalized, int aligned, int dropped) {

    /** No quotes at all (a reused result, or nothing summarized). */
    public static final QuoteCounts NONE = new QuoteCounts(0, 0, 0, 0);
}
