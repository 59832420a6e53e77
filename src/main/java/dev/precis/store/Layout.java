package dev.precis.store;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where results live. Beside the source: {@code s3://b/p/x.html} → {@code s3://b/p/x.summary.json},
 * {@code /d/x.html} → {@code /d/x.summary.json}. Sources that come without a home (a URL, inline HTML or
 * text) are saved under the configured store location first — by host and path for URLs, by content
 * hash otherwise — and their result goes beside that copy.
 */
public final class Layout {

    /** Suffix of a stored result. */
    public static final String RESULT_SUFFIX = ".summary.json";
    /** Suffix of a stored permanent failure. */
    public static final String ERROR_SUFFIX = ".summary.error.json";
    /** Hex digits of a content hash used in a key: 64 bits, no collisions in practice, short paths. */
    private static final int HASH_CHARS = 16;
    /** Longest path segment kept from a URL (S3 keys and file names have limits). */
    private static final int MAX_SEGMENT = 120;
    /** Characters kept in path segments derived from URLs; others become '_'. */
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._~-]");

    private final String base;

    /**
     * @param storeUri {@code s3://bucket/prefix}, {@code file:/dir} or a directory path (relative to the
     *                 working directory)
     */
    public Layout(String storeUri) {
        String b = storeUri.strip();
        if (!b.startsWith("s3://")) {
            b = (b.startsWith("file:") ? Path.of(URI.create(b)) : Path.of(b)).toAbsolutePath().normalize().toUri().toString();
        }
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    /** The store location, as a URI ({@code s3://…} or {@code file:/…}). */
    public String base() {
        return base;
    }

    /** Whether a key or URI is one of our own outputs (these never trigger work: no loops). */
    public static boolean isOutput(String keyOrUri) {
        return keyOrUri.endsWith(RESULT_SUFFIX) || keyOrUri.endsWith(ERROR_SUFFIX);
    }

    /**
     * Whether Precis wrote the object at {@code uri}: a result or error record anywhere, or anything under
     * this store (the copies of url/html/text sources). Such an object is never a new source: no loops.
     */
    public boolean wrote(String uri) {
        return isOutput(uri) || uri.startsWith(base + "/");
    }

    /** The result beside a source: the last extension of the file name replaced by {@code .summary.json}. */
    public static String resultBeside(String sourceUri) {
        return stem(sourceUri) + RESULT_SUFFIX;
    }

    /** The error record beside a source. */
    public static String errorBeside(String sourceUri) {
        return stem(sourceUri) + ERROR_SUFFIX;
    }

    private static String stem(String uri) {
        int slash = uri.lastIndexOf('/');
        int dot = uri.lastIndexOf('.');
        return dot > slash + 1 ? uri.substring(0, dot) : uri;
    }

    /**
     * Where a page fetched from {@code url} is saved: {@code <store>/<host>/<path>}, {@code index.html} for
     * directory paths, {@code .html} added when the path has no extension, and a hash of the query string
     * so distinct pages stay distinct.
     */
    public String sourceForUrl(String url) {
        URI u = URI.create(url);
        String host = safe(u.getHost() == null ? "unknown-host" : u.getHost().toLowerCase(Locale.ROOT));
        if (u.getPort() != -1) host = host + "_" + u.getPort();
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        if (path.endsWith("/")) path = path + "index.html";
        StringBuilder key = new StringBuilder(host);
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) continue;
            String s = safe(java.net.URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
            if (s.equals(".") || s.equals("..")) s = "_";
            key.append('/').append(s);
        }
        String k = key.toString();
        String last = k.substring(k.lastIndexOf('/') + 1);
        String stem = last.contains(".") ? k.substring(0, k.lastIndexOf('.')) : k;
        String ext = last.contains(".") ? k.substring(k.lastIndexOf('.')) : ".html";
        if (ext.length() > 6) {
            stem = k;
            ext = ".html";
        }
        if (u.getRawQuery() != null && !u.getRawQuery().isEmpty()) {
            stem = stem + "-q" + sha256Hex(u.getRawQuery().getBytes(StandardCharsets.UTF_8)).substring(0, HASH_CHARS);
        }
        String copy = base + "/" + stem + ext;
        // A page whose URL ends like one of our outputs must not be stored under such a name.
        return isOutput(copy) ? copy + ".html" : copy;
    }

    /** Where inline HTML or text without a URL is saved: by the hash of its bytes. */
    public String sourceForContent(byte[] content, boolean html) {
        return base + "/inline/" + sha256Hex(content).substring(0, HASH_CHARS) + (html ? ".html" : ".txt");
    }

    private static String safe(String segment) {
        String s = UNSAFE.matcher(segment).replaceAll("_");
        return s.length() > MAX_SEGMENT ? s.substring(0, MAX_SEGMENT) : s;
    }

    /** Lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
