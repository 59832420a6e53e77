package dev.precis.function;

/** Where {@code "async": true} requests go to be done later: the SQS request queue. */
interface AsyncQueue {

    /**
     * Queues one request body.
     *
     * @return the queue's id of the message
     * @throws dev.precis.model.PrecisException {@code store_failed} when the queue cannot be reached
     */
    String send(String requestJson);
}
