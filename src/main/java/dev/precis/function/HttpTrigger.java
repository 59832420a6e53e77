package dev.precis.function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.Deadline;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.SummarizeRequest;
import dev.precis.pipeline.Outcome;
import dev.precis.pipeline.Pipeline;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A request from a caller who waits for the answer (API Gateway, {@code POST /summarize}): parsed with its
 * answer options, then either queued ({@code "async": true} → 202 with where the result will be) or
 * worked until {@code precis.http.deadline} (or the invocation's end, if sooner) and stopped there — the
 * caller gets 503 {@code timeout} with {@code Retry-After}, and no model call goes on spending after it.
 */
final class HttpTrigger {

    /** An answer: status, headers and the body to write as JSON. */
    record Reply(int status, Map<String, String> headers, Object body) {
    }

    /** The 202 body of an async request: where the result will appear, and the queue's message id. */
    record Queued(String location, String status, String messageId) {
    }

    /** Seconds a caller answered 503 is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(HttpTrigger.class);
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    /** Runs each request's work so the caller can stop waiting (and stop the work) at the deadline. */
    private static final ExecutorService WORK = Executors.newCachedThreadPool(new java.util.concurrent.ThreadFactory() {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "precis-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    private final Pipeline pipeline;
    private final Metrics metrics;
    private final ObjectMapper mapper;
    private final Duration deadline;
    private final AsyncQueue queue;

    /**
     * @param deadline {@code precis.http.deadline}
     * @param queue    where async requests go, or null when {@code precis.async.queue-url} is unset
     */
    HttpTrigger(Pipeline pipeline, Metrics metrics, ObjectMapper mapper, Duration deadline, AsyncQueue queue) {
        this.pipeline = pipeline;
        this.metrics = metrics;
        this.mapper = mapper;
        this.deadline = deadline;
        this.queue = queue;
    }

    /**
     * Answers one request.
     *
     * @param parse      parses the body, answer options included; throws {@link PrecisException} for a bad one
     * @param invocation when the invocation ends (Lambda), or {@link Deadline#NONE}
     */
    Reply handle(Supplier<RequestParser.Parsed> parse, Deadline invocation) {
        RequestParser.Parsed parsed;
        try {
            parsed = parse.get();
        } catch (PrecisException e) {
            Observed.rejected(metrics, "http", null, e);
            return error(e);
        }
        return parsed.async() ? enqueue(parsed) : work(parsed, Deadline.in(deadline).earlier(invocation));
    }

    private Reply work(RequestParser.Parsed parsed, Deadline until) {
        Object requestId = MDC.get(Observed.REQUEST_ID);
        Future<Outcome> work = WORK.submit(() -> {
            if (requestId != null) MDC.put(Observed.REQUEST_ID, requestId);
            try {
                return Observed.process(pipeline, metrics, "http", null, parsed.request(), until);
            } finally {
                MDC.remove(Observed.REQUEST_ID);
            }
        });
        try {
            Outcome outcome = work.get(until.remainingNanos(), TimeUnit.NANOSECONDS);
            return new Reply(200, JSON, Answers.of(outcome, parsed.include(), mapper));
        } catch (TimeoutException e) {
            work.cancel(true);   // interrupts the work: a model call in flight is given up, no retry starts
            LOG.infof("HTTP request for %s stopped at its deadline", parsed.request().sourceName());
            return error(new PrecisException(ErrorCode.TIMEOUT, "the request took longer than precis.http.deadline ("
                    + deadline.toMillis() / 1000.0 + " s) or the invocation's time and was stopped; try again later, "
                    + "or send \"async\": true to have it done from the queue", null));
        } catch (ExecutionException e) {
            PrecisException pe = ErrorBody.find(e.getCause());
            return pe != null ? error(pe) : new Reply(500, JSON, ErrorBody.internal());   // Observed logged it
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            return error(new PrecisException(ErrorCode.TIMEOUT, "interrupted while the request was being processed", null));
        }
    }

    private Reply enqueue(RequestParser.Parsed parsed) {
        SummarizeRequest request = parsed.request();
        try {
            if (queue == null) {
                throw new PrecisException(ErrorCode.INVALID_REQUEST, "async needs the request queue, and "
                        + "precis.async.queue-url is not set here; leave async out to wait for the answer", "async");
            }
            if (!parsed.include().isEmpty()) {
                throw new PrecisException(ErrorCode.INVALID_REQUEST, "include does not go with async: the stored "
                        + "result at the answer's location has the whole article", "include");
            }
            pipeline.validate(request);   // a request that cannot succeed is refused now, not from the queue
        } catch (PrecisException e) {
            Observed.rejected(metrics, "http", null, e);
            return error(e);
        }
        try {
            String location = pipeline.resultLocation(request);
            String messageId = queue.send(mapper.writeValueAsString(json(request)));
            LOG.infof("queued %s; its result goes to %s (message %s)", request.sourceName(), location, messageId);
            return new Reply(202, JSON, new Queued(location, "queued", messageId));
        } catch (PrecisException e) {
            LOG.warnf("could not queue %s: %s", request.sourceName(), e.getMessage());
            return error(e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("requests always serialize", e);
        }
    }

    /** The request as a queue message: the body a sender would post, without answer options. */
    private ObjectNode json(SummarizeRequest request) {
        ObjectNode node = mapper.createObjectNode();
        request.match(
                url -> node.put("url", url.url()),
                html -> node.put("html", html.html()).put("baseUrl", html.baseUrl()),
                s3 -> {
                    ObjectNode o = node.putObject("s3");
                    return o.put("bucket", s3.object().bucket()).put("key", s3.object().key());
                },
                text -> node.put("text", text.text()),
                file -> {
                    throw new IllegalArgumentException("file sources are the CLI's alone");
                });
        if (node.path("baseUrl").isNull()) node.remove("baseUrl");
        if (!request.questions().isEmpty()) request.questions().forEach(node.putArray("questions")::add);
        return node;
    }

    /** The error answer: its status, and {@code Retry-After} when trying again later may work (503). */
    static Reply error(PrecisException e) {
        int status = e.code().httpStatus();
        Map<String, String> headers = status == 503
                ? Map.of("Content-Type", "application/json", "Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
                : JSON;
        return new Reply(status, headers, ErrorBody.of(e));
    }
}
