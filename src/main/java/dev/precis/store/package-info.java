/**
 * Reads and writes results beside their source, on S3 or on disk: key layout
 * ({@code x.html} → {@code x.summary.json}), whole-object writes, and the "already done?" lookup.
 */
package dev.precis.store;
