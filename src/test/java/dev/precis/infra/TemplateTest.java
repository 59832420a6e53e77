package dev.precis.infra;

import dev.precis.config.PrecisConfig;
import dev.precis.store.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.infra.TemplateTree.BUCKET;
import static dev.precis.infra.TemplateTree.PROCESSED_TREE;
import static dev.precis.infra.TemplateTree.RESOURCES;
import static dev.precis.infra.TemplateTree.TEMPLATE;
import static dev.precis.infra.TemplateTree.TEMPLATE_TREE;
import static dev.precis.infra.TemplateTree.aliasId;
import static dev.precis.infra.TemplateTree.asList;
import static dev.precis.infra.TemplateTree.deployed;
import static dev.precis.infra.TemplateTree.dlqId;
import static dev.precis.infra.TemplateTree.eventOfType;
import static dev.precis.infra.TemplateTree.functionId;
import static dev.precis.infra.TemplateTree.functionProps;
import static dev.precis.infra.TemplateTree.intOf;
import static dev.precis.infra.TemplateTree.list;
import static dev.precis.infra.TemplateTree.map;
import static dev.precis.infra.TemplateTree.onlyResourceOfType;
import static dev.precis.infra.TemplateTree.props;
import static dev.precis.infra.TemplateTree.queueId;
import static dev.precis.infra.TemplateTree.ref;
import static dev.precis.infra.TemplateTree.resourcesOfType;
import static dev.precis.infra.TemplateTree.statements;
import static dev.precis.infra.TemplateTree.sub;
import static dev.precis.infra.TemplateTree.target;
import static dev.precis.infra.TemplateTree.typeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps {@code infra/template.yaml} true to the deployment's invariants: runtime, sizing, SnapStart,
 * the environment the application reads, the SQS trigger and its DLQ, the bucket's notifications (only
 * .html/.htm under the incoming prefix, any case: no loops), reserved concurrency, tracing, alarms,
 * the lifecycle rule, the Rules that stop a bad deploy, outputs. Who may call and what the role may do
 * is {@link TemplateAccessTest}'s. Plain JUnit: reads and evaluates the YAML ({@link CfnEval}), no AWS.
 * Where cfn-lint is installed, {@code .ci/run} lints the template too.
 */
class TemplateTest {

    static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";

    // ------------------------------------------------------------------------------------------
    // The function
    // ------------------------------------------------------------------------------------------

    @Test
    void isASamTemplate() {
        assertEquals("2010-09-09", String.valueOf(TEMPLATE_TREE.get("AWSTemplateFormatVersion")));
        assertEquals("AWS::Serverless-2016-10-31", TEMPLATE_TREE.get("Transform"));
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
    }

    /** arm64 costs about 20% less per GB-second; the zip is pure Java, so either runs it. */
    @Test
    void architectureIsAParameterArm64ByDefault() {
        assertEquals(List.of(ref("Architecture")), functionProps().get("Architectures"));
        Map<String, Object> param = map(TEMPLATE_TREE, "Parameters", "Architecture");
        assertEquals("arm64", param.get("Default"));
        assertEquals(List.of("arm64", "x86_64"), param.get("AllowedValues"));
    }

    @Test
    void memoryIsAParameterOf512MbAndTimeoutLeavesRoomForLlmCalls() {
        Map<String, Object> p = functionProps();
        assertEquals(ref("FunctionMemory"), p.get("MemorySize"));
        Map<String, Object> memory = map(TEMPLATE_TREE, "Parameters", "FunctionMemory");
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
        // the key is in the snapshot: a stamp publishes a new version (a new init reads it again) on demand
        assertEquals(ref("VersionStamp"), p.get("AutoPublishCodeSha256"));
        assertEquals("", map(TEMPLATE_TREE, "Parameters", "VersionStamp").get("Default"));
    }

    @Test
    void tracingIsActive() {
        assertEquals("Active", functionProps().get("Tracing"));
        // its permissions: TemplateAccessTest.xrayIsTheOnlyGrantOnStar
    }

