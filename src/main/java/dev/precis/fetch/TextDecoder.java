package dev.precis.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes → text with the right charset: byte-order mark first, then the transport's declaration (HTTP
 * header, S3 metadata), then {@code <meta charset>} / {@code http-equiv} in the head, then UTF-8 if the
 * bytes are valid UTF-8, else windows-1252 (what browsers assume for unlabelled Western pages).
 */
public final class TextDecoder {

    /** How far into the document a {@code <meta charset>} is looked for (HTML requires the first 1024 bytes; pages are sloppier). */
    private static final int META_SCAN_BYTES = 4096;

    /** {@code <meta charset="x">} or {@code <meta http-equiv="Content-Type" content="text/html; charset=x">}. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param declared charset named by the transport, or null
     */
    public static String decode(byte[] bytes, String declared) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFE, 0xFF)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        if (startsWith(bytes, 0xFF, 0xFE)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        Charset charset = lookup(declared);
        if (charset == null) charset = metaCharset(bytes);
        if (charset == null) charset = isValidUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new String(bytes, charset);
    }

    private static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return null;
        Charset cs = lookup(m.group(1));
        // A page that says UTF-16 in ASCII-compatible bytes is lying (the tag itself is single-byte).
        if (cs != null && cs.name().toUpperCase(Locale.ROOT).startsWith("UTF-16")) return StandardCharsets.UTF_8;
        return cs;
    }

    private static Charset lookup(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.strip().toLowerCase(Locale.ROOT);
        // Browsers read these labels as windows-1252 (WHATWG Encoding standard).
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) return false;
        }
        return true;
    }
}
