package dev.precis.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * All of Precis' settings. Each key has a default here and a row in the README's configuration table;
 * environment variables use the usual mapping ({@code precis.llm.api-key} → {@code PRECIS_LLM_API_KEY}).
 */
@ConfigMapping(prefix = "precis")
public interface PrecisConfig {

    Llm llm();

    Fetch fetch();

    Store store();

    Questions questions();

    Summary summary();

    Batch batch();

    Metrics metrics();

    Warmup warmup();

    Sources sources();

    Http http();

    Async async();

    /** Which model answers, and how to reach it. */
    interface Llm {
        /**
         * {@code builtin} (offline, extractive; the default), {@code openai} (any OpenAI-compatible server),
         * {@code anthropic}, {@code ollama} (native API) or {@code bedrock} (Converse API, IAM credentials).
         */
        @WithDefault("builtin")
        String provider();

        /**
         * Base URL of the provider's API. Defaults: {@code https://api.openai.com/v1},
         * {@code https://api.anthropic.com/v1/}, {@code http://localhost:11434}; for {@code bedrock} an
         * endpoint override (default: the region's endpoint).
         */
        Optional<String> baseUrl();

        /**
         * API key ({@code openai}, {@code anthropic}) as plain text: for local use. Optional for local servers,
         * unused by bedrock (IAM). Deployed functions use {@link #apiKeySecret()}; setting both is an error.
         */
        Optional<String> apiKey();

        /**
         * Where the API key is kept ({@code openai}, {@code anthropic}): a Secrets Manager secret name or ARN,
         * {@code ssm:/parameter/name} or an SSM parameter ARN (a SecureString), optionally followed by
         * {@code #field} to take one field of a JSON secret. Read once at start-up and kept; on Lambda with
         * SnapStart it is in the snapshot, so a rotated key takes effect with the next published version.
         */
        Optional<String> apiKeySecret();

        /**
         * Model name or Bedrock model id (or inference profile id). Unset or empty: the provider's own
         * default, {@code gpt-4o-mini} (openai), {@code claude-haiku-4-5} (anthropic), {@code llama3.1}
         * (ollama), {@code anthropic.claude-3-haiku-20240307-v1:0} (bedrock).
         */
        Optional<String> model();

        /** AWS region for {@code bedrock}; default: the SDK's region chain ({@code AWS_REGION} on Lambda). */
        Optional<String> region();

        /** Time limit for one model call. */
        @WithDefault("60s")
        Duration timeout();

        /** Retries of one model call on 429/5xx/timeouts/connection errors, with jittered backoff and Retry-After. */
        @WithDefault("2")
        int maxRetries();

        /** Sampling temperature; 0 keeps summaries stable between runs. */
        @WithDefault("0")
        double temperature();

        /** Most tokens the model may answer with in one call. */
        @WithDefault("2048")
        int maxOutputTokens();

        /**
         * Most article tokens sent in one call (estimated as characters / 4). A longer article is read in
         * parts of this size (one call each) and merged in one more call.
         */
        @WithDefault("6000")
        int maxInputTokens();

        /**
         * Model calls in flight at once in one instance. A Lambda instance serves one event at a time;
         * 10 lets a full SQS batch (10 records, precis.batch.concurrency) run its calls side by side.
         */
        @WithDefault("10")
        int maxConcurrentCalls();

        /** Time kept free before a caller's deadline (the Lambda's end): no call or retry runs into it. */
        @WithDefault("3s")
        Duration deadlineMargin();
    }

    /** Limits for getting a source. */
    interface Fetch {
        /** Largest source accepted, in bytes (URL bodies, S3 objects, files, inline html/text). */
        @WithDefault("5242880")
        long maxBytes();

        /** Time limit to open a connection to a URL. */
        @WithDefault("5s")
        Duration connectTimeout();

        /** Time limit for the whole response of a URL. */
        @WithDefault("20s")
        Duration readTimeout();

        /** Redirects followed, each re-validated. */
        @WithDefault("5")
        int maxRedirects();