    @Test
    void environmentConfiguresTheApplication() {
        Map<String, Object> env = map(functionProps(), "Environment", "Variables");
        assertEquals("true", env.get("DISABLE_SIGNAL_HANDLERS"), "a string, as Lambda requires");
        String jto = (String) env.get("JAVA_TOOL_OPTIONS");
        assertTrue(jto.contains("-XX:+TieredCompilation") && jto.contains("-XX:TieredStopAtLevel=1"), jto);
        assertTrue(jto.contains("-XX:CICompilerCount=1"), jto); // legal only with C1 alone (TieredStopAtLevel=1)
        assertEquals("precis", env.get("QUARKUS_LAMBDA_HANDLER"));
        env.forEach((k, v) -> assertFalse(v instanceof Number || v instanceof Boolean,
                k + " must be a string: Lambda environment values are strings"));
        assertFalse(env.containsKey("PRECIS_LLM_API_KEY"), "the key itself is never an environment variable");

        Map<String, Object> e = environment(deployed());
        assertEquals("builtin", e.get("PRECIS_LLM_PROVIDER"));
        assertEquals("s3://" + BUCKET + "/results", e.get("PRECIS_STORE_URI"), "the results prefix, without its slash");
        assertEquals(BUCKET, e.get("PRECIS_SOURCES_S3_ALLOWED_BUCKETS"), "s3 sources from the stack's bucket only");
        assertEquals("incoming/", e.get("PRECIS_SOURCES_S3_INCOMING_PREFIX"));
        assertEquals("28s", e.get("PRECIS_HTTP_DEADLINE"), "before API Gateway's 30 s");
        assertEquals("<" + queueId() + ">", e.get("PRECIS_ASYNC_QUEUE_URL"), "the request queue's URL");
        for (String unset : List.of("PRECIS_LLM_MODEL", "PRECIS_LLM_BASE_URL", "PRECIS_LLM_API_KEY_SECRET")) {
            assertFalse(e.containsKey(unset), unset + " is not set when its parameter is empty");
        }

        Map<String, Object> custom = environment(deployed("LlmProvider", "openai", "LlmModel", "gpt-4.1-mini",
                "LlmBaseUrl", "https://llm.example.com/v1", "LlmApiKeySecret", "precis/keys#openai",
                "IncomingPrefix", "uploads/", "ResultsPrefix", "summaries/"));
        assertEquals("gpt-4.1-mini", custom.get("PRECIS_LLM_MODEL"));
        assertEquals("https://llm.example.com/v1", custom.get("PRECIS_LLM_BASE_URL"));
        assertEquals("precis/keys#openai", custom.get("PRECIS_LLM_API_KEY_SECRET"), "the reference, as given");
        assertEquals("s3://" + BUCKET + "/summaries", custom.get("PRECIS_STORE_URI"));
        assertEquals("uploads/", custom.get("PRECIS_SOURCES_S3_INCOMING_PREFIX"));
    }

