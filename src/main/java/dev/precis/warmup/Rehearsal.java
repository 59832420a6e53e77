package dev.precis.warmup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.config.PrecisConfig;
import dev.precis.model.S3Location;
import dev.precis.model.S3Source;
import dev.precis.pipeline.Outcome;
import dev.precis.pipeline.Pipeline;
import dev.precis.pipeline.PipelineFactory;
import dev.precis.summarize.ChatModels;
import dev.precis.summarize.Engine;
import dev.precis.summarize.ProviderHttpClient;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A dress rehearsal of one request, run while the function initializes: an S3 notification for
 * {@value #SOURCE} goes through the real stages — the S3 client fetching the page, the extractor, the
 * lookup of an earlier result, the configured engine's model client (its request JSON, its HTTP call,
 * its reply parsing), quote verification, the result JSON and the conditional S3 write — with canned
 * replies in place of the services: an in-memory S3 behind the SDK's HTTP-client interface, and the
 * provider's recorded reply shape ({@code rehearsal/digest.json} wrapped as an OpenAI, Anthropic,
 * Ollama or Bedrock response) served to the real HTTP client by a server on the loopback address (for
 * Bedrock, behind the SDK's HTTP-client interface). So the first real event finds those classes loaded
 * and initialized, the model's HTTP client included (and with SnapStart they are in the snapshot).
 * Nothing leaves the machine, nothing is written anywhere, no model is called.
 */
final class Rehearsal {

    static final String BUCKET = "precis-rehearsal";
    /** The rehearsed source; its result goes beside it, into the in-memory S3 only. */
    static final String SOURCE = "s3://" + BUCKET + "/news/rehearsal.html";
    static final String QUESTION = "What does a ticket cost?";
    private static final String PAGE = "rehearsal/article.html";
    private static final String DIGEST = "rehearsal/digest.json";
    /** Never resolved or contacted: every request goes to the in-memory transport. */
    private static final URI ENDPOINT = URI.create("https://s3.rehearsal.invalid");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Providers whose model client speaks HTTP through {@code ProviderHttpClient} (the loopback server's). */
    private static final java.util.Set<String> HTTP_PROVIDERS = java.util.Set.of("openai", "anthropic", "ollama");

    private Rehearsal() {
    }

    /**
     * Runs the rehearsal with {@code config}'s engine and limits.
     *
     * @return the outcome, whose result has the verified key facts of {@code rehearsal/digest.json}
     */
    static Outcome run(PrecisConfig config) {
        InMemoryS3 objects = new InMemoryS3();
        objects.put("/" + BUCKET + "/news/rehearsal.html", resource(PAGE));
        String provider = config.llm().provider().strip().toLowerCase(Locale.ROOT);
        String reply = reply(provider);
        boolean overHttp = HTTP_PROVIDERS.contains(provider);
        try (LoopbackModel model = overHttp ? new LoopbackModel(reply.getBytes(StandardCharsets.UTF_8)) : null;
             S3Client s3 = S3Client.builder()
                .httpClient(objects)
                .endpointOverride(ENDPOINT)
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .build()) {
            Pipeline pipeline = PipelineFactory.create(config, () -> s3, engine(config, provider, reply, model),
                    java.util.Set.of(BUCKET));
            return pipeline.process(new S3Source(S3Location.parse(SOURCE), List.of(QUESTION)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code rehearsal/digest.json} in the wire shape of {@code provider}'s reply (empty for builtin). */
    static String reply(String provider) {
        String digest = new String(resource(DIGEST), StandardCharsets.UTF_8).strip();
        return switch (provider) {
            case "openai" -> write(Map.of("id", "chatcmpl-rehearsal", "object", "chat.completion", "created", 0,
                    "model", "rehearsal", "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                            "message", Map.of("role", "assistant", "content", digest))),
                    "usage", Map.of("prompt_tokens", 0, "completion_tokens", 0, "total_tokens", 0)));
            case "anthropic" -> write(Map.of("id", "msg_rehearsal", "type", "message", "role", "assistant",
                    "model", "rehearsal", "content", List.of(Map.of("type", "text", "text", digest)),
                    "stop_reason", "end_turn", "usage", Map.of("input_tokens", 0, "output_tokens", 0)));
            case "ollama" -> write(Map.of("model", "rehearsal", "created_at", "2026-01-01T00:00:00Z",
                    "message", Map.of("role", "assistant", "content", digest), "done_reason", "stop", "done", true,
                    "prompt_eval_count", 0, "eval_count", 0));
            case "bedrock" -> write(Map.of("output", Map.of("message", Map.of("role", "assistant",
                            "content", List.of(Map.of("text", digest)))), "stopReason", "end_turn",
                    "usage", Map.of("inputTokens", 0, "outputTokens", 0, "totalTokens", 0), "metrics", Map.of("latencyMs", 0)));
            default -> "";   // builtin needs no model; an unknown provider fails as it does for the real engine
        };
    }

    /**
     * {@code config}'s engine and real model client, answered {@code reply}: openai, anthropic and ollama
     * through the real HTTP client by {@code model}, the loopback server; bedrock behind the SDK's
     * HTTP-client interface; builtin needs neither ({@code model} null).
     */
    private static Engine engine(PrecisConfig config, String provider, String reply, LoopbackModel model) {
        CannedSdkHttp sdk = new CannedSdkHttp(reply.getBytes(StandardCharsets.UTF_8));
        String base = model == null ? null : switch (provider) {
            case "openai" -> model.url() + "/v1";
            case "anthropic" -> model.url() + "/v1/";
            default -> model.url();
        };
        return ChatModels.engine(config, new ChatModels.Transport(ProviderHttpClient::builder, sdk, credentials(),
                Region.US_EAST_1, base));
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("rehearsal", "rehearsal"));
    }

    static byte[] resource(String name) {
        try (InputStream in = Rehearsal.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource " + name + " is missing from the build");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpExecuteResponse response(int status, Map<String, String> headers, byte[] body) {
        SdkHttpResponse.Builder r = SdkHttpResponse.builder().statusCode(status);
        headers.forEach(r::putHeader);
        r.putHeader("Content-Length", Integer.toString(body.length));
        return HttpExecuteResponse.builder().response(r.build())
                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body))).build();
    }

    private static byte[] drain(HttpExecuteRequest request) {
        return request.contentStreamProvider().map(p -> {
            try (InputStream in = p.newStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(new byte[0]);
    }

    /** The SDK's HTTP-client interface answered by a map of objects: GET, HEAD and PUT (If-None-Match honoured). */
    static final class InMemoryS3 implements SdkHttpClient {
        private final Map<String, byte[]> objects = new ConcurrentHashMap<>();

        void put(String path, byte[] bytes) {
            objects.put(path, bytes);
        }

        boolean has(String path) {
            return objects.containsKey(path);
        }

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() {
                    String path = request.httpRequest().encodedPath();
                    SdkHttpMethod method = request.httpRequest().method();
                    byte[] existing = objects.get(path);
                    if (method == SdkHttpMethod.PUT) {
                        byte[] body = drain(request);
                        if (request.httpRequest().firstMatchingHeader("x-amz-decoded-content-length").isPresent()) {
                            body = unchunk(body);
                        }
                        if (existing != null && request.httpRequest().firstMatchingHeader("If-None-Match").isPresent()) {
                            return response(412, Map.of("Content-Type", "application/xml"),
                                    error("PreconditionFailed", path));
                        }
                        objects.put(path, body);
                        return response(200, Map.of("ETag", "\"rehearsal\""), new byte[0]);
                    }
                    if (existing == null) {
                        return response(404, Map.of("Content-Type", "application/xml"),
                                method == SdkHttpMethod.HEAD ? new byte[0] : error("NoSuchKey", path));
                    }
                    Map<String, String> headers = Map.of("Content-Type", "text/html; charset=utf-8", "ETag", "\"rehearsal\"");
                    return response(200, headers, method == SdkHttpMethod.HEAD ? new byte[0] : existing);
                }

                @Override
                public void abort() {
                }
            };
        }

        /** The payload of an {@code aws-chunked} body: {@code <hex size>[;ext]\r\n<data>\r\n}… up to size 0, then trailers. */
        static byte[] unchunk(byte[] body) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length);
            int i = 0;
            while (i < body.length) {
                int eol = indexOfCrLf(body, i);
                if (eol < 0) break;
                String head = new String(body, i, eol - i, StandardCharsets.US_ASCII);
                int size = Integer.parseInt(head.split(";", 2)[0].strip(), 16);
                if (size == 0) break;
                out.write(body, eol + 2, size);
                i = eol + 2 + size + 2;
            }
            return out.toByteArray();
        }

        private static int indexOfCrLf(byte[] b, int from) {
            for (int i = from; i + 1 < b.length; i++) {
                if (b[i] == '\r' && b[i + 1] == '\n') return i;
            }
            return -1;
        }

        private static byte[] error(String code, String path) {
            return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + code
                    + "</Message><Resource>" + path + "</Resource><RequestId>rehearsal</RequestId></Error>")
                    .getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
        }
    }

    /** The SDK's HTTP-client interface answering every request with one recorded body (Bedrock). */
    record CannedSdkHttp(byte[] body) implements SdkHttpClient {
        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() {
                    drain(request);
                    return response(200, Map.of("Content-Type", "application/json"), body);
                }

                @Override
                public void abort() {
                }
            };
        }

        @Override
        public void close() {
        }
    }

    /**
     * An HTTP/1.1 server on the loopback address answering every request with one recorded JSON body
     * (the model's reply), one request per connection; it lives for one rehearsal.
     */
    static final class LoopbackModel implements AutoCloseable {
        /** Longest a request head may be; the model clients send a few hundred bytes. */
        private static final int MAX_HEAD = 64 * 1024;
        private final ServerSocket socket;

        LoopbackModel(byte[] reply) throws IOException {
            socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + reply.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] response = new byte[head.length + reply.length];
            System.arraycopy(head, 0, response, 0, head.length);
            System.arraycopy(reply, 0, response, head.length, reply.length);
            Thread t = new Thread(() -> serve(response), "precis-rehearsal-model");
            t.setDaemon(true);
            t.start();
        }

        String url() {
            return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + socket.getLocalPort();
        }

        private void serve(byte[] response) {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    InputStream in = s.getInputStream();
                    in.readNBytes(contentLength(in));
                    s.getOutputStream().write(response);
                    s.getOutputStream().flush();
                } catch (IOException | RuntimeException e) {
                    // closed, or a client gone: the next accept tells which
                }
            }
        }

        /** Reads the request head and returns its Content-Length (0 without one). */
        private static int contentLength(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0 && head.length() < MAX_HEAD) {
                head.append((char) b);
                if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) break;
            }
            for (String line : head.toString().split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("content-length")) {
                    return Integer.parseInt(line.substring(colon + 1).strip());
                }
            }
            return 0;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
