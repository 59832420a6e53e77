package dev.precis.model;

/** How a stored result was made: engine, versions, cost, time. */
public record Provenance(String engine, String model, String promptVersion, String extractorVersion,
                         long inputTokens, long outputTokens, int llmCalls, long durationMs,
                         String createdAt) {
}
