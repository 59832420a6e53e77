/** Benchmark runner for the extractor: F1 on the shared evaluation sets and speed against jsoup parse-only. */
package dev.precis.extract.bench;
