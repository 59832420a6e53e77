package dev.precis.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import java.io.IOException;
import java.io.OutputStream;
import javax.net.ssl.SSLContext;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible chat-completions server on 127.0.0.1 that answers every
 * {@code POST /v1/chat/completions} with the same grounded digest of the reference article, after
 * {@code latencyMs}.
 */
final class StubLlm implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final long latencyMs;
    private final byte[] answer;
    private final AtomicInteger calls = new AtomicInteger();

    /** Over plain HTTP when {@code tls} is null, else over HTTPS with its key and certificate. */
    StubLlm(long latencyMs, SSLContext tls) throws IOException {
        this.latencyMs = latencyMs;
        this.answer = completion();
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", 0);
        if (tls == null) {
            server = HttpServer.create(address, 16);
        } else {
            HttpsServer https = HttpsServer.create(address, 16);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
        }
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "stub-llm");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** The value of {@code precis.llm.base-url}. */
    String baseUrl() {
        return (server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    int calls() {
        return calls.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            ex.getRequestBody().readAllBytes();
            calls.incrementAndGet();
            if (latencyMs > 0) Thread.sleep(latencyMs);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, answer.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(answer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] completion() throws IOException {
        ObjectNode digest = JSON.createObjectNode();
        digest.put("summary", "A U.S. official said North Korean leader Kim Jong Un may travel to Russia this month "
                + "to meet President Vladimir Putin.");
        ArrayNode facts = digest.putArray("keyFacts");
        ObjectNode f = facts.addObject();
        f.put("fact", "Kim may travel to Russia to meet Putin");
        f.put("quote", "A U.S. official said Monday that North Korean leader Kim Jong Un may travel to Russia soon "
                + "to meet with President Vladimir Putin as the Kremlin tries to acquire military equipment for use "
                + "in its war in Ukraine.");
        ArrayNode answers = digest.putArray("answers");
        ObjectNode a1 = answers.addObject();
        a1.put("question", "Where may Kim travel and why?");
        a1.put("status", "answered");
        a1.put("answer", "To Russia, likely Vladivostok, to meet Putin.");
        a1.putArray("quotes").add("North Korean leader Kim Jong Un may travel to Russia soon to meet with President Vladimir Putin");
        ObjectNode a2 = answers.addObject();
        a2.put("question", "What did the meeting decide?");
        a2.put("status", "not_stated");
        a2.putNull("answer");
        a2.putArray("quotes");

        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-bench");
        root.put("object", "chat.completion");
        root.put("created", 1745762531L);
        root.put("model", "gpt-4o-mini");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", JSON.writeValueAsString(digest));
        choice.put("finish_reason", "stop");
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", 1432);
        usage.put("completion_tokens", 287);
        usage.put("total_tokens", 1719);
        return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
