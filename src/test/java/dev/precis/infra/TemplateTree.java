package dev.precis.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code infra/template.yaml} as a tree, read once, and the small helpers the template tests share:
 * walking the tree, finding resources, and evaluating it for parameter values ({@link CfnEval}).
 */
final class TemplateTree {

    static final Path TEMPLATE = Path.of("infra", "template.yaml");
    /** The one parameter without a default. */
    static final String BUCKET = "precis-articles";
    /** The template as written. */
    static final Map<String, Object> TEMPLATE_TREE = load();
    /** The template as CloudFormation evaluates it: the AWS::Include snippets (the API's definition) in place. */
    static final Map<String, Object> PROCESSED_TREE = processed();
    static final Map<String, Object> RESOURCES = map(TEMPLATE_TREE, "Resources");

    private TemplateTree() {
    }

    private static Map<String, Object> load() {
        try {
            return CfnYaml.load(TEMPLATE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> processed() {
        try {
            return CfnEval.map(CfnYaml.inlineIncludes(TEMPLATE_TREE, TEMPLATE.getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template evaluated with the defaults, the bucket name and {@code keyValues} (name, value, …). */
    static CfnEval deployed(String... keyValues) {
        Map<String, String> p = new HashMap<>();
        p.put("BucketName", BUCKET);
        for (int i = 0; i < keyValues.length; i += 2) {
            p.put(keyValues[i], keyValues[i + 1]);
        }
        CfnEval eval = new CfnEval(PROCESSED_TREE, p);
        assertEquals(List.of(), eval.invalidParameters(), "parameters " + p);
        return eval;
    }

    // ------------------------------------------------------------------------------------------
    // Resources
    // ------------------------------------------------------------------------------------------

    static String functionId() {
        return onlyResourceOfType("AWS::Serverless::Function").getKey();
    }

    static Map<String, Object> functionProps() {
        return props(functionId());
    }

    /** The alias SAM makes for {@code AutoPublishAlias}, which both triggers invoke. */
    static String aliasId() {
        return functionId() + "Alias" + functionProps().get("AutoPublishAlias");
    }

    static String apiId() {
        return onlyResourceOfType("AWS::ApiGatewayV2::Api").getKey();
    }

    /** The HTTP API's definition (its {@code Body}), evaluated for {@code eval}'s parameters. */
    static Map<String, Object> apiDefinition(CfnEval eval) {
        return map(eval.properties(apiId()), "Body");
    }

    /** The routes the definition makes ({@code "POST /summarize"} → its operation), as API Gateway imports them. */
    static Map<String, Map<String, Object>> routes(Map<String, Object> definition) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        map(definition, "paths").forEach((path, item) -> CfnEval.map(item).forEach((method, op) -> {
            if (HTTP_METHODS.contains(method)) out.put(method.toUpperCase(Locale.ROOT) + " " + path, CfnEval.map(op));
        }));
        return out;
    }

    /** The keys of an OpenAPI path item that are operations. */
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options",
            "head", "patch", "trace");

    static String roleId() {
        return target(functionProps().get("Role"));
    }

    /** The queue the SQS event reads. */
    static String queueId() {
        return target(map(eventOfType("SQS"), "Properties").get("Queue"));
    }

    static String dlqId() {
        return target(map(props(queueId()), "RedrivePolicy").get("deadLetterTargetArn"));
    }

    static Map<String, Object> eventOfType(String type) {
        List<Map<String, Object>> found = eventsOfType(type);
        assertEquals(1, found.size(), type + " events");
        return found.get(0);
    }

    static List<Map<String, Object>> eventsOfType(String type) {
        List<Map<String, Object>> found = new ArrayList<>();
        Object events = functionProps().get("Events");
        if (events == null) return found;
        for (Object e : CfnEval.map(events).values()) {
            Map<String, Object> event = CfnEval.map(e);
            if (type.equals(event.get("Type"))) found.add(event);
        }
        return found;
    }

    static Map.Entry<String, Map<String, Object>> onlyResourceOfType(String type) {
        List<Map.Entry<String, Map<String, Object>>> found = resourcesOfType(type);
        assertEquals(1, found.size(), "resources of type " + type);
        return found.get(0);
    }

    static List<Map.Entry<String, Map<String, Object>>> resourcesOfType(String type) {
        List<Map.Entry<String, Map<String, Object>>> found = new ArrayList<>();
        RESOURCES.forEach((id, r) -> {
            if (type.equals(CfnEval.map(r).get("Type"))) found.add(Map.entry(id, CfnEval.map(r)));
        });
        return found;
    }

    static String typeOf(String logicalId) {
        return (String) map(RESOURCES, logicalId).get("Type");
    }

    static Map<String, Object> props(String logicalId) {
        return map(RESOURCES, logicalId, "Properties");
    }

    // ------------------------------------------------------------------------------------------
    // IAM, evaluated
    // ------------------------------------------------------------------------------------------

    /** Every statement of the function's role, evaluated for {@code eval}'s parameters. */
    static List<Map<String, Object>> roleStatements(CfnEval eval) {
        List<Map<String, Object>> out = new ArrayList<>();
        collectStatements(eval.properties(roleId()).get("Policies"), out);
        return out;
    }

    /** Every IAM statement (a map with Effect and Action) anywhere under {@code node}. */
    static void collectStatements(Object node, List<Map<String, Object>> out) {
        if (node instanceof Map<?, ?> m) {
            if (m.containsKey("Effect") && (m.containsKey("Action") || m.containsKey("NotAction"))) {
                out.add(CfnEval.map(m));
            }
            m.values().forEach(v -> collectStatements(v, out));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collectStatements(v, out));
        }
    }

    /** The resources {@code action} is allowed on by {@code statements} (conditions aside). */
    static List<String> resourcesOf(List<Map<String, Object>> statements, String action) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> s : statements) {
            if ("Allow".equals(s.get("Effect")) && asList(s.get("Action")).contains(action)) {
                asList(s.get("Resource")).forEach(r -> out.add(String.valueOf(r)));
            }
        }
        return out;
    }

    /** IAM's match of a resource pattern: {@code *} any characters (slashes too), {@code ?} one. */
    static boolean iamMatches(String pattern, String arn) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(switch (c) {
                case '*' -> ".*";
                case '?' -> ".";
                default -> java.util.regex.Pattern.quote(String.valueOf(c));
            });
        }
        return arn.matches(regex.toString());
    }

