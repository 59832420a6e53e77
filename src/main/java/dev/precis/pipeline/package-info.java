/**
 * The order of work — fetch → extract → summarize → store — with the re-run check that skips the
 * model when an identical result exists, and the wiring of all stages from configuration.
 */
package dev.precis.pipeline;
