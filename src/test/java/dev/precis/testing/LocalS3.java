package dev.precis.testing;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;

/** A real S3 endpoint on 127.0.0.1: S3Proxy over an in-memory blob store, with the buckets asked for. */
public final class LocalS3 implements AutoCloseable {

    public static final String ACCESS_KEY = "test-access";
    public static final String SECRET_KEY = "test-secret";

    private final S3Proxy proxy;

    private LocalS3(S3Proxy proxy) {
        this.proxy = proxy;
    }

    /** Starts S3Proxy on a free port with {@code buckets} created. */
    public static LocalS3 start(String... buckets) {
        BlobStoreContext context = ContextBuilder.newBuilder("transient")
                .credentials(ACCESS_KEY, SECRET_KEY)
                .build(BlobStoreContext.class);
        BlobStore blobs = context.getBlobStore();
        for (String bucket : buckets) blobs.createContainerInLocation(null, bucket);
        S3Proxy proxy = S3Proxy.builder()
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
        return new LocalS3(proxy);
    }

    /** The endpoint URL. */
    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    /** A client for this endpoint (path style, static credentials). */
    public S3Client client() {
        return TestS3.client(endpoint(), ACCESS_KEY, SECRET_KEY, 3);
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception ignored) {
            // the test is over
        }
    }
}
