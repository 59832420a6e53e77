package dev.precis.function;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.function.Supplier;

/**
 * The SQS request queue as an {@link AsyncQueue}. Its client is built on the first async request, so
 * functions that never see one never load the SQS SDK (cold starts stay as they were).
 */
final class SqsQueue implements AsyncQueue {

    private final String queueUrl;
    private final Supplier<SqsClient> client;
    private volatile SqsClient built;

    SqsQueue(String queueUrl, Supplier<SqsClient> client) {
        this.queueUrl = queueUrl;
        this.client = client;
    }

    @Override
    public String send(String requestJson) {
        try {
            return client().sendMessage(m -> m.queueUrl(queueUrl).messageBody(requestJson)).messageId();
        } catch (SdkException e) {
            throw new PrecisException(ErrorCode.STORE_FAILED, "could not queue the request on " + queueUrl + ": "
                    + e.getMessage(), null, e);
        }
    }

    private SqsClient client() {
        SqsClient c = built;
        if (c == null) {
            synchronized (this) {   // held while the client is built once; no network call happens here
                c = built;
                if (c == null) {
                    c = client.get();
                    built = c;
                }
            }
        }
        return c;
    }
}