    /** Whether {@code action} is allowed on {@code arn} by one of {@code statements} without a condition. */
    static boolean allowedUnconditionally(List<Map<String, Object>> statements, String action, String arn) {
        return statements.stream().anyMatch(s -> "Allow".equals(s.get("Effect")) && s.get("Condition") == null
                && asList(s.get("Action")).contains(action)
                && asList(s.get("Resource")).stream().anyMatch(r -> iamMatches(String.valueOf(r), arn)));
    }

    // ------------------------------------------------------------------------------------------
    // Tree
    // ------------------------------------------------------------------------------------------

    static Map<String, Object> ref(String name) {
        return Map.of("Ref", name);
    }

    /** The logical id a {@code Ref} or {@code Fn::GetAtt} points at. */
    static String target(Object intrinsic) {
        if (intrinsic instanceof Map<?, ?> m) {
            if (m.get("Ref") instanceof String s) return s;
            if (m.get("Fn::GetAtt") instanceof List<?> l) return (String) l.get(0);
        }
        fail("not a Ref/GetAtt: " + intrinsic);
        return null;
    }

    /** The template string of a {@code Fn::Sub}, or the string itself. */
    static String sub(Object v) {
        if (v instanceof String s) return s;
        if (v instanceof Map<?, ?> m && m.get("Fn::Sub") instanceof String s) return s;
        return null;
    }

    static Map<String, Object> map(Map<String, Object> from, String... path) {
        Object cur = from;
        for (String key : path) {
            assertTrue(cur instanceof Map, "not a map before " + key + ": " + cur);
            cur = CfnEval.map(cur).get(key);
            assertNotNull(cur, "missing " + String.join(".", path));
        }
        assertTrue(cur instanceof Map, String.join(".", path) + " is not a map: " + cur);
        return CfnEval.map(cur);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> from, String... path) {
        String[] parent = Arrays.copyOf(path, path.length - 1);
        Object v = map(from, parent).get(path[path.length - 1]);
        assertTrue(v instanceof List, String.join(".", path) + " is not a list: " + v);
        return (List<Object>) v;
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object v) {
        if (v == null) return List.of();
        return v instanceof List<?> l ? (List<Object>) l : List.of(v);
    }

    static int intOf(Object v) {
        if (v instanceof Number n) return n.intValue();
        return Integer.parseInt(String.valueOf(v));
    }

    static List<Map<String, Object>> statements(Map<String, Object> document) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object s : asList(document.get("Statement"))) {
            out.add(CfnEval.map(s));
        }
        return out;
    }
}
