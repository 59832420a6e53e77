package dev.precis.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.Deadline;
import dev.precis.pipeline.Outcome;
import dev.precis.pipeline.Pipeline;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;

/** {@code POST /summarize} through funqy-http (quarkus dev, containers, tests). */
public class SummarizeFunction {

    @Inject
    Pipeline pipeline;

    @Inject
    ObjectMapper mapper;

    @Inject
    Metrics metrics;

    @Funq("summarize")
    public SummarizeResponse summarize(JsonNode request) {
        Outcome outcome = Observed.process(pipeline, metrics, "http", null, () -> new RequestParser(mapper).parse(request), Deadline.NONE);
        return new SummarizeResponse(outcome.location(), outcome.reused(), outcome.result());
    }
}
