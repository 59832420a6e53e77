package dev.precis.store;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.S3Location;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * S3 objects. A PutObject is atomic (readers never see half an object); "if absent" is one conditional
 * put ({@code If-None-Match: *}, which Amazon S3 honours since 2024), answered 412 when the object
 * exists. No read comes first: the pipeline has just looked the result up, under its per-result lock,
 * and a second GET would cost every new result one more round trip. An S3-compatible store that
 * ignores the header (S3Proxy does) turns a race between two instances into last-writer-wins, both
 * writes being whole results of the same work.
 */
public final class S3BlobStore implements BlobStore {

    private final Supplier<S3Client> s3;

    public S3BlobStore(Supplier<S3Client> s3) {
        this.s3 = s3;
    }

    @Override
    public Optional<byte[]> read(String uri) {
        S3Location loc = S3Location.parse(uri);
        try {
            return Optional.of(s3.get().getObjectAsBytes(b -> b.bucket(loc.bucket()).key(loc.key())).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) return Optional.empty();
            throw failed("read", uri, e);
        } catch (SdkException e) {
            throw failed("read", uri, e);
        }
    }

    @Override
    public void write(String uri, byte[] bytes, String contentType) {
        S3Location loc = S3Location.parse(uri);
        try {
            s3.get().putObject(b -> b.bucket(loc.bucket()).key(loc.key()).contentType(contentType),
                    RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw failed("write", uri, e);
        }
    }

    @Override
    public boolean writeIfAbsent(String uri, byte[] bytes, String contentType) {
        S3Location loc = S3Location.parse(uri);
        try {
            s3.get().putObject(b -> b.bucket(loc.bucket()).key(loc.key()).contentType(contentType).ifNoneMatch("*"),
                    RequestBody.fromBytes(bytes));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 412 || e.statusCode() == 409) return false;
            throw failed("write", uri, e);
        } catch (SdkException e) {
            throw failed("write", uri, e);
        }
    }

    private static PrecisException failed(String what, String uri, Exception e) {
        return new PrecisException(ErrorCode.STORE_FAILED, "S3 " + what + " of " + uri + " failed: " + e.getMessage(), null, e);
    }
}
