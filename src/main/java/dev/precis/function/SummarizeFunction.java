package dev.precis.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.Deadline;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;

/** {@code POST /summarize} through funqy-http (quarkus dev, containers, tests). */
public class SummarizeFunction {

    @Inject
    HttpTrigger http;

    @Inject
    ObjectMapper mapper;

    @Funq("summarize")
    public SummarizeResponse summarize(JsonNode request) {
        HttpTrigger.Reply reply = http.handle(() -> new RequestParser(mapper).parseWithOptions(request), Deadline.NONE);
        if (reply.status() == 200) return (SummarizeResponse) reply.body();
        throw new HttpReplyException(reply);
    }
}
