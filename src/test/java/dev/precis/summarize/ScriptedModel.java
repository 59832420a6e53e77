package dev.precis.summarize;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A chat model that answers from a script and keeps every request: for engine tests without HTTP. */
final class ScriptedModel implements ChatModel {

    final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
    private final Function<ChatRequest, String> replies;
    private final boolean jsonSchema;

    ScriptedModel(boolean jsonSchema, Function<ChatRequest, String> replies) {
        this.jsonSchema = jsonSchema;
        this.replies = replies;
    }

    /** Answers with {@code replies} in turn, the last one again once they run out. */
    static ScriptedModel replying(String... replies) {
        int[] next = {0};
        return new ScriptedModel(false, r -> replies[Math.min(next[0]++, replies.length - 1)]);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        String text = replies.apply(request);
        return ChatResponse.builder().aiMessage(AiMessage.from(text))
                .tokenUsage(new TokenUsage(text.length() / 4 + 1000, text.length() / 4)).build();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return jsonSchema ? Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA) : Set.of();
    }

    /** The whole prompt of request {@code i}: every message's text, in order. */
    String prompt(int i) {
        StringBuilder sb = new StringBuilder();
        for (ChatMessage m : requests.get(i).messages()) sb.append(text(m)).append('\n');
        return sb.toString();
    }

    static String text(ChatMessage m) {
        if (m instanceof SystemMessage s) return s.text();
        if (m instanceof UserMessage u) return u.singleText();
        if (m instanceof AiMessage a) return a.text();
        return m.toString();
    }

    /** The last user message of request {@code r}. */
    static String lastUser(ChatRequest r) {
        List<ChatMessage> ms = r.messages();
        for (int i = ms.size() - 1; i >= 0; i--) if (ms.get(i) instanceof UserMessage u) return u.singleText();
        return "";
    }
}
