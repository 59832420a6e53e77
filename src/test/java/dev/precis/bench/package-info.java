/**
 * Benchmarks run by hand ({@code bin/bench-coldstart}), not by {@code mvn verify}: the cold start of
 * the packaged function through the Lambda Runtime API, next to a minimal Quarkus Lambda.
 */
package dev.precis.bench;
