package dev.precis.devs3;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the embedded S3 ({@code precis.dev-s3.*}). The S3 client of dev mode is pointed at it by the
 * {@code %dev.quarkus.s3.*} lines of {@code application.properties}, which name the same port.
 */
@ConfigMapping(prefix = "precis.dev-s3")
public interface DevS3Config {

    /** Start the embedded S3 at all: true in the {@code dev} profile, false elsewhere. */
    @WithDefault("false")
    boolean enabled();

    /** Port on 127.0.0.1 (keep in step with {@code %dev.quarkus.s3.endpoint-override}). */
    @WithDefault("8084")
    int port();

    /** The folder that holds the buckets, one sub-folder each: {@code dev-s3/precis-news/news/kim.html}. */
    @WithDefault("dev-s3")
    String dir();

    /** The bucket created at start: the bucket the files of {@code events/} name. */
    @WithDefault("precis-news")
    String bucket();

    /**
     * A folder copied into the bucket at start, file by file, where the bucket does not have the key yet
     * (so your own changes stay): {@code events/objects/news/kim.html} becomes {@code news/kim.html}.
     */
    @WithDefault("events/objects")
    String seed();
}
