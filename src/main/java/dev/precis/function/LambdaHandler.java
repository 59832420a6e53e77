package dev.precis.function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.config.PrecisConfig;
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

    @Inject
    HttpTrigger http;

    @Inject
    PrecisConfig config;

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
            response = new SqsBatch(pipeline, new RequestParser(mapper), mapper, metrics,
                    config.sources().s3().incomingPrefix().orElse(null)).handle(event, batchRunner,
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
        HttpTrigger.Reply reply = http.handle(() -> new RequestParser(mapper).parseWithOptions(json), deadline);
        return proxyResponse(reply.status(), reply.headers(), reply.body());
    }

    private Map<String, Object> proxyResponse(int status, Object body) {
        return proxyResponse(status, Map.of("Content-Type", "application/json"), body);
    }

    private Map<String, Object> proxyResponse(int status, Map<String, String> headers, Object body) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("statusCode", status);
        r.put("headers", headers);
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
            java.util.Set<String> include = new java.util.HashSet<>();
            Outcome outcome = Observed.process(pipeline, metrics, "direct", null, () -> {
                RequestParser.Parsed parsed = new RequestParser(mapper).parseWithOptions(event instanceof ObjectNode ? event : null);
                if (parsed.async()) {
                    throw new PrecisException(ErrorCode.INVALID_REQUEST, "async is for HTTP requests; invoke the "
                            + "function with InvocationType Event to have it work without waiting", "async");
                }
                include.addAll(parsed.include());
                return parsed.request();
            }, deadline);
            return Answers.of(outcome, include, mapper);
        } catch (PrecisException e) {
            if (e.code().retryable()) throw e;
            return ErrorBody.of(e);
        }
    }

}
