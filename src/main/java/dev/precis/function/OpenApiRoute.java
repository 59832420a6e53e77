package dev.precis.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Serves the OpenAPI document of {@code POST /summarize} ({@code infra/openapi.yaml}) at {@code /q/openapi}:
 * YAML, or JSON for {@code ?format=json} or {@code Accept: application/json}, as Quarkus' own OpenAPI
 * endpoint answers. The repository's document refers to the stored-result schema by its path
 * ({@code ../src/main/resources/schema/precis.summary.v1.json}); the served copy has that file in its place,
 * so it stands alone. Only in the default build (quarkus dev, containers), never in the Lambda build.
 */
@ApplicationScoped
public class OpenApiRoute {

    /** Where the build puts {@code infra/openapi.yaml} on the class path (pom.xml, profile "http"). */
    static final String DOCUMENT = "/openapi/openapi.yaml";
    /** A {@code $ref} to a file under this prefix is a class-path resource of the application. */
    private static final String RESOURCES_REF = "../src/main/resources/";
    private static final String PATH = "/q/openapi";

    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                    .disable(YAMLGenerator.Feature.SPLIT_LINES)
                    .build())
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private volatile String[] rendered;   // [yaml, json], built on first request

    void register(@Observes Router router) {
        router.get(PATH).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        String[] docs = rendered();
        String format = ctx.request().getParam("format");
        String accept = ctx.request().getHeader("Accept");
        boolean json = format != null ? format.equalsIgnoreCase("json")
                : accept != null && accept.contains("application/json") && !accept.contains("yaml");
        ctx.response().putHeader("Content-Type", json ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                .end(json ? docs[1] : docs[0]);
    }

    private String[] rendered() {
        String[] docs = rendered;
        if (docs == null) {
            JsonNode doc = standalone();
            try {
                docs = new String[]{YAML.writeValueAsString(doc), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc)};
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rendered = docs;
        }
        return docs;
    }

    /** The served document: {@code infra/openapi.yaml} with each file it refers to put in place of its {@code $ref}. */
    public static JsonNode standalone() {
        JsonNode doc = read(DOCUMENT, YAML);
        inline(doc);
        return doc;
    }

    /** Replaces every {@code {"$ref": "../src/main/resources/x"}} below {@code node} by the JSON of resource x. */
    private static void inline(JsonNode node) {
        if (node.isArray()) {
            node.forEach(OpenApiRoute::inline);
            return;
        }
        if (!(node instanceof ObjectNode obj)) return;
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode ref = field.getValue().get("$ref");
            if (ref != null && ref.isTextual() && ref.textValue().startsWith(RESOURCES_REF)) {
                ObjectNode target = (ObjectNode) field.getValue();
                ObjectNode file = (ObjectNode) read("/" + ref.textValue().substring(RESOURCES_REF.length()), JSON);
                target.remove("$ref");
                target.fields().forEachRemaining(k -> file.putIfAbsent(k.getKey(), k.getValue()));   // the file's own words win
                field.setValue(file);
            } else {
                inline(field.getValue());
            }
        }
    }

    private static JsonNode read(String resource, ObjectMapper mapper) {
        try (InputStream in = OpenApiRoute.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing class-path resource " + resource);
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
