package dev.precis.function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.Deadline;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.pipeline.Outcome;
import dev.precis.pipeline.Pipeline;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Lambda entry point: reads each event and dispatches by its shape — an SQS batch, an API Gateway
 * HTTP API (v2) or REST (v1) proxy event, or a direct invoke with a bare request.
 */
@Named("precis")
public class LambdaHandler implements RequestStreamHandler {

    @Inject
    Pipeline pipeline;

    @Inject
    ObjectMapper mapper;

    @Inject
    BatchRunner batchRunner;

    @Inject
    Metrics metrics;

    /** Longest Lambda timeout (15 minutes): a larger "remaining time" is not a real deadline. */
    private static final long MAX_LAMBDA_MILLIS = 900_000;
    /** Set by the Lambda service; absent under quarkus dev and tests, whose mock server sends no deadline. */
    private static final boolean ON_LAMBDA = System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null;

    /** When this invocation ends; {@link Deadline#NONE} outside Lambda (dev mode, tests). */
    private static Deadline deadline(Context context) {
        long remaining = context == null || !ON_LAMBDA ? -1 : context.getRemainingTimeInMillis();
        return remaining > 0 && remaining <= MAX_LAMBDA_MILLIS ? Deadline.in(Duration.ofMillis(remaining)) : Deadline.NONE;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        if (context != null && context.getAwsRequestId() != null) {
            org.jboss.logging.MDC.put(Observed.REQUEST_ID, context.getAwsRequestId());
        }
        try {
            mapper.writeValue(output, dispatch(mapper.readTree(input), context));
        } finally {
            org.jboss.logging.MDC.remove(Observed.REQUEST_ID);
        }
    }

    private Object dispatch(JsonNode event, Context context) {
        Object response;
        if (SqsBatch.isSqs(event)) {
            response = new SqsBatch(pipeline, new RequestParser(mapper), mapper, metrics).handle(event, batchRunner,
                    deadline(context));
        } else if (event != null && "2.0".equals(event.path("version").asText()) && event.has("requestContext")) {
            response = proxy(event.path("requestContext").path("http").path("method").asText(),
                    event.path("rawPath").asText(), event, deadline(context));
        } else if (event != null && event.has("httpMethod") && event.has("requestContext")) {
            response = proxy(event.path("httpMethod").asText(), event.path("path").asText(), event, deadline(context));
        } else {
            response = direct(event, deadline(context));
        }
        return response;
    }

    /** An API Gateway proxy event → a proxy response with the right status code. */
    private Map<String, Object> proxy(String method, String path, JsonNode event, Deadline deadline) {
        if (!path.endsWith("/summarize")) {
            return proxyResponse(404, new ErrorBody("not_found", "no such route: " + path + "; use POST /summarize", null));
        }
        if (!"POST".equalsIgnoreCase(method)) {
            return proxyResponse(405, new ErrorBody("method_not_allowed", "use POST /summarize", null));
        }
        String body = event.path("body").isNull() ? null : event.path("body").asText(null);
        if (body != null && event.path("isBase64Encoded").asBoolean(false)) {
            body = new String(Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8);
        }
        String json = body;
        try {
            Outcome outcome = Observed.process(pipeline, metrics, "http", null, () -> new RequestParser(mapper).parse(json),
                    deadline);
            return proxyResponse(200, new SummarizeResponse(outcome.location(), outcome.reused(), outcome.result()));
        } catch (PrecisException e) {
            return proxyResponse(e.code().httpStatus(), ErrorBody.of(e));   // Observed logged and counted it
        } catch (RuntimeException e) {
            return proxyResponse(500, ErrorBody.internal());                // Observed logged it with its trace
        }
    }

    private Map<String, Object> proxyResponse(int status, Object body) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("statusCode", status);
        r.put("headers", Map.of("Content-Type", "application/json"));
        try {
            r.put("body", mapper.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException("responses always serialize", e);
        }
        r.put("isBase64Encoded", false);
        return r;
    }

    /**
     * A direct invoke: the event is the request. A caller's error is answered with an error body; an
     * upstream failure is thrown so Lambda reports the invocation as failed (and async invokes retry).
     */
    private Object direct(JsonNode event, Deadline deadline) {
        try {
            Outcome outcome = Observed.process(pipeline, metrics, "direct", null,
                    () -> new RequestParser(mapper).parse(event instanceof ObjectNode ? event : null), deadline);
            return new SummarizeResponse(outcome.location(), outcome.reused(), outcome.result());
        } catch (PrecisException e) {
            if (e.code().retryable()) throw e;
            return ErrorBody.of(e);
        }
    }

}
