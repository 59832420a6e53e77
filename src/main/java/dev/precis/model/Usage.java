package dev.precis.model;

/**
 * What an engine spent on one article.
 *
 * @param engine        engine id with model, e.g. {@code openai:gpt-4o-mini} or {@code builtin-extractive}
 * @param model         model name, or null for the built-in engine
 * @param promptVersion version of the prompt resources used, or null for the built-in engine
 * @param inputTokens   tokens sent, as the provider reported them (0 for the built-in engine)
 * @param outputTokens  tokens received
 * @param llmCalls      number of model calls
 */
public record Usage(String engine, String model, String promptVersion, long inputTokens, long outputTokens,
                    int llmCalls) {
}
