package dev.precis.devs3;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * S3Proxy serving a folder of the local disk on 127.0.0.1: each bucket is a sub-folder, each key a file
 * (a key's {@code /} are sub-folders), so results can be read with any file viewer.
 */
final class LocalS3 implements AutoCloseable {

    /** S3Proxy's blob store over plain files (jclouds' own "filesystem" keeps less of S3's behaviour). */
    private static final String PROVIDER = "filesystem-nio2";
    /** Loopback only: the embedded S3 takes no credentials, so it must not be reachable from elsewhere. */
    private static final String HOST = "127.0.0.1";
    /** jclouds wants an identity for any blob store; the folder store checks none. */
    private static final String IDENTITY = "precis-dev";
    /** How long start() waits for the server to listen. */
    private static final long START_TIMEOUT_MS = 10_000;

    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final int seeded;

    private LocalS3(S3Proxy proxy, BlobStoreContext context, int seeded) {
        this.proxy = proxy;
        this.context = context;
        this.seeded = seeded;
    }

    /**
     * Creates {@code dir/bucket} if needed, copies the files under {@code seed} into the bucket where their
     * key is absent, and serves the folder on {@code 127.0.0.1:port} (0 picks a free port).
     */
    static LocalS3 start(Path dir, int port, String bucket, Path seed) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the embedded S3's folder " + dir.toAbsolutePath(), e);
        }
        Properties props = new Properties();
        props.setProperty("jclouds.filesystem.basedir", dir.toAbsolutePath().toString());
        BlobStoreContext context = ContextBuilder.newBuilder(PROVIDER).credentials(IDENTITY, IDENTITY).overrides(props)
                .build(BlobStoreContext.class);
        try {
            BlobStore blobs = context.getBlobStore();
            blobs.createContainerInLocation(null, bucket);
            int seeded = seed(blobs, bucket, seed);
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(blobs)
                    .endpoint(URI.create("http://" + HOST + ":" + port))
                    .ignoreUnknownHeaders(true)
                    .awsAuthentication(AuthenticationType.NONE, null, null)
                    .build();
            proxy.start();
            long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
            while (!"STARTED".equals(proxy.getState())) {
                if ("FAILED".equals(proxy.getState()) || System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("the embedded S3 did not start on " + HOST + ":" + port
                            + " (is the port taken? set precis.dev-s3.port and %dev.quarkus.s3.endpoint-override)");
                }
                Thread.sleep(10);
            }
            return new LocalS3(proxy, context, seeded);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            context.close();
            throw new IllegalStateException("interrupted while starting the embedded S3", e);
        } catch (Exception e) {
            context.close();
            if (e instanceof RuntimeException re) throw re;
            throw new IllegalStateException("the embedded S3 did not start on " + HOST + ":" + port + ": " + e, e);
        }
    }

    /** Copies each file under {@code seed} whose key the bucket lacks; returns how many were copied. */
    private static int seed(BlobStore blobs, String bucket, Path seed) throws IOException {
        if (!Files.isDirectory(seed)) return 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(seed)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int copied = 0;
        for (Path file : files) {
            String key = seed.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            if (blobs.blobExists(bucket, key)) continue;
            blobs.putBlob(bucket, blobs.blobBuilder(key).payload(Files.readAllBytes(file))
                    .contentType(contentType(key)).build());
            copied++;
        }
        return copied;
    }

    /** The content type S3 would be told by an upload tool, from the file name. */
    private static String contentType(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.endsWith(".html") || k.endsWith(".htm")) return "text/html; charset=utf-8";
        if (k.endsWith(".txt")) return "text/plain; charset=utf-8";
        if (k.endsWith(".json")) return "application/json";
        return "application/octet-stream";
    }

    /** Where the server listens, {@code http://127.0.0.1:port}. */
    String endpoint() {
        return "http://" + HOST + ":" + proxy.getPort();
    }

    /** Objects copied from the seed folder at this start. */
    int seeded() {
        return seeded;
    }

    @Override
    public void close() throws Exception {
        try {
            proxy.stop();
        } finally {
            context.close();
        }
    }
}
