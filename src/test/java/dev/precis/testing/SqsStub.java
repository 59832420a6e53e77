package dev.precis.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * SQS on 127.0.0.1, as far as {@code SendMessage} goes: the AWS JSON protocol the SDK speaks
 * ({@code X-Amz-Target: AmazonSQS.SendMessage}), answering the message id and the body's MD5, which the
 * SDK checks. Keeps what was sent.
 */
public final class SqsStub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One sent message. */
    public record Sent(String queueUrl, String body) {
    }

    private final HttpServer server;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    public SqsStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] answer;
            int status = 200;
            try (exchange) {
                String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
                JsonNode request = JSON.readTree(exchange.getRequestBody());
                if (!"AmazonSQS.SendMessage".equals(target)) {
                    status = 400;
                    answer = JSON.writeValueAsBytes(Map.of("__type", "UnsupportedOperation", "message", String.valueOf(target)));
                } else {
                    String body = request.path("MessageBody").asText();
                    sent.add(new Sent(request.path("QueueUrl").asText(), body));
                    answer = JSON.writeValueAsBytes(Map.of("MessageId", UUID.randomUUID().toString(),
                            "MD5OfMessageBody", md5(body)));
                }
                exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
            }
        });
        server.start();
    }

    /** The queue URL of a queue named {@code name} on this stub. */
    public String queueUrl(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/123456789012/" + name;
    }

    /** A client for this stub, with static credentials. */
    public SqsClient client() {
        return SqsClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    /** What was sent, in order. */
    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static String md5(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
