package dev.precis.store;

import java.util.Optional;

/** Routes each URI to its store: {@code s3://} to S3, everything else to the file system. */
public final class Stores implements BlobStore {

    private final BlobStore files;
    private final BlobStore s3;

    public Stores(BlobStore files, BlobStore s3) {
        this.files = files;
        this.s3 = s3;
    }

    private BlobStore of(String uri) {
        return uri.startsWith("s3://") ? s3 : files;
    }

    @Override
    public Optional<byte[]> read(String uri) {
        return of(uri).read(uri);
    }

    @Override
    public void write(String uri, byte[] bytes, String contentType) {
        of(uri).write(uri, bytes, contentType);
    }

    @Override
    public boolean writeIfAbsent(String uri, byte[] bytes, String contentType) {
        return of(uri).writeIfAbsent(uri, bytes, contentType);
    }
}
