package dev.precis.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The AWS Lambda Runtime API on 127.0.0.1, as the Lambda service offers it to a function:
 * {@code GET /2018-06-01/runtime/invocation/next} hands out the next event (blocking until there is
 * one; one instance of this class per function instance), {@code POST …/invocation/{id}/response} and {@code …/{id}/error} end it, and
 * {@code POST …/init/error} reports a failed initialization. Every call is time-stamped
 * ({@link System#nanoTime()}) when it arrives.
 */
final class RuntimeApi implements AutoCloseable {

    private static final String BASE = "/2018-06-01/runtime/";
    /**
     * What arrived for one invocation or for the initialization.
     *
     * @param nanos      when the reply arrived
     * @param handedOut  when {@code /next} sent the event to the function (0 for an init error)
     */
    record Reply(String requestId, boolean error, String body, long nanos, long handedOut) {
        /** Time from handing the event out to its reply: the function's own time. */
        long inFunctionNanos() {
            return nanos - handedOut;
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "runtime-api");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<String[]> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();
    private final AtomicLong firstNext = new AtomicLong();
    private final AtomicLong ids = new AtomicLong();
    private final java.util.Map<String, Long> handedOut = new java.util.concurrent.ConcurrentHashMap<>();

    RuntimeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext(BASE, this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** When the function first asked for an event (its runtime is ready), or 0. */
    long firstNextNanos() {
        return firstNext.get();
    }

    /** Queues an event; returns its request id. */
    String offer(String eventJson) {
        String id = "bench-" + ids.incrementAndGet();
        events.add(new String[]{id, eventJson});
        return id;
    }

    /** The next response, error or init error, or null after {@code timeoutMs}. */
    Reply await(long timeoutMs) throws InterruptedException {
        return replies.poll(timeoutMs, TimeUnit.MILLISECONDS);
    }

    private void handle(HttpExchange ex) throws IOException {
        long now = System.nanoTime();
        String path = ex.getRequestURI().getPath().substring(BASE.length());
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            if ("GET".equals(ex.getRequestMethod()) && path.equals("invocation/next")) {
                firstNext.compareAndSet(0, now);
                next(ex);
            } else if ("POST".equals(ex.getRequestMethod()) && path.equals("init/error")) {
                replies.add(new Reply(null, true, new String(body, StandardCharsets.UTF_8), now, 0));
                send(ex, 202, "{}");
            } else if ("POST".equals(ex.getRequestMethod()) && path.startsWith("invocation/")) {
                String[] parts = path.split("/");
                boolean error = parts.length == 3 && parts[2].equals("error");
                if (parts.length != 3 || !(error || parts[2].equals("response"))) {
                    send(ex, 404, "{\"errorMessage\":\"no such path\"}");
                    return;
                }
                replies.add(new Reply(parts[1], error, new String(body, StandardCharsets.UTF_8), now,
                        handedOut.getOrDefault(parts[1], 0L)));
                send(ex, 202, "{\"status\":\"OK\"}");
            } else {
                send(ex, 404, "{\"errorMessage\":\"no such path\"}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void next(HttpExchange ex) throws IOException, InterruptedException {
        String[] event = events.take(); // as the real API: blocks until there is work (or the server closes)
        ex.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", event[0]);
        ex.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 90_000));
        ex.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                "arn:aws:lambda:us-east-1:123456789012:function:precis-bench");
        ex.getResponseHeaders().add("Lambda-Runtime-Trace-Id",
                "Root=1-00000000-000000000000000000000000;Parent=0000000000000000;Sampled=0");
        ex.getResponseHeaders().add("Content-Type", "application/json");
        handedOut.put(event[0], System.nanoTime());
        send(ex, 200, event[1]);
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
