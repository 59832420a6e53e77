package dev.precis.model;

/**
 * The bytes of a source as fetched, before extraction.
 *
 * @param uri         where it came from: {@code https://…}, {@code s3://…}, {@code file:…}, or
 *                    {@code inline:} for request bodies
 * @param bytes       the content, at most the configured byte cap
 * @param contentType the media type without parameters ({@code text/html}, {@code text/plain}), or null
 * @param charset     the charset declared by the transport (HTTP header, S3 metadata), or null
 */
public record RawSource(String uri, byte[] bytes, String contentType, String charset) {

    /** Whether the content should be read as plain text rather than HTML. */
    public boolean isPlainText() {
        return contentType != null && contentType.equals("text/plain");
    }
}
