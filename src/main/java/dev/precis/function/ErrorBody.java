package dev.precis.function;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;

/** The JSON every trigger answers a failure with: {@code {"error", "message", "field"}}. */
record ErrorBody(String error, String message, String field) {

    static ErrorBody of(PrecisException e) {
        return new ErrorBody(e.code().id(), e.getMessage(), e.field());
    }

    static ErrorBody internal() {
        return new ErrorBody(ErrorCode.INTERNAL.id(), "internal error; see the function's log", null);
    }

    /** The {@link PrecisException} in a cause chain, or null. */
    static PrecisException find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof PrecisException pe) return pe;
            if (c.getCause() == c) break;
        }
        return null;
    }
}
