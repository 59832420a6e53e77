package dev.precis.function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.config.PrecisConfig;
import dev.precis.model.Provenance;
import dev.precis.pipeline.Outcome;
import dev.precis.pipeline.Timings;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One CloudWatch Embedded Metric Format line per article on stdout, which Lambda sends to CloudWatch
 * Logs and CloudWatch turns into metrics — no API call, no extra latency. A line is a JSON object whose
 * {@code _aws.CloudWatchMetrics} directive names the metrics and dimensions found as members of the same
 * object. Thread-safe.
 */
public final class Metrics {

    /** Dimensions {@code precis.metrics.dimensions} may name. */
    public static final Set<String> DIMENSIONS = Set.of("Service", "Trigger", "Engine");

    static final String COUNT = "Count";
    static final String MILLISECONDS = "Milliseconds";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean enabled;
    private final String namespace;
    private final String service;
    private final List<String> dimensions;
    private final String engine;
    private final Consumer<String> out;
    private final LongSupplier clock;
    private final AtomicBoolean cold = new AtomicBoolean(true);

    Metrics(boolean enabled, String namespace, String service, List<String> dimensions, String engine,
            Consumer<String> out, LongSupplier clock) {
        for (String d : dimensions) {
            if (!DIMENSIONS.contains(d)) {
                throw new IllegalArgumentException("precis.metrics.dimensions (PRECIS_METRICS_DIMENSIONS) names '" + d
                        + "'; use any of: Service, Trigger, Engine");
            }
        }
        this.enabled = enabled;
        this.namespace = namespace;
        this.service = service;
        this.dimensions = List.copyOf(dimensions);
        this.engine = engine;
        this.out = out;
        this.clock = clock;
    }

    /** Metrics that write nothing (tools and benchmarks that drive the triggers directly). */
    public static Metrics disabled() {
        return new Metrics(false, "Precis", "precis", List.of(), "none", line -> { }, System::currentTimeMillis);
    }

    /** Metrics as configured, for the pipeline's engine, written to {@code stdout}. */
    public static Metrics of(PrecisConfig.Metrics config, String engine, PrintStream stdout) {
        return new Metrics(config.enabled(), config.namespace(), config.service(), config.dimensions(), engine,
                stdout::println, System::currentTimeMillis);
    }

    /**
     * Records a processed article: counts, tokens and stage times of {@code outcome}.
     *
     * @param trigger    {@code sqs}, {@code http} or {@code direct}
     * @param properties searchable context (request id, message id, source), not dimensions
     */
    public void success(String trigger, Outcome outcome, Map<String, String> properties) {
        if (!enabled) return;
        Provenance p = outcome.result() == null ? null : outcome.result().provenance();
        String usedEngine = p != null && p.engine() != null ? p.engine() : engine;
        ObjectNode line = line(trigger, usedEngine, properties, "ok");
        List<String[]> metrics = new ArrayList<>();
        put(line, metrics, "ArticlesProcessed", 1, COUNT);
        put(line, metrics, "ArticlesReused", outcome.reused() ? 1 : 0, COUNT);
        put(line, metrics, "LlmCalls", outcome.reused() || p == null ? 0 : p.llmCalls(), COUNT);
        put(line, metrics, "InputTokens", outcome.reused() || p == null ? 0 : p.inputTokens(), COUNT);
        put(line, metrics, "OutputTokens", outcome.reused() || p == null ? 0 : p.outputTokens(), COUNT);
        put(line, metrics, "QuotesAligned", outcome.quotes().aligned(), COUNT);
        put(line, metrics, "QuotesDropped", outcome.quotes().dropped(), COUNT);
        Timings t = outcome.timings();
        put(line, metrics, "FetchTime", t.fetchMs(), MILLISECONDS);
        put(line, metrics, "ExtractionTime", t.extractMs(), MILLISECONDS);
        put(line, metrics, "LlmTime", t.llmMs(), MILLISECONDS);
        put(line, metrics, "EndToEndTime", t.totalMs(), MILLISECONDS);
        putColdStart(line, metrics);
        line.put("outcome", outcome.reused() ? "reused" : "ok");
        write(line, metrics, dimensionSets(false));
    }

    /**
     * Records a failed article, counted per error code.
     *
     * @param code    the {@code ErrorCode} id, e.g. {@code llm_unavailable}
     * @param totalMs time spent until the failure
     */
    public void failure(String trigger, String code, long totalMs, Map<String, String> properties) {
        if (!enabled) return;
        ObjectNode line = line(trigger, engine, properties, code);
        line.put("ErrorCode", code);
        List<String[]> metrics = new ArrayList<>();
        put(line, metrics, "Failures", 1, COUNT);
        put(line, metrics, "EndToEndTime", totalMs, MILLISECONDS);
        putColdStart(line, metrics);
        write(line, metrics, dimensionSets(true));
    }

    private ObjectNode line(String trigger, String usedEngine, Map<String, String> properties, String outcome) {
        ObjectNode line = JSON.createObjectNode();
        line.putObject("_aws"); // first member, filled in by write()
        line.put("Service", service);
        line.put("Trigger", trigger);
        line.put("Engine", usedEngine);
        properties.forEach((k, v) -> {
            if (v != null && !line.has(k)) line.put(k, v);
        });
        line.put("outcome", outcome);
        return line;
    }

    private void putColdStart(ObjectNode line, List<String[]> metrics) {
        put(line, metrics, "ColdStart", cold.getAndSet(false) ? 1 : 0, COUNT);
    }

    private static void put(ObjectNode line, List<String[]> metrics, String name, long value, String unit) {
        line.put(name, value);
        metrics.add(new String[]{name, unit});
    }

    private List<List<String>> dimensionSets(boolean perCode) {
        List<List<String>> sets = new ArrayList<>();
        sets.add(dimensions);
        if (perCode) {
            List<String> withCode = new ArrayList<>(dimensions);
            withCode.add("ErrorCode");
            sets.add(withCode);
        }
        return sets;
    }

    private void write(ObjectNode line, List<String[]> metrics, List<List<String>> dimensionSets) {
        ObjectNode aws = (ObjectNode) line.get("_aws");
        aws.put("Timestamp", clock.getAsLong());
        ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", namespace);
        ArrayNode dims = directive.putArray("Dimensions");
        for (List<String> set : dimensionSets) {
            ArrayNode d = dims.addArray();
            set.forEach(d::add);
        }
        ArrayNode defs = directive.putArray("Metrics");
        for (String[] m : metrics) {
            defs.addObject().put("Name", m[0]).put("Unit", m[1]);
        }
        try {
            out.accept(JSON.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a metric line always serializes", e);
        }
    }
}
