package dev.precis.model;

/**
 * An object in S3.
 *
 * @param bucket bucket name, never blank
 * @param key    object key, never blank
 */
public record S3Location(String bucket, String key) {

    /** {@code s3://bucket/key}. */
    public String uri() {
        return "s3://" + bucket + "/" + key;
    }

    /**
     * Parses {@code s3://bucket/key}.
     *
     * @throws IllegalArgumentException when {@code uri} is not of that form
     */
    public static S3Location parse(String uri) {
        if (uri == null || !uri.startsWith("s3://")) {
            throw new IllegalArgumentException("not an s3:// URI: " + uri);
        }
        String rest = uri.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String key = slash < 0 ? "" : rest.substring(slash + 1);
        if (bucket.isEmpty()) {
            throw new IllegalArgumentException("s3:// URI without a bucket: " + uri);
        }
        return new S3Location(bucket, key);
    }
}
