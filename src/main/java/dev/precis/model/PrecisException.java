package dev.precis.model;

/** A failure with a stable {@link ErrorCode}, a message a user can act on, and the field at fault. */
public class PrecisException extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    public PrecisException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    public PrecisException(ErrorCode code, String message, String field) {
        this(code, message, field, null);
    }

    public PrecisException(ErrorCode code, String message, String field, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.field = field;
    }

    public ErrorCode code() {
        return code;
    }

    /** The request field at fault ({@code url}, {@code questions[2]}), or null. */
    public String field() {
        return field;
    }
}