    /** With SnapStart the HTTP deadline must leave API Gateway's 30 s integration limit some room. */
    @Test
    void httpDeadlineEndsBeforeApiGatewayGivesUp() {
        String deadline = (String) map(functionProps(), "Environment", "Variables").get("PRECIS_HTTP_DEADLINE");
        int seconds = Integer.parseInt(deadline.replace("s", ""));
        Map<String, Object> route = TemplateTree.routes(TemplateTree.apiDefinition(deployed())).get("POST /summarize");
        int integration = intOf(map(route, "x-amazon-apigateway-integration").get("timeoutInMillis")) / 1000;
        assertTrue(seconds < integration && integration <= 30, deadline + " vs " + integration + " s");
        assertTrue(seconds < intOf(functionProps().get("Timeout")));
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

    /**
     * Variables the request-handling half of issue 12 reads (precis.sources.s3.allowed-buckets,
     * precis.sources.s3.incoming-prefix, precis.http.deadline, precis.async.queue-url): agreed names,
     * set here before {@link PrecisConfig} maps them. Once it does, they are checked like the others.
     */
    /** What the request handling needs from the stack: set on the function, each a config property. */
    static final Set<String> REQUEST_HANDLING = Set.of("PRECIS_SOURCES_S3_ALLOWED_BUCKETS",
            "PRECIS_SOURCES_S3_INCOMING_PREFIX", "PRECIS_HTTP_DEADLINE", "PRECIS_ASYNC_QUEUE_URL");

    /** A PRECIS_* variable that maps to no property would be ignored, or fail the config mapping. */
    @Test
    void everyPrecisVariableIsAConfigProperty() {
        Set<String> known = new TreeSet<>();
        collectEnvNames(PrecisConfig.class, "PRECIS", known);
        assertTrue(known.contains("PRECIS_LLM_API_KEY_SECRET"), known.toString());
        Map<String, Object> env = map(functionProps(), "Environment", "Variables");
        for (String name : env.keySet()) {
            if (name.startsWith("PRECIS_")) {
                assertTrue(known.contains(name), name + " is not one of " + known);
            }
        }
        assertTrue(env.keySet().containsAll(REQUEST_HANDLING), env.keySet().toString());
    }

    // ------------------------------------------------------------------------------------------
    // SQS trigger, queue and DLQ
    // ------------------------------------------------------------------------------------------

    @Test
    void sqsEventReportsPartialBatchFailuresWithBoundedConcurrency() {
        Map<String, Object> p = map(eventOfType("SQS"), "Properties");
        assertEquals(List.of(queueId(), "Arn"), map(p, "Queue").get("Fn::GetAtt"));
        assertEquals(10, intOf(p.get("BatchSize")));
        int window = intOf(p.get("MaximumBatchingWindowInSeconds"));
        assertTrue(window >= 0 && window <= 300, "MaximumBatchingWindowInSeconds in 0..300");
        assertTrue(list(p, "FunctionResponseTypes").contains("ReportBatchItemFailures"));
        assertEquals(ref("MaxConcurrency"), map(p, "ScalingConfig").get("MaximumConcurrency"));
        Map<String, Object> param = map(TEMPLATE_TREE, "Parameters", "MaxConcurrency");
        assertEquals("Number", param.get("Type"));
        assertEquals(5, intOf(param.get("Default")));
        assertTrue(asList(param.get("AllowedValues")).stream().allMatch(v -> intOf(v) >= 2 && intOf(v) <= 1000),
                "SQS MaximumConcurrency is 2..1000");
    }

    /**
     * Reserved concurrency is at least the queue's MaximumConcurrency for every value the parameter
     * allows (else SQS messages are throttled instead of waiting), leaves HTTP calls room, and can be
     * left off for accounts whose quota allows no reservation.
     */
    @Test
    void reservedConcurrencyCoversTheQueueForEveryAllowedValue() {
        Map<String, Object> p = map(TEMPLATE_TREE, "Parameters", "MaxConcurrency");
        for (Object v : asList(p.get("AllowedValues"))) {
            String max = String.valueOf(intOf(v));
            Map<String, Object> fn = deployed("MaxConcurrency", max).properties(functionId());
            int reserved = intOf(fn.get("ReservedConcurrentExecutions"));
            assertTrue(reserved >= intOf(max), "reserved " + reserved + " < MaxConcurrency " + max);
            assertTrue(reserved > intOf(max), "HTTP calls need room beside the queue: " + reserved + " for " + max);
        }
        assertEquals(10, intOf(deployed().properties(functionId()).get("ReservedConcurrentExecutions")));
        assertNull(deployed("ReserveConcurrency", "false").properties(functionId()).get("ReservedConcurrentExecutions"));
    }

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
        String dlq = dlqId();
        assertEquals(List.of(dlq, "Arn"), map(redrive, "deadLetterTargetArn").get("Fn::GetAtt"));
        assertEquals("AWS::SQS::Queue", typeOf(dlq));
        assertNotEquals(queueId(), dlq);
        assertEquals(14 * 24 * 3600, intOf(props(dlq).get("MessageRetentionPeriod")));
        assertEquals(Boolean.TRUE, props(queueId()).get("SqsManagedSseEnabled"));
        assertEquals(Boolean.TRUE, props(dlq).get("SqsManagedSseEnabled"));
    }

