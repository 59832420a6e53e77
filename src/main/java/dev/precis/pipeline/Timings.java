package dev.precis.pipeline;

/**
 * Where the time of one request went, in milliseconds (0 for a stage that did not run).
 *
 * @param fetchMs   getting the source (URL, S3 object, file)
 * @param extractMs HTML → article
 * @param llmMs     the engine: model calls and the quote check
 * @param storeMs   reading an earlier result and writing the new one
 * @param totalMs   the whole request
 */
public record Timings(long fetchMs, long extractMs, long llmMs, long storeMs, long totalMs) {

    /** Nothing measured. */
    public static final Timings NONE = new Timings(0, 0, 0, 0, 0);
}
