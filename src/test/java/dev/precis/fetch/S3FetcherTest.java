package dev.precis.fetch;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.RawSource;
import dev.precis.model.S3Location;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** S3 objects through a stand-in client: capped, typed, errors mapped to codes. */
class S3FetcherTest {

    private static final S3Location KIM = new S3Location("news", "2025/kim.html");

    /** A client whose every getObject answers with {@code response} and {@code body}, or throws {@code error}. */
    private static Supplier<S3Client> client(GetObjectResponse response, byte[] body, RuntimeException error) {
        S3Client c = new S3Client() {
            @Override
            public ResponseInputStream<GetObjectResponse> getObject(GetObjectRequest request) {
                if (error != null) throw error;
                return new ResponseInputStream<>(response, AbortableInputStream.create(new ByteArrayInputStream(body)));
            }

            @Override
            public String serviceName() {
                return "s3";
            }

            @Override
            public void close() {
            }
        };
        return () -> c;
    }

    private static RawSource fetch(String contentType, Long length, byte[] body, String key) {
        GetObjectResponse r = GetObjectResponse.builder().contentType(contentType).contentLength(length).build();
        return new S3Fetcher(client(r, body, null), 100).fetch(new S3Location("news", key));
    }

    private static ErrorCode code(Runnable r) {
        return assertThrows(PrecisException.class, r::run).code();
    }

    @Test
    void readsAnHtmlObjectWithItsCharset() {
        byte[] body = "<p>Kim.</p>".getBytes(StandardCharsets.UTF_8);
        RawSource raw = fetch("text/html; charset=utf-8", (long) body.length, body, "2025/kim.html");
        assertEquals("text/html", raw.contentType());
        assertEquals("utf-8", raw.charset());
        assertEquals("s3://news/2025/kim.html", raw.uri());
    }

    @Test
    void unlabelledObjectsAreTypedByTheirKey() {
        assertEquals("text/plain", fetch("binary/octet-stream", 4L, "Kim.".getBytes(StandardCharsets.UTF_8), "kim.txt").contentType());
        assertEquals("text/html", fetch(null, 4L, "Kim.".getBytes(StandardCharsets.UTF_8), "kim.html").contentType());
    }

    @Test
    void declaredSizeOverTheRawCapIsRefusedBeforeReading() {
        assertEquals(ErrorCode.TOO_LARGE, code(() -> fetch("text/html", 100L * HtmlSlimmer.RAW_FACTOR + 1, new byte[0], "kim.html")));
    }

    @Test
    void anHtmlObjectOverTheCapIsReadWithoutItsScripts() {
        String page = "<html><head><script>" + "x".repeat(300) + "</script></head><body><p>Kim.</p></body></html>";
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        RawSource raw = fetch("text/html", (long) body.length, body, "kim.html");
        assertEquals("<html><head><script></script></head><body><p>Kim.</p></body></html>",
                new String(raw.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void undeclaredSizeIsCappedWhileReading() {
        assertEquals(ErrorCode.TOO_LARGE, code(() -> fetch("text/html", null, new byte[101], "kim.html")));
    }

    @Test
    void binaryAndForeignTypesAreRefused() {
        assertEquals(ErrorCode.UNSUPPORTED_MEDIA_TYPE, code(() -> fetch("image/png", 4L, new byte[4], "kim.png")));
        byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        assertEquals(ErrorCode.UNSUPPORTED_MEDIA_TYPE, code(() -> fetch("text/html", 8L, pdf, "kim.html")));
    }

    @Test
    void errorsMapToCodes() {
        assertEquals(ErrorCode.SOURCE_NOT_FOUND, code(() -> new S3Fetcher(client(null, null,
                NoSuchKeyException.builder().message("no key").statusCode(404).build()), 100).fetch(KIM)));
        assertEquals(ErrorCode.SOURCE_REFUSED, code(() -> new S3Fetcher(client(null, null,
                S3Exception.builder().message("denied").statusCode(403).build()), 100).fetch(KIM)));
        assertEquals(ErrorCode.FETCH_FAILED, code(() -> new S3Fetcher(client(null, null,
                S3Exception.builder().message("slow down").statusCode(503).build()), 100).fetch(KIM)));
    }
}
