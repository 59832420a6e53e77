package dev.precis.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** A real S3 endpoint on 127.0.0.1 (S3Proxy over an in-memory blob store) with the buckets tests use. */
public class S3ProxyResource implements QuarkusTestResourceLifecycleManager {

    public static final String ACCESS_KEY = LocalS3.ACCESS_KEY;
    public static final String SECRET_KEY = LocalS3.SECRET_KEY;
    /** Where articles are dropped (S3 notification tests). */
    public static final String NEWS_BUCKET = "precis-news";
    /** Where results of url/html/text sources go in tests. */
    public static final String RESULTS_BUCKET = "precis-results";

    private static LocalS3 proxy;

    @Override
    public Map<String, String> start() {
        proxy = LocalS3.start(NEWS_BUCKET, RESULTS_BUCKET);
        return Map.of(
                "quarkus.s3.endpoint-override", endpoint(),
                "quarkus.s3.path-style-access", "true",
                "quarkus.s3.chunked-encoding", "false",
                "quarkus.s3.aws.region", "us-east-1",
                "quarkus.s3.aws.credentials.type", "static",
                "quarkus.s3.aws.credentials.static-provider.access-key-id", ACCESS_KEY,
                "quarkus.s3.aws.credentials.static-provider.secret-access-key", SECRET_KEY,
                "precis.store.uri", "s3://" + RESULTS_BUCKET + "/results");
    }

    /** The endpoint URL of the running proxy. */
    public static String endpoint() {
        return proxy.endpoint();
    }

    @Override
    public void stop() {
        if (proxy != null) proxy.close();
    }
}
