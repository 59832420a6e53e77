package dev.precis.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

import java.net.URI;
import java.util.Map;

/** A real S3 endpoint on 127.0.0.1 (S3Proxy over an in-memory blob store) with the buckets tests use. */
public class S3ProxyResource implements QuarkusTestResourceLifecycleManager {

    public static final String ACCESS_KEY = "test-access";
    public static final String SECRET_KEY = "test-secret";
    /** Where articles are dropped (S3 notification tests). */
    public static final String NEWS_BUCKET = "precis-news";
    /** Where results of url/html/text sources go in tests. */
    public static final String RESULTS_BUCKET = "precis-results";

    private static S3Proxy proxy;

    @Override
    public Map<String, String> start() {
        BlobStoreContext context = ContextBuilder.newBuilder("transient")
                .credentials(ACCESS_KEY, SECRET_KEY)
                .build(BlobStoreContext.class);
        BlobStore blobs = context.getBlobStore();
        blobs.createContainerInLocation(null, NEWS_BUCKET);
        blobs.createContainerInLocation(null, RESULTS_BUCKET);
        proxy = S3Proxy.builder()
                .blobStore(blobs)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .ignoreUnknownHeaders(true)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        try {
            proxy.start();
            while (!proxy.getState().equals("STARTED")) {
                Thread.sleep(10);
            }
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
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
        return "http://127.0.0.1:" + proxy.getPort();
    }

    @Override
    public void stop() {
        if (proxy != null) {
            try {
                proxy.stop();
            } catch (Exception ignored) {
                // the JVM is ending
            }
        }
    }
}
