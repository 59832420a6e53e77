package dev.precis.infra;

import dev.precis.secrets.SecretReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static dev.precis.infra.TemplateTree.RESOURCES;
import static dev.precis.infra.TemplateTree.TEMPLATE_TREE;
import static dev.precis.infra.TemplateTree.aliasId;
import static dev.precis.infra.TemplateTree.allowedUnconditionally;
import static dev.precis.infra.TemplateTree.apiDefinition;
import static dev.precis.infra.TemplateTree.apiId;
import static dev.precis.infra.TemplateTree.asList;
import static dev.precis.infra.TemplateTree.deployed;
import static dev.precis.infra.TemplateTree.eventsOfType;
import static dev.precis.infra.TemplateTree.functionProps;
import static dev.precis.infra.TemplateTree.map;
import static dev.precis.infra.TemplateTree.onlyResourceOfType;
import static dev.precis.infra.TemplateTree.props;
import static dev.precis.infra.TemplateTree.queueId;
import static dev.precis.infra.TemplateTree.resourcesOf;
import static dev.precis.infra.TemplateTree.resourcesOfType;
import static dev.precis.infra.TemplateTree.roleId;
import static dev.precis.infra.TemplateTree.roleStatements;
import static dev.precis.infra.TemplateTree.routes;
import static dev.precis.infra.TemplateTree.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may call the function and what it may do, proven on the evaluated template for each branch of
 * its parameters: IAM (SigV4) authorization on the one route by default, a JWT authorizer or an open
 * route only when asked; a role whose every statement names its resources and whose every action is
 * one the function uses; S3 writes only to results; Bedrock, the key's secret and its KMS key only for
 * the model and secret chosen.
 */
class TemplateAccessTest {

    private static final String ACCOUNT = CfnEval.ACCOUNT;
    private static final String BUCKET = TemplateTree.BUCKET;

    /** A parameter set for every branch of the role and the route. */
    static List<CfnEval> branches() {
        return List.of(deployed(),
                deployed("AuthMode", "jwt", "JwtIssuer", "https://issuer.example.com", "JwtAudience", "a,b"),
                deployed("AuthMode", "none"),
                deployed("LlmProvider", "bedrock"),
                deployed("LlmProvider", "bedrock", "LlmModel", "us.anthropic.claude-haiku-4-5-20251001-v1:0"),
                deployed("LlmProvider", "openai", "LlmApiKeySecret", "precis/openai"),
                deployed("LlmProvider", "openai", "LlmApiKeySecret",
                        "arn:aws:secretsmanager:eu-west-1:" + ACCOUNT + ":secret:precis/keys-AbCdEf#openai",
                        "LlmApiKeyKmsKeyArn", "arn:aws:kms:eu-west-1:" + ACCOUNT + ":key/1234abcd-12ab-34cd-56ef-1234567890ab"),
                deployed("LlmProvider", "anthropic", "LlmApiKeySecret", "ssm:/precis/anthropic-key"),
                deployed("LlmProvider", "anthropic", "LlmApiKeySecret", "arn:aws:ssm:us-east-1:" + ACCOUNT + ":parameter/precis/k"),
                deployed("ReserveConcurrency", "false", "ResultsExpirationDays", "30", "AlarmTopicArn",
                        "arn:aws:sns:us-east-1:" + ACCOUNT + ":ops", "IncomingPrefix", "uploads/", "ResultsPrefix", "out/"));
    }

    // ------------------------------------------------------------------------------------------
    // The HTTP API: one route, imported from its OpenAPI definition, authorized by default
    // ------------------------------------------------------------------------------------------