        /**
         * Ports a URL may name (the scheme's default counts: 80 for http, 443 for https). Any port is
         * accepted when {@code allow-private-addresses} is on.
         */
        @WithDefault("80,443")
        List<Integer> allowedPorts();

        /** User-Agent sent with URL fetches. */
        @WithDefault("Precis/1.0 (+article summarizer)")
        String userAgent();

        /**
         * Allow loopback/private addresses. Only for tests and local experiments: never in production,
         * where it would let callers reach internal services.
         */
        @WithDefault("false")
        boolean allowPrivateAddresses();
    }

    /** Where results of url/html/text sources go (S3 and file sources are answered beside themselves). */
    interface Store {
        /** A directory ({@code ./precis-results}, {@code file:/data}) or {@code s3://bucket/prefix}. */
        @WithDefault("precis-results")
        String uri();
    }

    /** Limits on questions. */
    interface Questions {
        /** Most questions in one request. */
        @WithDefault("5")
        int max();

        /** Longest question, in characters. */
        @WithDefault("300")
        int maxLength();
    }

    /** Shape of the digest. */
    interface Summary {
        /** Most key facts kept. */
        @WithDefault("6")
        int maxKeyFacts();
    }

    /** How the records of one SQS batch are worked through. */
    interface Batch {
        /**
         * Records of a batch processed at the same time. Each mostly waits on the LLM, so the default
         * equals the SQS batch size of the template (10): a full batch takes about as long as one message.
         */
        @WithDefault("10")
        int concurrency();

        /**
         * Time kept free before the Lambda's deadline: records not finished by then are reported as
         * failed (SQS retries them) instead of letting the whole invocation time out.
         */
        @WithDefault("10s")
        Duration safetyMargin();
    }

    /** CloudWatch metrics, written as Embedded Metric Format lines on stdout (one per article). */
    interface Metrics {
        /** Write the metric lines at all. */
        @WithDefault("true")
        boolean enabled();

        /** CloudWatch namespace of every metric. */
        @WithDefault("Precis")
        String namespace();

        /** Value of the {@code Service} dimension (tells stacks apart in one namespace). */
        @WithDefault("precis")
        String service();

        /**
         * Dimensions each metric is recorded under, from {@code Service}, {@code Trigger} (sqs, http,
         * direct) and {@code Engine} (e.g. {@code openai:gpt-4o-mini}). Failures are also recorded per
         * {@code ErrorCode}.
         */
        @WithDefault("Service")
        List<String> dimensions();
    }

    /** Work done while the function initializes instead of on its first event. */
    interface Warmup {
        /**
         * At startup, rehearse one request through the real stages and model client with canned replies
         * in place of the network, set up TLS, and look up one absent result in the store (one S3 GET
         * answered 404 for an S3 store); no LLM call, nothing written. False only builds the clients.
         */
        @WithDefault("true")
        boolean enabled();
    }

    /** Which sources a request may name. */
    interface Sources {
        S3 s3();

        /** S3 sources, from any trigger (HTTP, SQS, direct invoke). */
        interface S3 {
            /**
             * Buckets an {@code s3} source may name; any other is refused ({@code forbidden_source}). Unset:
             * any bucket the function can read (local use). The template sets the stack's own bucket.
             */
            Optional<List<String>> allowedBuckets();

            /**
             * Where sources arrive in a bucket ({@code incoming/}): an S3 notification for a key outside
             * it never starts work. Unset: any key (objects Precis wrote never start work either way).
             */
            Optional<String> incomingPrefix();
        }
    }

    /** Requests answered while the caller waits (API Gateway, {@code POST /summarize}). */
    interface Http {
        /**
         * How long an HTTP request may work before it is stopped and answered 503 {@code timeout} with
         * {@code Retry-After}: API Gateway gives up at 30 s, and nothing should go on spending after that.
         */
        @WithDefault("28s")
        Duration deadline();
    }

    /** Requests with {@code "async": true}: answered 202 at once, the work done from the queue. */
    interface Async {
        /** URL of the SQS queue that async work is sent to (the template's request queue). Unset: async is refused. */
        Optional<String> queueUrl();
    }
}
