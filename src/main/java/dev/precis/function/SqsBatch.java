package dev.precis.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.Deadline;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.S3Location;
import dev.precis.model.S3Source;
import dev.precis.model.SummarizeRequest;
import dev.precis.pipeline.Pipeline;
import dev.precis.store.Layout;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * One SQS batch. Each message — a {@link SummarizeRequest} or an S3 event notification — is handled on
 * its own: success and permanent failures recorded beside their source are acknowledged; transient
 * failures, and permanent ones with no place to record them, are returned in {@code batchItemFailures}
 * so SQS retries them and, after {@code maxReceiveCount}, moves them to the DLQ. None is dropped.
 */
final class SqsBatch {

    private static final Logger LOG = Logger.getLogger(SqsBatch.class);

    private final Pipeline pipeline;
    private final RequestParser parser;
    private final ObjectMapper mapper;
    private final Metrics metrics;
    /** Where sources arrive ({@code precis.sources.s3.incoming-prefix}), or null for any key. */
    private final String incomingPrefix;

    SqsBatch(Pipeline pipeline, RequestParser parser, ObjectMapper mapper, Metrics metrics) {
        this(pipeline, parser, mapper, metrics, null);
    }

    SqsBatch(Pipeline pipeline, RequestParser parser, ObjectMapper mapper, Metrics metrics, String incomingPrefix) {
        this.pipeline = pipeline;
        this.parser = parser;
        this.mapper = mapper;
        this.metrics = metrics;
        this.incomingPrefix = incomingPrefix == null || incomingPrefix.isEmpty() ? null : incomingPrefix;
    }

    static boolean isSqs(JsonNode event) {
        return event != null && event.path("Records").isArray() && !event.path("Records").isEmpty()
                && "aws:sqs".equals(event.path("Records").get(0).path("eventSource").asText());
    }

    /**
     * Handles every record, side by side up to the runner's bound, and returns the SQS partial-batch
     * response.
     *
     * @param deadline when the invocation ends: model calls stop before it, and records not finished
     *                 {@code precis.batch.safety-margin} before it are handed back to SQS
     */
    Map<String, Object> handle(JsonNode event, BatchRunner runner, Deadline deadline) {
        List<String> ids = new ArrayList<>();
        List<Callable<?>> work = new ArrayList<>();
        for (JsonNode record : event.path("Records")) {
            String messageId = record.path("messageId").asText();
            String body = record.path("body").asText();
            ids.add(messageId);
            work.add(() -> {
                List<SummarizeRequest> requests;
                try {
                    requests = requests(body);
                } catch (PrecisException e) {
                    Observed.rejected(metrics, "sqs", messageId, e);
                    throw e;
                }
                for (SummarizeRequest request : requests) {
                    processOne(messageId, request, deadline);
                }
                return null;
            });
        }
        List<BatchRunner.Result> results = runner.run(work, deadline);
        List<Map<String, String>> failures = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            BatchRunner.Result r = results.get(i);
            if (r.status() == BatchRunner.Status.DONE) continue;
            String messageId = ids.get(i);
            PrecisException pe = ErrorBody.find(r.failure());
            if (r.status() == BatchRunner.Status.OUT_OF_TIME) {
                LOG.warnf("message %s not finished before the deadline; left for retry", messageId);
            } else if (pe == null) {
                LOG.errorf(r.failure(), "message %s failed", messageId);
            } else {
                LOG.warnf("message %s failed (%s): %s", messageId, pe.code().id(), pe.getMessage());
            }
            failures.add(Map.of("itemIdentifier", messageId));
        }
        return Map.of("batchItemFailures", failures);
    }

    /** The work a message asks for: one request, or one per created object of an S3 notification. */
    private List<SummarizeRequest> requests(String body) {
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (IOException e) {
            throw new PrecisException(ErrorCode.INVALID_JSON, "message body is not JSON: " + e.getMessage());
        }
        if (node != null && node.path("Records").isArray()) {
            List<SummarizeRequest> out = new ArrayList<>();
            for (JsonNode r : node.path("Records")) {
                if (!"aws:s3".equals(r.path("eventSource").asText())
                        || !r.path("eventName").asText().startsWith("ObjectCreated")) {
                    continue;
                }
                String bucket = r.path("s3").path("bucket").path("name").asText();
                // S3 notifications URL-encode keys, with '+' for spaces.
                String key = URLDecoder.decode(r.path("s3").path("object").path("key").asText(), StandardCharsets.UTF_8);
                S3Location object = new S3Location(bucket, key);
                if (Layout.isOutput(key) || pipeline.isOwnOutput(object)) {
                    LOG.debugf("ignored %s: Precis wrote it", object.uri());   // no loops, even if notified
                    continue;
                }
                if (incomingPrefix != null && !key.startsWith(incomingPrefix)) {
                    LOG.infof("ignored %s: outside the incoming prefix %s (precis.sources.s3.incoming-prefix)",
                            object.uri(), incomingPrefix);
                    continue;
                }
                out.add(new S3Source(object, List.of()));
            }
            return out;
        }
        if (node != null && "s3:TestEvent".equals(node.path("Event").asText())) {
            return List.of(); // sent once when a notification is configured
        }
        return List.of(parser.parse(node));
    }

    private void processOne(String messageId, SummarizeRequest request, Deadline deadline) {
        try {
            var outcome = Observed.process(pipeline, metrics, "sqs", messageId, request, deadline);
            LOG.debugf("message %s: %s %s", messageId, outcome.reused() ? "reused" : "stored", outcome.location());
        } catch (PrecisException e) {
            if (e.code().retryable()) throw e;
            var where = pipeline.recordFailure(request, e);
            if (where.isEmpty()) throw e;
            LOG.infof("message %s: %s recorded at %s", messageId, e.code().id(), where.get());
        }
    }
}