    /**
     * SAM's own API events would fix the authorizer at transform time (and make {@code sam deploy
     * --guided} ask whether an unauthorized function is okay); the API is imported from its definition
     * instead, whose security AuthMode chooses. API Gateway does not support mixing an imported definition
     * with Route, Integration or Authorizer resources: there are none.
     */
    @Test
    void theOnlyHttpEntryIsTheImportedRoute() {
        assertEquals(List.of(), eventsOfType("Api"));
        assertEquals(List.of(), eventsOfType("HttpApi"));
        assertNull(functionProps().get("FunctionUrlConfig"), "no function URL: it would bypass the API's authorization");
        for (String type : List.of("AWS::Serverless::Api", "AWS::Serverless::HttpApi", "AWS::ApiGateway::RestApi",
                "AWS::Lambda::Url", "AWS::ApiGatewayV2::Route", "AWS::ApiGatewayV2::Integration", "AWS::ApiGatewayV2::Authorizer")) {
            assertEquals(List.of(), resourcesOfType(type), type);
        }
        String api = apiId();
        assertEquals(Map.of("Fn::Transform", Map.of("Name", "AWS::Include", "Parameters", Map.of("Location", "openapi.apigateway.yaml"))),
                props(api).get("Body"), "the definition is the file beside the template, which sam deploy uploads");
        assertNull(props(api).get("BodyS3Location"));

        for (CfnEval eval : branches()) {
            Map<String, Map<String, Object>> routes = routes(apiDefinition(eval));
            assertEquals(Set.of("POST /summarize"), routes.keySet());
            Map<String, Object> integration = map(routes.get("POST /summarize"), "x-amazon-apigateway-integration");
            assertEquals("aws_proxy", integration.get("type"));
            assertEquals("POST", integration.get("httpMethod"), "Lambda is always invoked with POST");
            assertEquals("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/<" + aliasId() + ">/invocations",
                    integration.get("uri"), "the SnapStart-published alias");
            assertEquals("2.0", integration.get("payloadFormatVersion"));
            assertEquals(30000, TemplateTree.intOf(integration.get("timeoutInMillis")));

            Map<String, Object> stage = eval.properties(onlyResourceOfType("AWS::ApiGatewayV2::Stage").getKey());
            assertEquals("<" + api + ">", stage.get("ApiId"));
            assertEquals("$default", stage.get("StageName"));
            assertEquals(Boolean.TRUE, stage.get("AutoDeploy"));
            Map<String, Object> throttle = map(stage, "DefaultRouteSettings");
            assertTrue(TemplateTree.intOf(throttle.get("ThrottlingRateLimit")) > 0
                    && TemplateTree.intOf(throttle.get("ThrottlingBurstLimit")) > 0, "every call may cost tokens: throttled");
            assertNull(stage.get("RouteSettings"), "no route escapes the stage's throttle");

            Map<String, Object> permission = eval.properties(onlyResourceOfType("AWS::Lambda::Permission").getKey());
            assertEquals("lambda:InvokeFunction", permission.get("Action"));
            assertEquals("apigateway.amazonaws.com", permission.get("Principal"));
            assertEquals("<" + aliasId() + ">", permission.get("FunctionName"));
            assertEquals("arn:aws:execute-api:us-east-1:" + ACCOUNT + ":<" + api + ">/*/POST/summarize", permission.get("SourceArn"),
                    "only this API's route may invoke it");
        }
    }

    @Test
    void everyRouteRequiresIamAuthorizationByDefault() {
        Map<String, Object> param = map(TEMPLATE_TREE, "Parameters", "AuthMode");
        assertEquals("iam", param.get("Default"));
        assertEquals(List.of("iam", "jwt", "none"), param.get("AllowedValues"));
        Map<String, Object> definition = apiDefinition(deployed());
        for (Map.Entry<String, Map<String, Object>> r : routes(definition).entrySet()) {
            assertEquals(List.of(Map.of("sigv4", List.of())), r.getValue().get("security"), r.getKey());
        }
        assertEquals(Map.of("sigv4", Map.of("type", "apiKey", "name", "Authorization", "in", "header",
                "x-amazon-apigateway-authtype", "awsSigv4")), map(definition, "components", "securitySchemes"),
                "IAM (SigV4) and no authorizer");
    }