    @Test
    void queuePolicyLetsOnlyTheBucketSendFromThisAccount() {
        Map<String, Object> p = map(onlyResourceOfType("AWS::SQS::QueuePolicy").getValue(), "Properties");
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
    // Bucket: only .html/.htm under the incoming prefix, any case, notify the queue
    // ------------------------------------------------------------------------------------------

    /** Whether S3 would send {@code key}'s ObjectCreated event to the queue, by the evaluated filters. */
    static boolean notifies(CfnEval eval, String key) {
        Map<String, Object> bucket = eval.properties(onlyResourceOfType("AWS::S3::Bucket").getKey());
        for (Object c : asList(map(bucket, "NotificationConfiguration").get("QueueConfigurations"))) {
            Map<String, Object> config = CfnEval.map(c);
            String prefix = "";
            String suffix = "";
            for (Object r : list(config, "Filter", "S3Key", "Rules")) {
                Map<String, Object> rule = CfnEval.map(r);
                String name = String.valueOf(rule.get("Name")).toLowerCase(Locale.ROOT);
                if (name.equals("prefix")) prefix = (String) rule.get("Value");
                if (name.equals("suffix")) suffix = (String) rule.get("Value");
            }
            // S3 matches key filters case-sensitively
            if (key.startsWith(prefix) && key.endsWith(suffix)) return true;
        }
        return false;
    }

    @Test
    void everySpellingOfHtmlAndHtmUnderTheIncomingPrefixNotifiesTheQueueAndNothingElse() {
        Map.Entry<String, Map<String, Object>> bucket = onlyResourceOfType("AWS::S3::Bucket");
        Map<String, Object> p = map(bucket.getValue(), "Properties");
        assertEquals(ref("BucketName"), p.get("BucketName"));
        String policyId = onlyResourceOfType("AWS::SQS::QueuePolicy").getKey();
        assertTrue(asList(bucket.getValue().get("DependsOn")).contains(policyId),
                "the bucket must wait for the queue policy, or S3 cannot validate the destination");
        Map<String, Object> notifications = map(p, "NotificationConfiguration");
        assertEquals(Set.of("QueueConfigurations"), notifications.keySet(), "no other notification targets");

        Set<String> suffixes = new LinkedHashSet<>();
        for (Object c : list(notifications, "QueueConfigurations")) {
            Map<String, Object> config = CfnEval.map(c);
            assertEquals("s3:ObjectCreated:*", config.get("Event"));
            assertEquals(Map.of("Fn::GetAtt", List.of(queueId(), "Arn")), config.get("Queue"));
            List<Object> rules = list(config, "Filter", "S3Key", "Rules");
            assertEquals(2, rules.size(), "a prefix and a suffix: " + rules);
            assertEquals(Map.of("Name", "prefix", "Value", ref("IncomingPrefix")), rules.get(0));
            assertEquals("suffix", CfnEval.map(rules.get(1)).get("Name"));
            assertTrue(suffixes.add((String) CfnEval.map(rules.get(1)).get("Value")), "duplicate " + rules.get(1));
        }
        assertEquals(spellings(".html", ".htm"), suffixes, "every case of .html and .htm, nothing else");
        for (String a : suffixes) {
            for (String b : suffixes) {
                assertTrue(a.equals(b) || !a.endsWith(b), a + " overlaps " + b + ": S3 refuses overlapping filters");
            }
        }
    }

    /** Every upper/lower-case spelling of each suffix. */
    private static Set<String> spellings(String... suffixes) {
        Set<String> out = new TreeSet<>();
        for (String s : suffixes) {
            int letters = s.length() - 1;
            for (int mask = 0; mask < 1 << letters; mask++) {
                StringBuilder b = new StringBuilder(".");
                for (int i = 0; i < letters; i++) {
                    char c = s.charAt(i + 1);
                    b.append((mask >> i & 1) == 1 ? Character.toUpperCase(c) : c);
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"incoming/kim.html", "incoming/news/2025/kim.HTML", "incoming/a.Htm", "incoming/b.htM",
            "incoming/c.hTmL", "incoming/ünï cødé.html"})
    void uploadsOfArticlesNotify(String key) {
        assertTrue(notifies(deployed(), key), key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"incoming/kim.summary.json", "incoming/kim.summary.error.json", "incoming/kim.txt",
            "incoming/kim.html.bak", "incoming/kim.xhtml.json", "news/kim.html", "kim.html", "results/example.com/a.html",
            "results/inline/0123456789abcdef.html", "Incoming/kim.html", "incoming.html", "xincoming/kim.html"})
    void nothingElseNotifies(String key) {
        assertFalse(notifies(deployed(), key), key);
    }

    /**
     * No loop: everything the function writes for url/html/text requests (page copies and results, as
     * the store lays them out under PRECIS_STORE_URI) lands under the results prefix, which never
     * notifies; its other writes are x.summary.json and x.summary.error.json, which never do either.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "uploads/,summaries/", "in/,out/"})
    void theFunctionsOwnWritesNeverNotify(String prefixes) {
        CfnEval eval = prefixes.isEmpty() ? deployed()
                : deployed("IncomingPrefix", prefixes.split(",")[0], "ResultsPrefix", prefixes.split(",")[1]);
        String incoming = eval.parameter("IncomingPrefix");
        Layout layout = new Layout((String) environment(eval).get("PRECIS_STORE_URI"));
        String bucketUri = "s3://" + BUCKET + "/";
        List<String> written = new ArrayList<>();
        for (String url : List.of("https://example.com/news/kim.html", "https://example.com/", "https://example.com/a.HTM?x=1",
                "https://example.com/" + incoming + "x.html", "https://example.com/x.summary.json")) {
            String copy = layout.sourceForUrl(url);
            written.add(copy);
            written.add(Layout.resultBeside(copy));
            written.add(Layout.errorBeside(copy));
        }
        written.add(layout.sourceForContent("<p>x</p>".getBytes(StandardCharsets.UTF_8), true));
        written.add(Layout.resultBeside(bucketUri + incoming + "news/kim.html"));
        written.add(Layout.errorBeside(bucketUri + incoming + "news/kim.HTML"));
        for (String uri : written) {
            assertTrue(uri.startsWith(bucketUri), uri);
            String key = uri.substring(bucketUri.length());
            assertFalse(notifies(eval, key), "the function's write " + key + " would notify the queue");
        }
        assertTrue(notifies(eval, incoming + "news/kim.html"), "and uploads still do");
    }

    @Test
    void bucketIsPrivateAndEncrypted() {
        Map<String, Object> p = map(onlyResourceOfType("AWS::S3::Bucket").getValue(), "Properties");
        Map<String, Object> block = map(p, "PublicAccessBlockConfiguration");
        for (String k : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
            assertEquals(Boolean.TRUE, block.get(k), k);
        }
        assertFalse(list(p, "BucketEncryption", "ServerSideEncryptionConfiguration").isEmpty());
    }

    @Test
    void oldResultsExpireOnlyWhenAskedAndOnlyUnderTheResultsPrefix() {
        String bucket = onlyResourceOfType("AWS::S3::Bucket").getKey();
        assertNull(deployed().properties(bucket).get("LifecycleConfiguration"), "off by default");
        assertEquals(0, intOf(map(TEMPLATE_TREE, "Parameters", "ResultsExpirationDays").get("Default")));
        Map<String, Object> lifecycle = map(deployed("ResultsExpirationDays", "30").properties(bucket), "LifecycleConfiguration");
        List<Object> rules = list(lifecycle, "Rules");
        assertEquals(1, rules.size());
        Map<String, Object> rule = CfnEval.map(rules.get(0));
        assertEquals("Enabled", rule.get("Status"));
        assertEquals("results/", rule.get("Prefix"), "never the uploaded articles or their results");
        assertEquals("30", CfnEval.string(rule.get("ExpirationInDays")));
        assertEquals("summaries/", map(deployed("ResultsExpirationDays", "7", "ResultsPrefix", "summaries/").properties(bucket),
                "LifecycleConfiguration").get("Rules") instanceof List<?> l ? CfnEval.map(l.get(0)).get("Prefix") : null);
    }

    // ------------------------------------------------------------------------------------------
    // Alarms
    // ------------------------------------------------------------------------------------------

    @Test
    void alarmsWatchTheDlqErrorsThrottlesAndApi5xx() {
        Map<String, String> watched = new java.util.HashMap<>();
        for (Map.Entry<String, Map<String, Object>> a : resourcesOfType("AWS::CloudWatch::Alarm")) {
            Map<String, Object> p = deployed().properties(a.getKey());
            List<Object> dims = asList(p.get("Dimensions"));
            assertEquals(1, dims.size(), a.getKey());
            Map<String, Object> dim = CfnEval.map(dims.get(0));
            watched.put(p.get("Namespace") + " " + p.get("MetricName") + " " + dim.get("Name"), String.valueOf(dim.get("Value")));
            assertEquals("0", CfnEval.string(p.get("Threshold")), a.getKey() + ": the first occurrence counts");
            assertEquals("GreaterThanThreshold", p.get("ComparisonOperator"));
            assertEquals("notBreaching", p.get("TreatMissingData"), "no data is no trouble");
            assertNull(p.get("AlarmActions"), "no topic by default");
            Map<String, Object> told = deployed("AlarmTopicArn", "arn:aws:sns:us-east-1:123456789012:ops").properties(a.getKey());
            assertEquals(List.of("arn:aws:sns:us-east-1:123456789012:ops"), told.get("AlarmActions"));
            assertEquals(List.of("arn:aws:sns:us-east-1:123456789012:ops"), told.get("OKActions"));
        }
        assertEquals(Map.of(
                "AWS/SQS ApproximateNumberOfMessagesVisible QueueName", "<" + dlqId() + ".QueueName>",
                "AWS/Lambda Errors FunctionName", "<" + functionId() + ">",
                "AWS/Lambda Throttles FunctionName", "<" + functionId() + ">",
                "AWS/ApiGateway 5xx ApiId", "<" + onlyResourceOfType("AWS::ApiGatewayV2::Api").getKey() + ">"), watched);
    }

    // ------------------------------------------------------------------------------------------
    // Rules: a deploy that cannot work is stopped before anything is created
    // ------------------------------------------------------------------------------------------

    @Test
    void keyedProvidersNeedAKeySourceBeforeDeploy() {
        assertEquals(List.of(), deployed().failedRules(), "the defaults deploy");
        assertEquals(List.of(), deployed("LlmProvider", "bedrock").failedRules());
        assertFailsRule(deployed("LlmProvider", "anthropic"), "AnthropicNeedsAKeySource");
        assertEquals(List.of(), deployed("LlmProvider", "anthropic", "LlmApiKeySecret", "precis/anthropic").failedRules());
        for (String openAi : List.of("", "https://api.openai.com/v1", "https://api.openai.com/v1/", "https://api.openai.com")) {
            assertFailsRule(deployed("LlmProvider", "openai", "LlmBaseUrl", openAi), "OpenAiNeedsAKeySource");
        }
        assertEquals(List.of(), deployed("LlmProvider", "openai", "LlmApiKeySecret", "ssm:/precis/openai").failedRules());
        assertEquals(List.of(), deployed("LlmProvider", "openai", "LlmBaseUrl", "https://vllm.example.com/v1").failedRules(),
                "a keyless OpenAI-compatible server of one's own");
        assertFailsRule(deployed("LlmProvider", "ollama"), "OllamaNeedsABaseUrl");
        assertEquals(List.of(), deployed("LlmProvider", "ollama", "LlmBaseUrl", "https://ollama.example.com").failedRules());
    }

    @Test
    void jwtNeedsAnIssuerAndAnAudienceAndPrefixesMustDiffer() {
        CfnEval jwt = deployed("AuthMode", "jwt");
        assertEquals(2, jwt.failedRules().size(), jwt.failedRules().toString());
        assertEquals(List.of(), deployed("AuthMode", "jwt", "JwtIssuer", "https://issuer.example.com",
                "JwtAudience", "client-1,client-2").failedRules());
        assertFailsRule(deployed("IncomingPrefix", "results/"), "PrefixesDiffer");
    }

    private static void assertFailsRule(CfnEval eval, String rule) {
        List<String> failed = eval.failedRules();
        assertEquals(1, failed.size(), failed.toString());
        assertTrue(failed.get(0).startsWith(rule + ": "), failed.toString());
        assertFalse(failed.get(0).endsWith(": null"), "every assertion says what to do");
    }

    // ------------------------------------------------------------------------------------------
    // Parameters, outputs, references
    // ------------------------------------------------------------------------------------------

    @Test
    void parameters() {
        Map<String, Object> params = map(TEMPLATE_TREE, "Parameters");
        assertEquals("builtin", map(params, "LlmProvider").get("Default"));
        assertEquals(List.of("builtin", "openai", "bedrock", "anthropic", "ollama"), map(params, "LlmProvider").get("AllowedValues"));
        assertEquals("", map(params, "LlmModel").get("Default"), "empty = the provider's own default model");
        assertEquals("", map(params, "LlmBaseUrl").get("Default"));
        assertEquals("incoming/", map(params, "IncomingPrefix").get("Default"));
        assertEquals("results/", map(params, "ResultsPrefix").get("Default"));
        assertNull(map(params, "BucketName").get("Default"));
        params.forEach((name, p) -> assertTrue(String.valueOf(CfnEval.map(p).get("Description")).length() > 40,
                name + " says what it does"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IncomingPrefix=incoming", "IncomingPrefix=/incoming/", "IncomingPrefix=a/b/",
            "ResultsPrefix=", "LlmBaseUrl=ftp://x", "JwtIssuer=http://issuer.example.com", "LlmModel=gpt 4",
            "AlarmTopicArn=ops", "MaxConcurrency=7", "LlmApiKeySecret=arn:aws:secretsmanager:us-east-1:123456789012:secret:k",
            "LlmApiKeySecret=ssm:relative/name", "LlmApiKeySecret=two words"})
    void malformedParametersAreRefused(String assignment) {
        String[] kv = assignment.split("=", 2);
        CfnEval eval = new CfnEval(TEMPLATE_TREE, Map.of("BucketName", BUCKET, kv[0], kv[1]));
        assertEquals(1, eval.invalidParameters().size(), eval.invalidParameters().toString());
    }

    /** No parameter carries a secret value (the key is kept in Secrets Manager or SSM), so none needs NoEcho. */
    @Test
    void noParameterHoldsASecret() {
        Map<String, Object> params = map(TEMPLATE_TREE, "Parameters");
        assertFalse(params.containsKey("LlmApiKey"));
        params.forEach((name, p) -> {
            if (name.matches("(?i).*(password|token).*") || name.matches("(?i).*key$")) {
                throw new AssertionError(name + " looks like it holds a secret value");
            }
        });
        assertTrue(String.valueOf(map(params, "LlmApiKeySecret").get("Description")).contains("never the key itself"));
    }

    @Test
    void outputs() {
        Map<String, Object> outputs = map(TEMPLATE_TREE, "Outputs");
        String api = onlyResourceOfType("AWS::ApiGatewayV2::Api").getKey();
        CfnEval eval = deployed();
        assertEquals("https://<" + api + ">.execute-api.us-east-1.amazonaws.com/summarize", eval.output("SummarizeUrl"));
        assertEquals("arn:aws:execute-api:us-east-1:123456789012:<" + api + ">/$default/POST/summarize",
                eval.output("InvokePermissionResource"));
        assertEquals("iam", eval.output("AuthMode"));
        assertEquals(Map.of("Fn::GetAtt", List.of(functionId(), "Arn")), map(outputs, "FunctionArn").get("Value"));
        assertEquals(ref(aliasId()), map(outputs, "FunctionAliasArn").get("Value"));
        assertEquals(ref(queueId()), map(outputs, "QueueUrl").get("Value"));
        assertEquals(Map.of("Fn::GetAtt", List.of(queueId(), "Arn")), map(outputs, "QueueArn").get("Value"));
        assertEquals(ref(dlqId()), map(outputs, "DeadLetterQueueUrl").get("Value"));
        String bucket = onlyResourceOfType("AWS::S3::Bucket").getKey();
        assertEquals(ref(bucket), map(outputs, "BucketName").get("Value"));
        assertEquals("s3://<" + bucket + ">/incoming/", eval.output("IncomingUri"));
        assertEquals("s3://<" + bucket + ">/results/", eval.output("ResultsUri"));
    }

    /** Every Ref, GetAtt, ${…} and condition name points at something that exists, and every condition is used. */
    @Test
    void everyReferenceResolves() {
        Set<String> names = new HashSet<>(map(TEMPLATE_TREE, "Parameters").keySet());
        names.addAll(RESOURCES.keySet());
        names.add(aliasId()); // made by SAM
        Set<String> conditions = map(TEMPLATE_TREE, "Conditions").keySet();
        List<String> unresolved = new ArrayList<>();
        // with the included API definition in place, as CloudFormation evaluates it
        checkRefs(PROCESSED_TREE, names, conditions, unresolved);
        assertEquals(List.of(), unresolved);
        String text = PROCESSED_TREE.toString();
        for (String c : conditions) {
            assertTrue(text.contains("Condition=" + c) || text.contains("Fn::If=[" + c + ","), "condition " + c + " is unused");
        }
    }

    /** Every variant of every parameter set used in these tests evaluates (no Select past a list's end, no unknown key). */
    @Test
    void theTemplateEvaluatesForEveryBranch() {
        for (CfnEval eval : TemplateAccessTest.branches()) {
            for (String id : RESOURCES.keySet()) {
                eval.properties(id);
            }
            map(TEMPLATE_TREE, "Outputs").keySet().forEach(eval::output);
        }
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

    /** The evaluator itself: what the tests above rely on it for. */
    @Test
    void evaluatorFollowsCloudFormation() {
        Map<String, Object> t = CfnYaml.load("""
                Parameters:
                  P: {Type: String, Default: 'a.b.c'}
                  N: {Type: Number, Default: 5, MinValue: 2}
                Mappings:
                  M: {'5': {V: ten}}
                Conditions:
                  Three: !Not [!Equals [!Select [2, !Split ['.', !Sub '${P}..']], '']]
                  Both: !And [!Condition Three, !Equals [!Ref N, '5']]
                Rules:
                  R:
                    RuleCondition: !Equals [!Ref P, x]
                    Assertions: [{Assert: {'Fn::Contains': [[y, z], !Ref N]}, AssertDescription: nope}]
                Resources:
                  X:
                    Condition: Both
                    Properties:
                      a: !Sub ['${A}-${AWS::Region}-${X.Arn}-${!Lit}', {A: !FindInMap [M, !Ref N, V]}]
                      b: [!If [Three, one, !Ref AWS::NoValue], !Ref AWS::NoValue, !Join ['+', [!Ref P, !GetAtt X.Arn]]]
                """);
        CfnEval e = new CfnEval(t, Map.of());
        assertTrue(e.condition("Three") && e.condition("Both"));
        assertEquals(Map.of("a", "ten-us-east-1-<X.Arn>-${Lit}", "b", List.of("one", "a.b.c+<X.Arn>")), e.properties("X"));
        assertEquals(List.of(), e.failedRules());
        CfnEval x = new CfnEval(t, Map.of("P", "x", "N", "1"));
        assertEquals(List.of("R: nope"), x.failedRules());
        assertEquals(1, x.invalidParameters().size());
        assertNull(x.properties("X"), "condition false: not created");
    }

    // ------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------

    static Map<String, Object> environment(CfnEval eval) {
        return map(eval.properties(functionId()), "Environment", "Variables");
    }

    private static final Pattern SUB_VAR = Pattern.compile("\\$\\{([^!}][^}]*)}");

    static void checkRefs(Object node, Set<String> names, Set<String> conditions, List<String> unresolved) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> map = CfnEval.map(m);
            if (map.get("Ref") instanceof String r && !r.startsWith("AWS::") && !names.contains(r)) {
                unresolved.add("Ref " + r);
            }
            if (map.get("Fn::GetAtt") instanceof List<?> l && !names.contains((String) l.get(0))) {
                unresolved.add("GetAtt " + l);
            }
            if (map.get("Condition") instanceof String c && !conditions.contains(c) && (map.size() == 1 || map.containsKey("Type"))) {
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
                local.addAll(CfnEval.map(l.get(1)).keySet());
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
