package bench.floor;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The least a function must do for the bench's events with Precis' libraries: an SQS record's S3
 * notification → GET the object, jsoup's body text, one chat call, a conditional PUT of the answer beside
 * the object; an API Gateway request's {@code html} → the same, written under {@code PRECIS_STORE_URI}.
 * No checks, no warm-up: what it costs is what the libraries cost on first use.
 */
public class FloorHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    S3Client s3;

    private final ChatModel model = OpenAiChatModel.builder()
            .baseUrl(System.getenv("PRECIS_LLM_BASE_URL"))
            .apiKey(System.getenv("PRECIS_LLM_API_KEY"))
            .modelName("gpt-4o-mini")
            .maxRetries(0)
            .build();

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        try {
            if (event.containsKey("Records")) {
                for (Object r : (List<?>) event.get("Records")) {
                    JsonNode s3Record = JSON.readTree((String) ((Map<?, ?>) r).get("body")).path("Records").get(0).path("s3");
                    String bucket = s3Record.path("bucket").path("name").asText();
                    String key = s3Record.path("object").path("key").asText();
                    String html = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asString(StandardCharsets.UTF_8);
                    put(bucket, key.replaceFirst("\\.html$", ".summary.json"), summarize(html));
                }
                return Map.of("batchItemFailures", List.of());
            }
            String html = JSON.readTree((String) event.get("body")).path("html").asText();
            String[] store = System.getenv("PRECIS_STORE_URI").substring("s3://".length()).split("/", 2);
            put(store[0], store[1] + "/floor-" + context.getAwsRequestId() + ".summary.json", summarize(html));
            return Map.of("statusCode", 200, "body", "{}");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String summarize(String html) {
        return model.chat("Summarize:\n" + Jsoup.parse(html).body().text());
    }

    private void put(String bucket, String key, String text) {
        s3.putObject(b -> b.bucket(bucket).key(key).ifNoneMatch("*").contentType("application/json"),
                RequestBody.fromString(JSON.valueToTree(Map.of("summary", text)).toString()));
    }
}