    @Test
    void jwtModeUsesTheIssuersTokensForTheAudiences() {
        CfnEval eval = deployed("AuthMode", "jwt", "JwtIssuer", "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc",
                "JwtAudience", "client-1,client-2");
        Map<String, Object> definition = apiDefinition(eval);
        Map<String, Object> schemes = map(definition, "components", "securitySchemes");
        assertEquals(Set.of("jwt"), schemes.keySet(), "one authorizer, no SigV4");
        Map<String, Object> authorizer = map(schemes, "jwt", "x-amazon-apigateway-authorizer");
        assertEquals("jwt", authorizer.get("type"));
        assertEquals("$request.header.Authorization", authorizer.get("identitySource"));
        assertEquals(Map.of("issuer", "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc",
                "audience", List.of("client-1", "client-2")), authorizer.get("jwtConfiguration"));
        assertEquals(List.of(Map.of("jwt", List.of())), routes(definition).get("POST /summarize").get("security"));
    }

    /** An open route only by the explicit word. */
    @ParameterizedTest
    @CsvSource({"iam, sigv4", "jwt, jwt", "none, ''"})
    void onlyAuthModeNoneOpensTheRoute(String mode, String scheme) {
        CfnEval eval = deployed("AuthMode", mode, "JwtIssuer", "https://issuer.example.com", "JwtAudience", "a");
        Map<String, Object> definition = apiDefinition(eval);
        Object security = routes(definition).get("POST /summarize").get("security");
        Object schemes = map(definition, "components").get("securitySchemes");
        if (scheme.isEmpty()) {
            assertNull(security, "open");
            assertNull(schemes, "no authorizer");
        } else {
            assertEquals(List.of(Map.of(scheme, List.of())), security);
            assertEquals(Set.of(scheme), CfnEval.map(schemes).keySet());
        }
        String description = String.valueOf(map(TEMPLATE_TREE, "Parameters", "AuthMode").get("Description"));
        assertTrue(description.contains("none: ANYONE on the internet"), "the parameter warns: " + description);
        assertTrue(String.valueOf(eval.properties(apiId()).get("Description")).contains("AuthMode=" + mode),
                "the API's description says how it is protected");
    }

