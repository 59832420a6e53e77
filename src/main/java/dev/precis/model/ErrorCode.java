package dev.precis.model;

/**
 * Stable error codes. Each says whether the caller is at fault (4xx, never retried, CLI exit 3) or an
 * upstream failed (5xx, retried from SQS, CLI exit 4).
 */
public enum ErrorCode {
    INVALID_REQUEST(400, false),
    INVALID_JSON(400, false),
    INVALID_URL(400, false),
    FORBIDDEN_ADDRESS(403, false),
    /** An S3 source in a bucket outside {@code precis.sources.s3.allowed-buckets}. */
    FORBIDDEN_SOURCE(403, false),
    SOURCE_NOT_FOUND(404, false),
    SOURCE_REFUSED(422, false),
    TOO_LARGE(413, false),
    UNSUPPORTED_MEDIA_TYPE(415, false),
    EMPTY_ARTICLE(422, false),
    FETCH_FAILED(502, true),
    LLM_UNAVAILABLE(503, true),
    LLM_REJECTED(502, false),
    LLM_INVALID_OUTPUT(502, true),
    STORE_FAILED(503, true),
    /** The work did not finish before its deadline (HTTP's, or the invocation's); trying again later may. */
    TIMEOUT(503, true),
    INTERNAL(500, true);

    private final int httpStatus;
    private final boolean retryable;

    ErrorCode(int httpStatus, boolean retryable) {
        this.httpStatus = httpStatus;
        this.retryable = retryable;
    }

    /** The HTTP status a caller sees. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Whether trying again later may succeed (SQS: leave the message for retry, then the DLQ). */
    public boolean retryable() {
        return retryable;
    }

    /** Whether the caller's input is at fault. */
    public boolean isClientError() {
        return httpStatus < 500;
    }

    /** The code as it appears in JSON and on stderr: {@code invalid_request}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
