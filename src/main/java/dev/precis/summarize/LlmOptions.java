package dev.precis.summarize;

import java.time.Duration;

/**
 * How an {@link LlmEngine} uses its model (keys under {@code precis.llm.*}).
 *
 * @param timeout            longest wait for one model call ({@code timeout})
 * @param maxRetries         retries of one call on 429, 5xx, timeouts and connection errors ({@code max-retries})
 * @param maxConcurrentCalls model calls in flight at once in this instance ({@code max-concurrent-calls})
 * @param deadlineMargin     time kept free before a caller's deadline ({@code deadline-margin})
 * @param maxInputTokens     most article tokens sent in one call, estimated as characters / 4
 *                           ({@code max-input-tokens}); a longer article is read in parts
 * @param maxKeyFacts        most key facts asked for ({@code precis.summary.max-key-facts})
 */
public record LlmOptions(Duration timeout, int maxRetries, int maxConcurrentCalls, Duration deadlineMargin,
                         int maxInputTokens, int maxKeyFacts) {

    public LlmOptions {
        if (maxConcurrentCalls < 1) throw new IllegalArgumentException("precis.llm.max-concurrent-calls must be at least 1");
        if (maxInputTokens < 500) throw new IllegalArgumentException("precis.llm.max-input-tokens must be at least 500");
        if (maxRetries < 0) throw new IllegalArgumentException("precis.llm.max-retries must not be negative");
    }

    /** The defaults of {@code PrecisConfig}. */
    public static LlmOptions defaults() {
        return new LlmOptions(Duration.ofSeconds(60), 2, 4, Duration.ofSeconds(3), 6000, 6);
    }

    public LlmOptions withMaxInputTokens(int tokens) {
        return new LlmOptions(timeout, maxRetries, maxConcurrentCalls, deadlineMargin, tokens, maxKeyFacts);
    }

    public LlmOptions withMaxRetries(int retries) {
        return new LlmOptions(timeout, retries, maxConcurrentCalls, deadlineMargin, maxInputTokens, maxKeyFacts);
    }
}
