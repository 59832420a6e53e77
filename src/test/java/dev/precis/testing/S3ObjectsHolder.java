package dev.precis.testing;

/** One {@link S3Objects} per S3Proxy start (the proxy's port changes when Quarkus restarts). */
public final class S3ObjectsHolder {

    private static String endpoint;
    private static S3Objects objects;

    private S3ObjectsHolder() {
    }

    public static synchronized S3Objects get() {
        if (objects == null || !S3ProxyResource.endpoint().equals(endpoint)) {
            endpoint = S3ProxyResource.endpoint();
            objects = new S3Objects();
        }
        return objects;
    }
}
