package dev.precis.function;

import dev.precis.model.Deadline;
import dev.precis.model.PrecisException;
import dev.precis.model.Provenance;
import dev.precis.model.SummarizeRequest;
import dev.precis.pipeline.Outcome;
import dev.precis.pipeline.Pipeline;
import dev.precis.pipeline.Timings;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs one article through the pipeline with its log context and metrics: the MDC carries the request
 * id, SQS message id and source while it runs; afterwards one log line states engine, tokens, quotes
 * aligned and dropped, stage times and outcome code, and one metric line is written; the MDC is cleared
 * in {@code finally}. Neither ever holds article text or prompts.
 */
final class Observed {

    /** MDC keys (also the JSON log fields under {@code mdc}). */
    static final String REQUEST_ID = "awsRequestId";
    static final String MESSAGE_ID = "sqsMessageId";
    static final String SOURCE = "source";
    private static final List<String> RESULT_KEYS = List.of("trigger", "engine", "inputTokens", "outputTokens",
            "llmCalls", "quotesAligned", "quotesDropped", "fetchMs", "extractMs", "llmMs", "storeMs", "totalMs", "outcome");

    private static final Logger LOG = Logger.getLogger("dev.precis.article");

    private Observed() {
    }

    /**
     * Parses and processes a request, logging and measuring it: a request refused by the parser is
     * logged and counted like any failed article (see {@link #rejected}).
     *
     * @param request parses the request; throws {@link PrecisException} for a bad one
     */
    static Outcome process(Pipeline pipeline, Metrics metrics, String trigger, String messageId,
                           Supplier<SummarizeRequest> request, Deadline deadline) {
        SummarizeRequest parsed;
        try {
            parsed = request.get();
        } catch (PrecisException e) {
            rejected(metrics, trigger, messageId, e);
            throw e;
        }
        return process(pipeline, metrics, trigger, messageId, parsed, deadline);
    }

    /**
     * A request refused before it reached the pipeline (not JSON, unknown field, no source…): one log
     * line and one failure metric with its code, source {@code none}, like any failed article.
     */
    static void rejected(Metrics metrics, String trigger, String messageId, PrecisException e) {
        MDC.put(SOURCE, "none");
        if (messageId != null) MDC.put(MESSAGE_ID, messageId);
        try {
            failed(metrics, trigger, e.code().id(), System.nanoTime(), "none", messageId);
            LOG.infof("article failed: %s: %s", e.code().id(), e.getMessage());
        } finally {
            clearContext();
        }
    }

    /**
     * Processes {@code request}, logging and measuring it.
     *
     * @param trigger   {@code sqs}, {@code http} or {@code direct}
     * @param messageId the SQS message id, or null
     * @throws PrecisException as {@link Pipeline#process} does (after logging and counting it)
     */
    static Outcome process(Pipeline pipeline, Metrics metrics, String trigger, String messageId,
                           SummarizeRequest request, Deadline deadline) {
        long started = System.nanoTime();
        String source = request.sourceName();
        MDC.put(SOURCE, source);
        if (messageId != null) MDC.put(MESSAGE_ID, messageId);
        try {
            Outcome outcome = pipeline.process(request, deadline);
            Provenance p = outcome.result() == null ? null : outcome.result().provenance();
            Timings t = outcome.timings();
            MDC.put("trigger", trigger);
            MDC.put("engine", p == null ? pipeline.engineId() : p.engine());
            MDC.put("inputTokens", outcome.reused() || p == null ? 0L : p.inputTokens());
            MDC.put("outputTokens", outcome.reused() || p == null ? 0L : p.outputTokens());
            MDC.put("llmCalls", outcome.reused() || p == null ? 0 : p.llmCalls());
            MDC.put("quotesAligned", outcome.quotes().aligned());
            MDC.put("quotesDropped", outcome.quotes().dropped());
            MDC.put("fetchMs", t.fetchMs());
            MDC.put("extractMs", t.extractMs());
            MDC.put("llmMs", t.llmMs());
            MDC.put("storeMs", t.storeMs());
            MDC.put("totalMs", t.totalMs());
            MDC.put("outcome", outcome.reused() ? "reused" : "ok");
            LOG.infof("article %s: %s in %d ms", outcome.reused() ? "reused" : "stored", outcome.location(), t.totalMs());
            metrics.success(trigger, outcome, properties(source, messageId));
            return outcome;
        } catch (PrecisException e) {
            failed(metrics, trigger, e.code().id(), started, source, messageId);
            LOG.infof("article failed: %s: %s", e.code().id(), e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            failed(metrics, trigger, "internal", started, source, messageId);
            LOG.error("article failed: internal", e);
            throw e;
        } finally {
            clearContext();
        }
    }

    /** Removes what {@link #process} and {@link #rejected} put in the MDC (the request id stays the caller's). */
    private static void clearContext() {
        MDC.remove(SOURCE);
        MDC.remove(MESSAGE_ID);
        RESULT_KEYS.forEach(MDC::remove);
    }

    private static void failed(Metrics metrics, String trigger, String code, long started, String source,
                               String messageId) {
        long ms = (System.nanoTime() - started) / 1_000_000;
        MDC.put("trigger", trigger);
        MDC.put("outcome", code);
        MDC.put("totalMs", ms);
        metrics.failure(trigger, code, ms, properties(source, messageId));
    }

    private static Map<String, String> properties(String source, String messageId) {
        Map<String, String> p = new LinkedHashMap<>();
        Object requestId = MDC.get(REQUEST_ID);
        if (requestId != null) p.put(REQUEST_ID, requestId.toString());
        if (messageId != null) p.put(MESSAGE_ID, messageId);
        p.put(SOURCE, source);
        return p;
    }
}
