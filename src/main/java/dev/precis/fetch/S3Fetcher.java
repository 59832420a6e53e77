package dev.precis.fetch;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.RawSource;
import dev.precis.model.S3Location;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/** Reads an S3 object, refusing objects over the byte cap before downloading them. */
public final class S3Fetcher {

    private final Supplier<S3Client> s3;
    private final long maxBytes;

    /** @param s3 the client, looked up on first use (the CLI never needs one) */
    public S3Fetcher(Supplier<S3Client> s3, long maxBytes) {
        this.s3 = s3;
        this.maxBytes = maxBytes;
    }

    /**
     * @throws PrecisException {@code source_not_found}, {@code too_large}, {@code unsupported_media_type}
     *                         or (retryable) {@code fetch_failed}
     */
    public RawSource fetch(S3Location location) {
        try (ResponseInputStream<GetObjectResponse> in = s3.get().getObject(b -> b.bucket(location.bucket()).key(location.key()))) {
            GetObjectResponse meta = in.response();
            if (meta.contentLength() != null && meta.contentLength() > HtmlSlimmer.rawCap(maxBytes)) {
                in.abort();
                throw tooLarge();
            }
            byte[] bytes = readCapped(in);
            String declared = meta.contentType();
            String type = MediaTypes.baseType(declared) == null || "binary/octet-stream".equals(MediaTypes.baseType(declared))
                    ? MediaTypes.accept(MediaTypes.fromFileName(location.key()), bytes, "s3")
                    : MediaTypes.accept(declared, bytes, "s3");
            return new RawSource(location.uri(), bytes, type, MediaTypes.charsetParam(declared));
        } catch (NoSuchKeyException | NoSuchBucketException e) {
            throw new PrecisException(ErrorCode.SOURCE_NOT_FOUND, "no such S3 object: " + location.uri(), "s3", e);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new PrecisException(ErrorCode.SOURCE_NOT_FOUND, "no such S3 object: " + location.uri(), "s3", e);
            }
            if (e.statusCode() == 403) {
                throw new PrecisException(ErrorCode.SOURCE_REFUSED, "access denied to " + location.uri(), "s3", e);
            }
            throw new PrecisException(ErrorCode.FETCH_FAILED, "S3 failed reading " + location.uri() + ": " + e.getMessage(), "s3", e);
        } catch (SdkException | IOException e) {
            throw new PrecisException(ErrorCode.FETCH_FAILED, "S3 failed reading " + location.uri() + ": " + e.getMessage(), "s3", e);
        }
    }

    /** The object's bytes within the cap; an HTML page slimmed of scripts, styles and inline data ({@link HtmlSlimmer}). */
    private byte[] readCapped(InputStream in) throws IOException {
        return HtmlSlimmer.read(HtmlSlimmer.capped(in, HtmlSlimmer.rawCap(maxBytes), this::tooLarge), maxBytes, this::tooLarge);
    }

    private PrecisException tooLarge() {
        return new PrecisException(ErrorCode.TOO_LARGE,
                "S3 object is larger than precis.fetch.max-bytes (" + maxBytes + " bytes)", "s3");
    }
}
