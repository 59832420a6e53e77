/**
 * The order of work — validate → fetch → extract → reuse or summarize → store — for one request, with
 * single flight per result location ({@link dev.precis.pipeline.InFlight}), the re-run check that skips
 * the model when an identical result exists, and the wiring of all stages from configuration.
 */
package dev.precis.pipeline;
