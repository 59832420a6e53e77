package dev.precis.fetch;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which content types are articles, and sniffing of the binary formats that are not. */
final class MediaTypes {

    /** Types read as HTML. */
    static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    /** The plain-text type. */
    static final String TEXT = "text/plain";

    /** A binary format recognized by the bytes it starts with. */
    private record Magic(String name, byte[] prefix) {
        static Magic of(String name, int... bytes) {
            byte[] b = new byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) b[i] = (byte) bytes[i];
            return new Magic(name, b);
        }
    }

    /** Formats callers send by mistake, whatever the label says: images, documents, archives, executables. */
    private static final List<Magic> BINARY_MAGIC = List.of(
            Magic.of("PNG", 0x89, 'P', 'N', 'G'),
            Magic.of("PDF", '%', 'P', 'D', 'F'),
            Magic.of("ZIP", 'P', 'K', 3, 4),
            Magic.of("GIF", 'G', 'I', 'F', '8'),
            Magic.of("JPEG", 0xff, 0xd8, 0xff),
            Magic.of("gzip", 0x1f, 0x8b, 0x08),
            Magic.of("RIFF (WebP, WAV, AVI)", 'R', 'I', 'F', 'F'),
            Magic.of("7z", '7', 'z', 0xbc, 0xaf, 0x27, 0x1c),
            Magic.of("RAR", 'R', 'a', 'r', '!', 0x1a, 0x07),
            Magic.of("ELF", 0x7f, 'E', 'L', 'F'));

    private MediaTypes() {
    }

    /** The media type without parameters, lower case, or null. */
    static String baseType(String contentType) {
        if (contentType == null || contentType.isBlank()) return null;
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The {@code charset} parameter of a Content-Type header, or null. */
    static String charsetParam(String contentType) {
        if (contentType == null) return null;
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").strip();
            }
        }
        return null;
    }

    /** Guesses the type from a file name's extension: .txt is plain text, everything else HTML. */
    static String fromFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".text") ? TEXT : "text/html";
    }

    /**
     * Checks that the content is an article we read and returns its normalized type.
     *
     * @throws PrecisException {@code unsupported_media_type} for other declared types or binary content
     */
    static String accept(String declared, byte[] bytes, String field) {
        checkDeclared(declared, field);
        for (Magic magic : BINARY_MAGIC) {
            if (startsWith(bytes, magic.prefix())) {
                throw new PrecisException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                        "source is binary (" + magic.name() + "), not an HTML or text article", field);
            }
        }
        String base = baseType(declared);
        if (base == null || base.equals("application/octet-stream") || base.equals("binary/octet-stream")) {
            return looksLikeHtml(bytes) ? "text/html" : TEXT;
        }
        return HTML.contains(base) ? "text/html" : TEXT;
    }

    /**
     * Refuses a declared type that is not an article type, before any body is read.
     *
     * @throws PrecisException {@code unsupported_media_type}
     */
    static void checkDeclared(String declared, String field) {
        String base = baseType(declared);
        if (base == null || base.equals("application/octet-stream") || base.equals("binary/octet-stream")
                || HTML.contains(base) || base.equals(TEXT)) {
            return;
        }
        throw new PrecisException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "content type '" + base + "' is not supported; send text/html, application/xhtml+xml or text/plain",
                field);
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || head.contains("<p>") || head.contains("<div");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) return false;
        }
        return true;
    }
}
