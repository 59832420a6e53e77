/**
 * Benchmark runners for the extractor: F1 on the shared evaluation sets and speed against jsoup parse-only
 * ({@code ExtractBench}), and speed against another build of the extractor ({@code AgainstBench}).
 */
package dev.precis.extract.bench;
