package dev.precis.function;

/**
 * Carries an answer other than 200 out of the Funqy function, whose return value is always written with
 * 200: {@link HttpErrors} writes its status, headers and body (202 for async, 4xx/5xx for errors).
 */
final class HttpReplyException extends RuntimeException {

    private final transient HttpTrigger.Reply reply;

    HttpReplyException(HttpTrigger.Reply reply) {
        super("HTTP " + reply.status(), null, false, false);
        this.reply = reply;
    }

    HttpTrigger.Reply reply() {
        return reply;
    }
}
