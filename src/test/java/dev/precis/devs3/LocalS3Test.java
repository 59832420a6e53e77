package dev.precis.devs3;

import dev.precis.testing.TestS3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded S3 itself: a folder served over the S3 protocol, seeded without overwriting, port freed on close. */
class LocalS3Test {

    @TempDir
    Path tmp;

    @Test
    void servesTheFolderSeedsOnlyMissingKeysAndFreesItsPort() throws Exception {
        Path seed = tmp.resolve("seed");
        Files.createDirectories(seed.resolve("news"));
        Files.writeString(seed.resolve("news/a.html"), "<p>seed</p>");
        Path dir = tmp.resolve("s3");
        int port;
        try (LocalS3 s3 = LocalS3.start(dir, 0, "bucket", seed); S3Client client = client(s3)) {
            assertEquals(1, s3.seeded());
            assertEquals("<p>seed</p>", client.getObjectAsBytes(b -> b.bucket("bucket").key("news/a.html")).asUtf8String());
            String type = client.headObject(b -> b.bucket("bucket").key("news/a.html")).contentType();
            assertTrue(type.startsWith("text/html"), type);
            client.putObject(b -> b.bucket("bucket").key("news/a.html"), RequestBody.fromString("<p>mine</p>"));
            client.putObject(b -> b.bucket("bucket").key("news/b.summary.json"), RequestBody.fromString("{}"));
            port = Integer.parseInt(s3.endpoint().substring(s3.endpoint().lastIndexOf(':') + 1));
        }
        assertEquals("{}", Files.readString(dir.resolve("bucket/news/b.summary.json")), "objects are plain files");
        try (ServerSocket again = new ServerSocket(port)) {
            assertEquals(port, again.getLocalPort(), "the port is free after close");
        }
        try (LocalS3 s3 = LocalS3.start(dir, 0, "bucket", seed); S3Client client = client(s3)) {
            assertEquals(0, s3.seeded(), "a key the bucket has is left as it is");
            assertEquals("<p>mine</p>", client.getObjectAsBytes(b -> b.bucket("bucket").key("news/a.html")).asUtf8String());
        }
    }

    @Test
    void aMissingSeedFolderSeedsNothing() throws Exception {
        try (LocalS3 s3 = LocalS3.start(tmp.resolve("s3"), 0, "bucket", tmp.resolve("none"))) {
            assertEquals(0, s3.seeded());
        }
    }

    private static S3Client client(LocalS3 s3) {
        return TestS3.client(s3.endpoint(), "any", "any", 1);
    }
}