    /** Every route of every branch but AuthMode=none requires a scheme the definition declares. */
    @Test
    void everyRouteIsAuthorizedUnlessAuthModeIsNone() {
        for (CfnEval eval : branches()) {
            Map<String, Object> definition = apiDefinition(eval);
            boolean open = eval.parameter("AuthMode").equals("none");
            for (Map.Entry<String, Map<String, Object>> r : routes(definition).entrySet()) {
                List<Object> security = asList(r.getValue().get("security"));
                assertEquals(open, security.isEmpty(), r.getKey() + " with AuthMode=" + eval.parameter("AuthMode"));
                for (Object requirement : security) {
                    for (String scheme : CfnEval.map(requirement).keySet()) {
                        assertNotNull(map(definition, "components", "securitySchemes").get(scheme), scheme + " is declared");
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // The role: explicit, no "*" but X-Ray's, only actions the function uses
    // ------------------------------------------------------------------------------------------

    /** SAM's implicit role would attach AWSLambdaBasicExecutionRole and AWSLambdaSQSQueueExecutionRole, which grant on "*". */
    @Test
    void functionUsesTheExplicitRoleWithoutManagedPolicies() {
        assertNull(functionProps().get("Policies"), "with Role set, SAM ignores Policies");
        assertEquals("AWS::IAM::Role", TemplateTree.typeOf(roleId()));
        Map<String, Object> role = props(roleId());
        assertNull(role.get("ManagedPolicyArns"), "managed policies grant on *");
        assertNull(role.get("PermissionsBoundary"));
        List<Map<String, Object>> trust = statements(map(role, "AssumeRolePolicyDocument"));
        assertEquals(1, trust.size());
        assertEquals(Map.of("Service", "lambda.amazonaws.com"), trust.get(0).get("Principal"));
    }

    /** X-Ray's two actions accept no resource but "*"; nothing else gets it, or a whole-service wildcard. */
    private static final Set<String> ONLY_ON_STAR = Set.of("xray:PutTraceSegments", "xray:PutTelemetryRecords");
    /** arn:aws:s3:::*, arn:aws:bedrock:us-east-1:123:*, … : a wildcard for all of a service. */
    private static final Pattern SERVICE_WIDE = Pattern.compile("arn:[^:]*:[^:]*:[^:]*:[^:]*:\\*|arn:[^:]*:s3:::\\*.*");

    @Test
    void xrayIsTheOnlyGrantOnStar() {
        for (CfnEval eval : branches()) {
            List<Map<String, Object>> all = roleStatements(eval);
            assertTrue(all.size() >= 7, "found only " + all.size() + " statements");
            for (Map<String, Object> s : all) {
                assertEquals("Allow", s.get("Effect"));
                assertNull(s.get("NotResource"), "NotResource: " + s);
                assertNull(s.get("NotAction"), "NotAction: " + s);
                for (Object a : asList(s.get("Action"))) {
                    assertFalse(String.valueOf(a).contains("*"), "wildcard action in " + s);
                }
                for (Object r : asList(s.get("Resource"))) {
                    String resource = String.valueOf(r);
                    if (resource.equals("*")) {
                        assertEquals(ONLY_ON_STAR, Set.copyOf(asList(s.get("Action")).stream().map(String::valueOf).toList()), s.toString());
                    } else {
                        assertFalse(SERVICE_WIDE.matcher(resource).matches(), "service-wide wildcard in " + s);
                        assertFalse(resource.endsWith("/*") && resource.contains("foundation-model"), "any model: " + s);
                    }
                }
            }
            assertEquals(ONLY_ON_STAR, new TreeSet<>(actionsOn(all, "*")));
        }
    }

    /**
     * Each action is one the function (or its SQS event source) uses, and each is granted exactly when
     * its feature is configured.
     */
    @Test
    void everyActionIsUsedAndNoneIsMissing() {
        Set<String> base = Set.of(
                "logs:CreateLogStream", "logs:PutLogEvents",                       // its log group
                "xray:PutTraceSegments", "xray:PutTelemetryRecords",               // Tracing: Active
                "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes", // the SQS event source
                "sqs:SendMessage",                                                 // "async": true
                "s3:GetObject", "s3:PutObject", "s3:ListBucket");                 // sources, results, 404s
        assertEquals(base, actions(deployed()));
        assertEquals(plus(base, "bedrock:InvokeModel"), actions(deployed("LlmProvider", "bedrock")));
        assertEquals(plus(base, "bedrock:InvokeModel"), actions(deployed("LlmProvider", "bedrock",
                "LlmModel", "eu.anthropic.claude-3-7-sonnet-20250219-v1:0")));
        assertEquals(plus(base, "secretsmanager:GetSecretValue"), actions(deployed("LlmProvider", "openai",
                "LlmApiKeySecret", "precis/openai")));
        assertEquals(plus(base, "ssm:GetParameter"), actions(deployed("LlmProvider", "openai", "LlmApiKeySecret",
                "ssm:/precis/openai")));
        assertEquals(plus(base, "ssm:GetParameter", "kms:Decrypt"), actions(deployed("LlmProvider", "openai",
                "LlmApiKeySecret", "ssm:/precis/openai", "LlmApiKeyKmsKeyArn", "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/abc-1")));
        assertEquals(base, actions(deployed("LlmApiKeyKmsKeyArn", "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/abc-1")),
                "a KMS key without a secret grants nothing");
        assertEquals(base, actions(deployed("LlmProvider", "ollama", "LlmBaseUrl", "https://ollama.example.com")));
    }

    @Test
    void logsQueueAndTracesAreScopedToTheStacksOwn() {
        List<Map<String, Object>> s = roleStatements(deployed());
        String logGroup = onlyResourceOfType("AWS::Logs::LogGroup").getKey();
        for (String a : List.of("logs:CreateLogStream", "logs:PutLogEvents")) {
            assertEquals(List.of("<" + logGroup + ".Arn>"), resourcesOf(s, a), a);
        }
        assertEquals(Map.of("LogGroup", Map.of("Ref", logGroup), "LogFormat", "Text"), functionProps().get("LoggingConfig"));
        for (String a : List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:SendMessage")) {
            assertEquals(List.of("<" + queueId() + ".Arn>"), resourcesOf(s, a), a + ": the request queue only, never the DLQ");
        }
    }

    @Test
    void s3ReadsSourcesAndResultsAndWritesOnlyResults() {
        for (CfnEval eval : List.of(deployed(), deployed("IncomingPrefix", "uploads/", "ResultsPrefix", "out/"))) {
            String in = eval.parameter("IncomingPrefix");
            String out = eval.parameter("ResultsPrefix");
            List<Map<String, Object>> s = roleStatements(eval);
            String objects = "arn:aws:s3:::" + BUCKET + "/";
            // reads: uploaded articles, earlier results (beside any source: a request may name another key,
            // which is then refused cleanly, source_refused, rather than failing the result lookup)
            for (String key : List.of(in + "news/kim.html", in + "news/kim.summary.json", out + "example.com/a.summary.json",
                    "other/kim.summary.json")) {
                assertTrue(allowedUnconditionally(s, "s3:GetObject", objects + key), key);
            }
            for (String arn : List.of(objects + "private/payroll.csv", objects + "kim.html", objects + "other/kim.summary.error.json",
                    "arn:aws:s3:::other-bucket/" + in + "x.html", "arn:aws:s3:::other-bucket/x.summary.json")) {
                assertFalse(allowedUnconditionally(s, "s3:GetObject", arn), arn);
            }
            // writes: results and failure records beside their sources, and fetched pages under the results prefix
            for (String key : List.of(out + "example.com/news/kim.html", out + "example.com/news/kim.summary.json",
                    out + "inline/0123456789abcdef.txt", in + "news/kim.summary.json", in + "news/kim.summary.error.json",
                    "other/kim.summary.error.json")) {
                assertTrue(allowedUnconditionally(s, "s3:PutObject", objects + key), key);
            }
            for (String key : List.of(in + "news/kim.html", in + "news/kim.htm", in + "x.summary.json.html", in + "x.json",
                    "other/x", "private/payroll.csv")) {
                assertFalse(allowedUnconditionally(s, "s3:PutObject", objects + key), "may not write " + key);
            }
            assertFalse(allowedUnconditionally(s, "s3:PutObject", "arn:aws:s3:::other-bucket/x.summary.json"));
            assertEquals(List.of("arn:aws:s3:::" + BUCKET), resourcesOf(s, "s3:ListBucket"));
        }
    }

    // ------------------------------------------------------------------------------------------
    // Bedrock: the chosen model only
    // ------------------------------------------------------------------------------------------

    @Test
    void bedrockIsGrantedOnlyForTheBedrockProvider() {
        for (String provider : List.of("builtin", "openai", "anthropic", "ollama")) {
            CfnEval eval = deployed("LlmProvider", provider, "LlmApiKeySecret", "precis/k", "LlmBaseUrl", "https://x.example.com");
            assertEquals(List.of(), resourcesOf(roleStatements(eval), "bedrock:InvokeModel"), provider);
        }
    }

    /** Empty LlmModel: the model the application calls by default (ProviderDefaults = ChatModels.DEFAULT_MODELS). */
    @ParameterizedTest
    @ValueSource(strings = {"", "anthropic.claude-3-5-sonnet-20240620-v1:0", "amazon.nova-lite-v1:0", "meta.llama3-1-8b-instruct-v1:0"})
    void aFoundationModelIsGrantedInTheStacksRegion(String model) {
        List<Map<String, Object>> s = roleStatements(deployed("LlmProvider", "bedrock", "LlmModel", model));
        String id = model.isEmpty() ? "anthropic.claude-3-haiku-20240307-v1:0" : model;
        assertEquals(List.of("arn:aws:bedrock:us-east-1::foundation-model/" + id), resourcesOf(s, "bedrock:InvokeModel"));
        assertTrue(s.stream().noneMatch(x -> x.get("Condition") != null && asList(x.get("Action")).contains("bedrock:InvokeModel")));
    }

    /**
     * An inference profile id: the profile in the stack's Region, and its foundation model in whichever
     * Region the profile routes to — but only through that profile.
     */
    @ParameterizedTest
    @CsvSource({
            "us.anthropic.claude-haiku-4-5-20251001-v1:0, anthropic.claude-haiku-4-5-20251001-v1:0",
            "eu.anthropic.claude-3-7-sonnet-20250219-v1:0, anthropic.claude-3-7-sonnet-20250219-v1:0",
            "global.anthropic.claude-sonnet-4-5-20250929-v1:0, anthropic.claude-sonnet-4-5-20250929-v1:0",
            "apac.amazon.nova-micro-v1:0, amazon.nova-micro-v1:0",
            "us.meta.llama3-2-1b-instruct-v1:0, meta.llama3-2-1b-instruct-v1:0",
    })
    void anInferenceProfileAndItsModelThroughItAreGranted(String profile, String model) {
        List<Map<String, Object>> s = roleStatements(deployed("LlmProvider", "bedrock", "LlmModel", profile));
        String profileArn = "arn:aws:bedrock:us-east-1:" + ACCOUNT + ":inference-profile/" + profile;
        String modelArn = "arn:aws:bedrock:*::foundation-model/" + model;
        assertEquals(List.of(profileArn, modelArn), resourcesOf(s, "bedrock:InvokeModel"));
        for (Map<String, Object> statement : s) {
            if (asList(statement.get("Resource")).contains(modelArn)) {
                assertEquals(Map.of("StringEquals", Map.of("bedrock:InferenceProfileArn", profileArn)), statement.get("Condition"),
                        "the model in any Region, through the profile only");
            }
            if (asList(statement.get("Resource")).contains(profileArn)) {
                assertNull(statement.get("Condition"));
            }
        }
        assertTrue(allowedUnconditionally(s, "bedrock:InvokeModel", profileArn));
        assertFalse(allowedUnconditionally(s, "bedrock:InvokeModel", "arn:aws:bedrock:us-west-2::foundation-model/" + model),
                "not directly");
    }

    // ------------------------------------------------------------------------------------------
    // The key's secret: exactly the one named, read as the application reads it
    // ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "precis/openai, secretsmanager:GetSecretValue, arn:aws:secretsmanager:us-east-1:123456789012:secret:precis/openai-??????",
            "precis/keys#openai, secretsmanager:GetSecretValue, arn:aws:secretsmanager:us-east-1:123456789012:secret:precis/keys-??????",
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:precis/openai-AbCdEf, secretsmanager:GetSecretValue, "
                    + "arn:aws:secretsmanager:eu-west-1:123456789012:secret:precis/openai-AbCdEf",
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:k-AbCdEf#api, secretsmanager:GetSecretValue, "
                    + "arn:aws:secretsmanager:eu-west-1:123456789012:secret:k-AbCdEf",
            "ssm:/precis/openai-key, ssm:GetParameter, arn:aws:ssm:us-east-1:123456789012:parameter/precis/openai-key",
            "ssm:/precis/keys#openai, ssm:GetParameter, arn:aws:ssm:us-east-1:123456789012:parameter/precis/keys",
            "arn:aws:ssm:ap-southeast-2:123456789012:parameter/precis/k, ssm:GetParameter, "
                    + "arn:aws:ssm:ap-southeast-2:123456789012:parameter/precis/k",
    })
    void theRoleMayReadExactlyTheNamedSecret(String reference, String action, String resource) {
        CfnEval eval = deployed("LlmProvider", "openai", "LlmApiKeySecret", reference);
        List<Map<String, Object>> s = roleStatements(eval);
        assertEquals(List.of(resource), resourcesOf(s, action));
        String other = action.startsWith("ssm") ? "secretsmanager:GetSecretValue" : "ssm:GetParameter";
        assertEquals(List.of(), resourcesOf(s, other));
        // the application reads the same thing the role may read
        SecretReference parsed = SecretReference.parse(reference);
        assertEquals(action.startsWith("ssm") ? SecretReference.Store.SSM_PARAMETER : SecretReference.Store.SECRETS_MANAGER,
                parsed.store());
        String asked = parsed.region() != null ? parsed.id() : action.startsWith("ssm")
                ? "arn:aws:ssm:us-east-1:" + ACCOUNT + ":parameter" + parsed.id()
                : "arn:aws:secretsmanager:us-east-1:" + ACCOUNT + ":secret:" + parsed.id() + "-AbCdEf";
        assertTrue(TemplateTree.iamMatches(resource, asked), resource + " does not cover " + asked);
        String another = asked.replace(":secret:", ":secret:other-").replace(":parameter/", ":parameter/other-");
        assertFalse(TemplateTree.iamMatches(resource, another), "another secret: " + another);
        assertFalse(TemplateTree.iamMatches(resource, asked + "-admin"), "a longer name");
        assertEquals(reference, TemplateTest.environment(eval).get("PRECIS_LLM_API_KEY_SECRET"));
    }

    /** Whatever the parameter's pattern lets through, the application can parse (and the other way round). */
    @ParameterizedTest
    @ValueSource(strings = {"precis/openai", "a", "precis/keys#openai", "my_key+=.@-", "ssm:/precis/k", "ssm:/a/b/c#f",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:x-AbCdEf",
            "arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:x-AbCdEf#k",
            "arn:aws:ssm:us-east-1:123456789012:parameter/x", "arn:aws-us-gov:ssm:us-gov-west-1:123456789012:parameter/a/b"})
    void templateAndApplicationAgreeOnReferenceForms(String reference) {
        Pattern allowed = Pattern.compile((String) map(TEMPLATE_TREE, "Parameters", "LlmApiKeySecret").get("AllowedPattern"));
        assertTrue(allowed.matcher(reference).matches(), reference);
        SecretReference.parse(reference);
    }

    @Test
    void aCustomerManagedKeyIsDecryptedOnlyThroughSecretsManagerOrSsm() {
        String key = "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/1234abcd-12ab-34cd-56ef-1234567890ab";
        List<Map<String, Object>> s = roleStatements(deployed("LlmProvider", "openai", "LlmApiKeySecret", "precis/openai",
                "LlmApiKeyKmsKeyArn", key));
        assertEquals(List.of(key), resourcesOf(s, "kms:Decrypt"));
        Map<String, Object> statement = s.stream().filter(x -> asList(x.get("Action")).contains("kms:Decrypt")).findFirst().orElseThrow();
        assertEquals(Map.of("StringLike", Map.of("kms:ViaService", List.of("secretsmanager.*.amazonaws.com", "ssm.*.amazonaws.com"))),
                statement.get("Condition"));
    }

    @Test
    void noSecretNoSecretGrants() {
        List<Map<String, Object>> s = roleStatements(deployed());
        for (String a : List.of("secretsmanager:GetSecretValue", "ssm:GetParameter", "kms:Decrypt")) {
            assertEquals(List.of(), resourcesOf(s, a), a);
        }
        assertTrue(RESOURCES.keySet().stream().noneMatch(id -> id.contains("Secret") && !id.contains("Jwt")),
                "the stack creates no secret: the key is kept by its owner");
    }

    // ------------------------------------------------------------------------------------------

    private static Set<String> actions(CfnEval eval) {
        Set<String> out = new TreeSet<>();
        for (Map<String, Object> s : roleStatements(eval)) {
            asList(s.get("Action")).forEach(a -> out.add(String.valueOf(a)));
        }
        return out;
    }

    private static List<String> actionsOn(List<Map<String, Object>> statements, String resource) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> s : statements) {
            if (asList(s.get("Resource")).contains(resource)) asList(s.get("Action")).forEach(a -> out.add(String.valueOf(a)));
        }
        return out;
    }

    private static Set<String> plus(Set<String> base, String... more) {
        Set<String> out = new TreeSet<>(base);
        out.addAll(List.of(more));
        return out;
    }
}
