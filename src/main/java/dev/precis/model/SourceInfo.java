package dev.precis.model;

/** The stored result's {@code source} object: where the input came from and its fingerprint. */
public record SourceInfo(String uri, String sha256, String contentType, long bytes) {
}
