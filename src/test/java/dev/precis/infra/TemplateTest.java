package dev.precis.infra;

import dev.precis.config.PrecisConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Keeps {@code infra/template.yaml} true to the deployment invariants: runtime and handler, sizing,
 * SnapStart, both triggers, queue/DLQ arithmetic, the S3 → SQS wiring, least-privilege IAM, secret
 * parameters, outputs. Plain JUnit: reads the YAML, no AWS.
 */
class TemplateTest {

    static final Path TEMPLATE = Path.of("infra", "template.yaml");
    static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";

    static Map<String, Object> template;
    static Map<String, Object> resources;

    @BeforeAll
    static void load() throws IOException {
        template = CfnYaml.load(TEMPLATE);
        resources = map(template, "Resources");
    }

    // ------------------------------------------------------------------------------------------
    // The function
    // ------------------------------------------------------------------------------------------

    @Test
    void isASamTemplate() {
        assertEquals("2010-09-09", String.valueOf(template.get("AWSTemplateFormatVersion")));
        assertEquals("AWS::Serverless-2016-10-31", template.get("Transform"));
    }

    @Test
    void oneFunctionWithRuntimeHandlerAndCode() {
        Map<String, Object> p = functionProps();
        assertEquals("java21", p.get("Runtime"));
        assertEquals(HANDLER, p.get("Handler"));
        Object codeUri = p.get("CodeUri");
        assertEquals("../target/lambda/function.zip", codeUri);
        assertEquals(Path.of("target", "lambda", "function.zip"),
                TEMPLATE.getParent().resolve((String) codeUri).normalize(),
                "CodeUri is relative to the template's directory");
        assertEquals(List.of("x86_64"), p.get("Architectures"));
    }

    @Test
    void memoryIsAParameterOf512MbAndTimeoutLeavesRoomForLlmCalls() {
        Map<String, Object> p = functionProps();
        assertEquals(ref("FunctionMemory"), p.get("MemorySize"));
        Map<String, Object> memory = map(template, "Parameters", "FunctionMemory");
        assertEquals(512, intOf(memory.get("Default")), "the function runs in 512 MB (bin/bench-coldstart: peak RSS < 200 MB)");
        assertTrue(intOf(memory.get("MinValue")) >= 512, "no less than the 512 MB it was measured in");
        assertTrue(intOf(p.get("Timeout")) >= 60, "Timeout >= 60");
    }

    @Test
    void snapStartOnPublishedVersionsThroughAnAlias() {
        Map<String, Object> p = functionProps();
        assertEquals("PublishedVersions", map(p, "SnapStart").get("ApplyOn"));
        assertEquals("live", p.get("AutoPublishAlias"),
                "SnapStart only applies to published versions: AutoPublishAlias must publish one");
    }

    @Test
    void environmentConfiguresTheApplication() {
        Map<String, Object> env = map(functionProps(), "Environment", "Variables");
        assertEquals(ref("LlmProvider"), env.get("PRECIS_LLM_PROVIDER"));
        assertEquals(ref("LlmModel"), env.get("PRECIS_LLM_MODEL"));
        assertTrue(String.valueOf(env.get("PRECIS_LLM_BASE_URL")).contains("LlmBaseUrl"));
        assertTrue(String.valueOf(env.get("PRECIS_LLM_API_KEY")).contains("{Ref=LlmApiKey}"));
        assertEquals(Map.of("Fn::Sub", "s3://${BucketName}/results"), env.get("PRECIS_STORE_URI"));
        assertEquals("true", env.get("DISABLE_SIGNAL_HANDLERS"), "a string, as Lambda requires");
        String jto = (String) env.get("JAVA_TOOL_OPTIONS");
        assertTrue(jto.contains("-XX:+TieredCompilation") && jto.contains("-XX:TieredStopAtLevel=1"), jto);
        assertTrue(jto.contains("-XX:CICompilerCount=1"), jto); // legal only with C1 alone (TieredStopAtLevel=1)
        assertEquals("precis", env.get("QUARKUS_LAMBDA_HANDLER"));
        env.forEach((k, v) -> assertFalse(v instanceof Number || v instanceof Boolean,
                k + " must be a string: Lambda environment values are strings"));
    }

