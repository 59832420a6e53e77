package dev.precis.fetch;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;

import java.util.Locale;
import java.util.Set;

/** Which content types are articles, and sniffing of the binary formats that are not. */
final class MediaTypes {

    /** Types read as HTML. */
    static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    /** The plain-text type. */
    static final String TEXT = "text/plain";

    /** Magic numbers of formats callers send by mistake: PNG, PDF, ZIP, GIF, JPEG. */
    private static final byte[][] BINARY_MAGIC = {
            {(byte) 0x89, 'P', 'N', 'G'}, {'%', 'P', 'D', 'F'}, {'P', 'K', 3, 4}, {'G', 'I', 'F', '8'},
            {(byte) 0xff, (byte) 0xd8, (byte) 0xff}};

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
        for (byte[] magic : BINARY_MAGIC) {
            if (startsWith(bytes, magic)) {
                throw new PrecisException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                        "source is binary (" + describe(magic) + "), not an HTML or text article", field);
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

    private static String describe(byte[] magic) {
        return switch (magic[0]) {
            case (byte) 0x89 -> "PNG";
            case '%' -> "PDF";
            case 'P' -> "ZIP";
            case 'G' -> "GIF";
            default -> "JPEG";
        };
    }
}
