package dev.precis.summarize;

import dev.langchain4j.exception.HttpException;

import java.time.Duration;
import java.util.Optional;

/** An error status from a provider's HTTP API, with the wait its {@code Retry-After} header asked for. */
public final class ProviderHttpException extends HttpException {

    private final transient Duration retryAfter;

    ProviderHttpException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    /** The wait the provider asked for, when it did. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