    @Test
    void lambdaHandlerNameMatchesTheApplication() throws IOException {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"),
                StandardCharsets.UTF_8)) {
            props.load(in);
        }
        assertEquals(props.getProperty("quarkus.lambda.handler"),
                map(functionProps(), "Environment", "Variables").get("QUARKUS_LAMBDA_HANDLER"));
    }

    /** A PRECIS_* variable that maps to no property would be ignored, or fail the config mapping. */
    @Test
    void everyPrecisVariableIsAConfigProperty() {
        Set<String> known = new TreeSet<>();
        collectEnvNames(PrecisConfig.class, "PRECIS", known);
        assertTrue(known.contains("PRECIS_LLM_API_KEY"), known.toString());
        Map<String, Object> env = map(functionProps(), "Environment", "Variables");
        for (String name : env.keySet()) {
            if (name.startsWith("PRECIS_")) {
                assertTrue(known.contains(name), name + " is not one of " + known);
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Triggers
    // ------------------------------------------------------------------------------------------

    @Test
    void httpApiPostSummarize() {
        Map<String, Object> e = eventOfType("HttpApi");
        Map<String, Object> p = map(e, "Properties");
        assertEquals("/summarize", p.get("Path"));
        assertEquals("POST", String.valueOf(p.get("Method")).toUpperCase(Locale.ROOT));
        if (p.containsKey("ApiId")) {
            assertEquals("AWS::Serverless::HttpApi", typeOf(target(p.get("ApiId"))));
        }
        if (p.containsKey("PayloadFormatVersion")) {
            assertEquals("2.0", String.valueOf(p.get("PayloadFormatVersion")));
        }
    }

    @Test
    void sqsEventReportsPartialBatchFailuresWithBoundedConcurrency() {
        Map<String, Object> p = map(eventOfType("SQS"), "Properties");
        assertEquals(queueId(), target(p.get("Queue")));
        assertEquals(List.of(queueId(), "Arn"), map(p, "Queue").get("Fn::GetAtt"));
        assertEquals(10, intOf(p.get("BatchSize")));
        int window = intOf(p.get("MaximumBatchingWindowInSeconds"));
        assertTrue(window >= 0 && window <= 300, "MaximumBatchingWindowInSeconds in 0..300");
        assertTrue(list(p, "FunctionResponseTypes").contains("ReportBatchItemFailures"));
        assertEquals(ref("MaxConcurrency"), map(p, "ScalingConfig").get("MaximumConcurrency"));

        Map<String, Object> param = map(template, "Parameters", "MaxConcurrency");
        assertEquals("Number", param.get("Type"));
        assertEquals(5, intOf(param.get("Default")));
        assertEquals(2, intOf(param.get("MinValue")), "SQS MaximumConcurrency minimum is 2");
    }

    // ------------------------------------------------------------------------------------------
    // Queue and DLQ
    // ------------------------------------------------------------------------------------------

    @Test
    void queueVisibilityIsAtLeastSixTimesTheFunctionTimeout() {
        int timeout = intOf(functionProps().get("Timeout"));
        int visibility = intOf(props(queueId()).get("VisibilityTimeout"));
        assertTrue(visibility >= 6 * timeout, "VisibilityTimeout " + visibility + " < 6 x " + timeout);
    }

    @Test
    void poisonMessagesReachTheDlqAfterFiveReceives() {
        Map<String, Object> redrive = map(props(queueId()), "RedrivePolicy");
        assertEquals(5, intOf(redrive.get("maxReceiveCount")));
        String dlq = target(redrive.get("deadLetterTargetArn"));
        assertEquals(List.of(dlq, "Arn"), map(redrive, "deadLetterTargetArn").get("Fn::GetAtt"));
        assertEquals("AWS::SQS::Queue", typeOf(dlq));
        assertNotEquals(queueId(), dlq);
        assertEquals(14 * 24 * 3600, intOf(props(dlq).get("MessageRetentionPeriod")));
        assertEquals(Boolean.TRUE, props(queueId()).get("SqsManagedSseEnabled"));
        assertEquals(Boolean.TRUE, props(dlq).get("SqsManagedSseEnabled"));
    }

    @Test
    void queuePolicyLetsOnlyTheBucketSendFromThisAccount() {
        Map<String, Object> policy = onlyResourceOfType("AWS::SQS::QueuePolicy").getValue();
        Map<String, Object> p = map(policy, "Properties");
        assertEquals(List.of(ref(queueId())), list(p, "Queues"));
        List<Map<String, Object>> statements = statements(map(p, "PolicyDocument"));
        assertEquals(1, statements.size());
        Map<String, Object> s = statements.get(0);
        assertEquals("Allow", s.get("Effect"));
        assertEquals(Map.of("Service", "s3.amazonaws.com"), s.get("Principal"));
        assertEquals(List.of("sqs:SendMessage"), asList(s.get("Action")));
        assertEquals(Map.of("Fn::GetAtt", List.of(queueId(), "Arn")), s.get("Resource"));
        String sourceArn = sub(map(s, "Condition", "ArnLike").get("aws:SourceArn"));
        assertTrue(sourceArn.matches("arn:(aws|\\$\\{AWS::Partition\\}):s3:::\\$\\{BucketName\\}"), sourceArn);
        assertEquals(ref("AWS::AccountId"), map(s, "Condition", "StringEquals").get("aws:SourceAccount"));
    }

    // ------------------------------------------------------------------------------------------
    // Bucket
    // ------------------------------------------------------------------------------------------

    @Test
    void htmlUploadsNotifyTheQueueAndNothingElseDoes() {
        Map.Entry<String, Map<String, Object>> bucket = onlyResourceOfType("AWS::S3::Bucket");
        Map<String, Object> p = map(bucket.getValue(), "Properties");
        assertEquals(ref("BucketName"), p.get("BucketName"));
        String policyId = onlyResourceOfType("AWS::SQS::QueuePolicy").getKey();
        assertTrue(asList(bucket.getValue().get("DependsOn")).contains(policyId),
                "the bucket must wait for the queue policy, or S3 cannot validate the destination");

        Map<String, Object> notifications = map(p, "NotificationConfiguration");
        assertEquals(Set.of("QueueConfigurations"), notifications.keySet(), "no other notification targets");
        List<Object> configs = list(notifications, "QueueConfigurations");
        assertEquals(1, configs.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> c = (Map<String, Object>) configs.get(0);
        assertEquals("s3:ObjectCreated:*", c.get("Event"));
        assertEquals(Map.of("Fn::GetAtt", List.of(queueId(), "Arn")), c.get("Queue"));
        List<Object> rules = list(c, "Filter", "S3Key", "Rules");
        assertEquals(1, rules.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> rule = (Map<String, Object>) rules.get(0);
        assertEquals("suffix", String.valueOf(rule.get("Name")).toLowerCase(Locale.ROOT));
        String suffix = (String) rule.get("Value");
        assertEquals(".html", suffix);
        assertFalse("news/kim.summary.json".endsWith(suffix), "results must never trigger work");
    }

    @Test
    void bucketIsPrivateAndEncrypted() {
        Map<String, Object> p = map(onlyResourceOfType("AWS::S3::Bucket").getValue(), "Properties");
        Map<String, Object> block = map(p, "PublicAccessBlockConfiguration");
        for (String k : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
            assertEquals(Boolean.TRUE, block.get(k), k);
        }
        List<Object> sse = list(p, "BucketEncryption", "ServerSideEncryptionConfiguration");
        assertFalse(sse.isEmpty());
    }

    // ------------------------------------------------------------------------------------------
    // IAM
    // ------------------------------------------------------------------------------------------

    /**
     * The role is written out: SAM's implicit role would attach AWSLambdaBasicExecutionRole and
     * AWSLambdaSQSQueueExecutionRole, whose statements grant on "*".
     */
    @Test
    void functionUsesTheExplicitRoleWithoutManagedPolicies() {
        Map<String, Object> p = functionProps();
        assertNull(p.get("Policies"), "with Role set, SAM ignores Policies");
        String roleId = target(p.get("Role"));
        assertEquals("AWS::IAM::Role", typeOf(roleId));
        Map<String, Object> role = props(roleId);
        assertNull(role.get("ManagedPolicyArns"), "managed policies grant on *");
        List<Map<String, Object>> trust = statements(map(role, "AssumeRolePolicyDocument"));
        assertEquals(1, trust.size());
        assertEquals(Map.of("Service", "lambda.amazonaws.com"), trust.get(0).get("Principal"));
    }

    @Test
    void noStatementGrantsOnStar() {
        List<Map<String, Object>> all = new ArrayList<>();
        collectStatements(template, all);
        assertTrue(all.size() >= 8, "found only " + all.size() + " statements");
        for (Map<String, Object> s : all) {
            assertNull(s.get("NotResource"), "NotResource: " + s);
            assertNull(s.get("NotAction"), "NotAction: " + s);
            for (Object r : asList(s.get("Resource"))) {
                assertNotEquals("*", r, "Resource \"*\" in " + s);
                String text = sub(r);
                if (text != null) {
                    // arn:aws:s3:::* and the like: a wildcard for everything of a service
                    String plain = text.replaceAll("\\$\\{[^}]*}", "X");
                    assertFalse(plain.matches("arn:[^:]*:[^:]*:[^:]*:[^:]*:\\*"), "whole-service wildcard in " + s);
                }
            }
            if ("Allow".equals(s.get("Effect"))) {
                for (Object a : asList(s.get("Action"))) {
                    assertFalse(String.valueOf(a).contains("*"), "wildcard action allowed in " + s);
                }
            }
        }
    }

    @Test
    void s3AccessIsScopedToTheBucket() {
        List<Map<String, Object>> s3 = roleStatementsWithActionPrefix("s3:");
        Set<String> granted = new HashSet<>();
        for (Map<String, Object> s : s3) {
            for (Object a : asList(s.get("Action"))) {
                String action = (String) a;
                granted.add(action);
                String expected = switch (action) {
                    case "s3:GetObject", "s3:PutObject" -> "arn:${AWS::Partition}:s3:::${BucketName}/*";
                    case "s3:ListBucket" -> "arn:${AWS::Partition}:s3:::${BucketName}";
                    default -> null;
                };
                assertNotNull(expected, "unexpected S3 action " + action);
                assertEquals(List.of(expected), asList(s.get("Resource")).stream().map(TemplateTest::sub).toList(),
                        action + " must be scoped to the bucket");
            }
        }
        assertEquals(Set.of("s3:GetObject", "s3:PutObject", "s3:ListBucket"), granted);
    }

    @Test
    void sqsAccessIsScopedToTheQueue() {
        Set<String> granted = new HashSet<>();
        for (Map<String, Object> s : roleStatementsWithActionPrefix("sqs:")) {
            assertEquals(List.of(Map.of("Fn::GetAtt", List.of(queueId(), "Arn"))), asList(s.get("Resource")));
            asList(s.get("Action")).forEach(a -> granted.add((String) a));
        }
        // With an explicit Role, SAM adds nothing for the SQS event: the poller needs these four.
        assertTrue(granted.containsAll(Set.of("sqs:ReceiveMessage", "sqs:DeleteMessage",
                "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes", "sqs:SendMessage")), granted.toString());
    }

    @Test
    void logsGoToTheStacksOwnLogGroupWithRetention() {
        Map.Entry<String, Map<String, Object>> lg = onlyResourceOfType("AWS::Logs::LogGroup");
        assertTrue(intOf(map(lg.getValue(), "Properties").get("RetentionInDays")) > 0);
        assertEquals(ref(lg.getKey()), map(functionProps(), "LoggingConfig").get("LogGroup"));
        for (Map<String, Object> s : roleStatementsWithActionPrefix("logs:")) {
            assertEquals(List.of(Map.of("Fn::GetAtt", List.of(lg.getKey(), "Arn"))), asList(s.get("Resource")));
        }
        assertFalse(roleStatementsWithActionPrefix("logs:").isEmpty());
    }

    @Test
    void bedrockIsGrantedOnlyForTheBedrockProviderAndOnlyOnFoundationModels() {
        List<Map<String, Object>> bedrock = roleStatementsWithActionPrefix("bedrock:");
        if (bedrock.isEmpty()) {
            return; // omitted altogether: allowed
        }
        for (Map<String, Object> s : bedrock) {
            for (Object r : asList(s.get("Resource"))) {
                assertEquals("arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/*", sub(r));
            }
        }
        // The policy holding them sits in !If [UseBedrock, …, !Ref AWS::NoValue].
        String roleId = target(functionProps().get("Role"));
        boolean guarded = false;
        for (Object policy : list(props(roleId), "Policies")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) policy;
            if (m.containsKey("Fn::If")) {
                List<Object> branches = asList(m.get("Fn::If"));
                assertEquals(ref("AWS::NoValue"), branches.get(2));
                assertEquals(List.of(ref("LlmProvider"), "bedrock"),
                        map(template, "Conditions", (String) branches.get(0)).get("Fn::Equals"));
                List<Map<String, Object>> inside = new ArrayList<>();
                collectStatements(branches.get(1), inside);
                guarded |= inside.stream().anyMatch(bedrock::contains);
            } else {
                List<Map<String, Object>> unguarded = new ArrayList<>();
                collectStatements(m, unguarded);
                assertTrue(unguarded.stream().noneMatch(bedrock::contains), "bedrock granted unconditionally");
            }
        }
        assertTrue(guarded);
    }

    // ------------------------------------------------------------------------------------------
    // Parameters, outputs, references
    // ------------------------------------------------------------------------------------------

    @Test
    void parameters() {
        Map<String, Object> params = map(template, "Parameters");
        Map<String, Object> provider = map(params, "LlmProvider");
        assertEquals("builtin", provider.get("Default"));
        assertEquals(List.of("builtin", "openai", "bedrock", "anthropic", "ollama"), provider.get("AllowedValues"));
        assertTrue(params.containsKey("LlmModel"));
        assertEquals("", map(params, "LlmBaseUrl").get("Default"));
        assertTrue(params.containsKey("BucketName"));
    }

    @Test
    void secretsAreNoEcho() {
        Map<String, Object> params = map(template, "Parameters");
        int secrets = 0;
        for (Map.Entry<String, Object> e : params.entrySet()) {
            String name = e.getKey();
            boolean holdsSecretValue = name.matches("(?i).*(key|secret|token|password).*")
                    && !name.matches("(?i).*(parameter|arn|name)$");
            if (holdsSecretValue) {
                secrets++;
                @SuppressWarnings("unchecked")
                Map<String, Object> p = (Map<String, Object>) e.getValue();
                assertEquals(Boolean.TRUE, p.get("NoEcho"), name + " must be NoEcho");
                assertFalse(String.valueOf(p.get("Description")).isBlank(), name + " documents the choice");
            }
        }
        assertEquals(1, secrets, "LlmApiKey");
        // The secret is never echoed back through an output.
        assertFalse(String.valueOf(template.get("Outputs")).contains("LlmApiKey"));
    }

    @Test
    void outputs() {
        Map<String, Object> outputs = map(template, "Outputs");
        String url = sub(map(outputs, "SummarizeUrl").get("Value"));
        assertTrue(url.startsWith("https://${") && url.endsWith("/summarize"), url);
        String api = url.substring("https://${".length(), url.indexOf('}'));
        assertEquals("AWS::Serverless::HttpApi", typeOf(api));
        assertEquals(Map.of("Fn::GetAtt", List.of(functionId(), "Arn")), map(outputs, "FunctionArn").get("Value"));
        assertEquals(ref(queueId()), map(outputs, "QueueUrl").get("Value"));
        assertEquals(Map.of("Fn::GetAtt", List.of(queueId(), "Arn")), map(outputs, "QueueArn").get("Value"));
        String dlq = target(map(props(queueId()), "RedrivePolicy").get("deadLetterTargetArn"));
        assertEquals(ref(dlq), map(outputs, "DeadLetterQueueUrl").get("Value"));
        assertEquals(ref(onlyResourceOfType("AWS::S3::Bucket").getKey()), map(outputs, "BucketName").get("Value"));
    }

    /** Every Ref, GetAtt, ${…} and condition name points at something that exists. */
    @Test
    void everyReferenceResolves() {
        Set<String> names = new HashSet<>(map(template, "Parameters").keySet());
        names.addAll(resources.keySet());
        names.add(functionId() + "Alias" + functionProps().get("AutoPublishAlias")); // made by SAM
        Set<String> conditions = map(template, "Conditions").keySet();
        List<String> unresolved = new ArrayList<>();
        checkRefs(template, names, conditions, unresolved);
        assertEquals(List.of(), unresolved);
    }

    @Test
    void parserUnderstandsEveryShortTag() {
        Map<String, Object> t = CfnYaml.load("""
                a: !Ref X
                b: !GetAtt Res.Attr.Dotted
                c: !Sub "${AWS::Region}"
                d: !If [C, !Ref Y, !Ref AWS::NoValue]
                e: !Equals [!Ref P, v]
                f: !Not [!Condition C]
                g: !And [!Condition C, !Or [!Condition D, !Condition E]]
                h: !Select [0, !GetAZs '']
                i: !Join ['', [a, b]]
                j: !Split [',', 'a,b']
                k: !FindInMap [M, K, V]
                l: !ImportValue other-stack-export
                m: !Base64 {"Fn::Sub": "x"}
                n: !Cidr [10.0.0.0/16, 4, 8]
                o: !Sub
                  - "${A}"
                  - A: !Ref Z
                """);
        assertEquals(Map.of("Ref", "X"), t.get("a"));
        assertEquals(Map.of("Fn::GetAtt", List.of("Res", "Attr.Dotted")), t.get("b"));
        assertEquals(Map.of("Fn::Sub", "${AWS::Region}"), t.get("c"));
        assertEquals(Map.of("Fn::If", List.of("C", Map.of("Ref", "Y"), Map.of("Ref", "AWS::NoValue"))), t.get("d"));
        assertEquals(Map.of("Fn::Not", List.of(Map.of("Condition", "C"))), t.get("f"));
        assertEquals(Map.of("Fn::Select", List.of(0, Map.of("Fn::GetAZs", ""))), t.get("h"));
        assertEquals(Map.of("Fn::ImportValue", "other-stack-export"), t.get("l"));
        assertEquals(Map.of("Fn::Base64", Map.of("Fn::Sub", "x")), t.get("m"));
        for (String k : List.of("e", "g", "i", "j", "k", "n", "o")) {
            assertTrue(t.get(k) instanceof Map<?, ?> m && m.size() == 1, k);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------

    static String functionId() {
        return onlyResourceOfType("AWS::Serverless::Function").getKey();
    }

    static Map<String, Object> functionProps() {
        return props(functionId());
    }

    /** The queue the SQS event reads. */
    static String queueId() {
        return target(map(eventOfType("SQS"), "Properties").get("Queue"));
    }

    static Map<String, Object> eventOfType(String type) {
        Map<String, Object> found = null;
        for (Object e : map(functionProps(), "Events").values()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> event = (Map<String, Object>) e;
            if (type.equals(event.get("Type"))) {
                assertNull(found, "more than one " + type + " event");
                found = event;
            }
        }
        assertNotNull(found, "no " + type + " event");
        return found;
    }

    @SuppressWarnings("unchecked")
    static Map.Entry<String, Map<String, Object>> onlyResourceOfType(String type) {
        List<Map.Entry<String, Map<String, Object>>> found = new ArrayList<>();
        resources.forEach((id, r) -> {
            if (type.equals(((Map<String, Object>) r).get("Type"))) {
                found.add(Map.entry(id, (Map<String, Object>) r));
            }
        });
        assertEquals(1, found.size(), "resources of type " + type);
        return found.get(0);
    }

    static String typeOf(String logicalId) {
        Map<String, Object> r = map(resources, logicalId);
        return (String) r.get("Type");
    }

    static Map<String, Object> props(String logicalId) {
        return map(resources, logicalId, "Properties");
    }

    static Map<String, Object> ref(String name) {
        return Map.of("Ref", name);
    }

    /** The logical id a {@code Ref} or {@code Fn::GetAtt} points at. */
    @SuppressWarnings("unchecked")
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

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> from, String... path) {
        Object cur = from;
        for (String key : path) {
            assertTrue(cur instanceof Map, "not a map before " + key + ": " + cur);
            cur = ((Map<String, Object>) cur).get(key);
            assertNotNull(cur, "missing " + String.join(".", path));
        }
        assertTrue(cur instanceof Map, String.join(".", path) + " is not a map: " + cur);
        return (Map<String, Object>) cur;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> from, String... path) {
        String[] parent = java.util.Arrays.copyOf(path, path.length - 1);
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

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> statements(Map<String, Object> document) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object s : asList(document.get("Statement"))) {
            out.add((Map<String, Object>) s);
        }
        return out;
    }

    /** Every IAM statement (a map with Effect and Action) anywhere under {@code node}. */
    @SuppressWarnings("unchecked")
    static void collectStatements(Object node, List<Map<String, Object>> out) {
        if (node instanceof Map<?, ?> m) {
            if (m.containsKey("Effect") && (m.containsKey("Action") || m.containsKey("NotAction"))) {
                out.add((Map<String, Object>) m);
            }
            m.values().forEach(v -> collectStatements(v, out));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collectStatements(v, out));
        }
    }

    static List<Map<String, Object>> roleStatementsWithActionPrefix(String prefix) {
        List<Map<String, Object>> all = new ArrayList<>();
        collectStatements(props(target(functionProps().get("Role"))).get("Policies"), all);
        return all.stream()
                .filter(s -> asList(s.get("Action")).stream().anyMatch(a -> String.valueOf(a).startsWith(prefix)))
                .peek(s -> assertTrue(asList(s.get("Action")).stream().allMatch(a -> String.valueOf(a).startsWith(prefix)),
                        "one service per statement: " + s))
                .toList();
    }

    private static final Pattern SUB_VAR = Pattern.compile("\\$\\{([^!}][^}]*)}");

    @SuppressWarnings("unchecked")
    static void checkRefs(Object node, Set<String> names, Set<String> conditions, List<String> unresolved) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> map = (Map<String, Object>) m;
            if (map.get("Ref") instanceof String r && !r.startsWith("AWS::") && !names.contains(r)) {
                unresolved.add("Ref " + r);
            }
            if (map.get("Fn::GetAtt") instanceof List<?> l && !names.contains((String) l.get(0))) {
                unresolved.add("GetAtt " + l);
            }
            if (map.get("Condition") instanceof String c && !conditions.contains(c) && map.size() == 1) {
                unresolved.add("Condition " + c);
            }
            if (map.get("Fn::If") instanceof List<?> l && !conditions.contains((String) l.get(0))) {
                unresolved.add("If " + l.get(0));
            }
            Object subValue = map.get("Fn::Sub");
            Set<String> local = new HashSet<>();
            String subText = null;
            if (subValue instanceof String s) {
                subText = s;
            } else if (subValue instanceof List<?> l) {
                subText = (String) l.get(0);
                local.addAll(((Map<String, Object>) l.get(1)).keySet());
            }
            if (subText != null) {
                Matcher matcher = SUB_VAR.matcher(subText);
                while (matcher.find()) {
                    String var = matcher.group(1);
                    String head = var.contains(".") ? var.substring(0, var.indexOf('.')) : var;
                    if (!var.startsWith("AWS::") && !names.contains(head) && !local.contains(var)) {
                        unresolved.add("Sub ${" + var + "}");
                    }
                }
            }
            map.values().forEach(v -> checkRefs(v, names, conditions, unresolved));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> checkRefs(v, names, conditions, unresolved));
        }
    }

    /** Environment variable names of every property of a {@code @ConfigMapping} interface. */
    static void collectEnvNames(Class<?> type, String prefix, Set<String> out) {
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.isDefault()) continue;
            String name = prefix + "_" + m.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
            Class<?> r = m.getReturnType();
            if (r.isInterface() && r.getName().startsWith("dev.precis.")) {
                collectEnvNames(r, name, out);
            } else {
                out.add(name);
            }
        }
    }

}
