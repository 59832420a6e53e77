package dev.precis.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes → text with the right charset, in this order:
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16BE, UTF-16LE) — it wins over any label;</li>
 *   <li>the transport's declaration (HTTP {@code Content-Type} charset, S3 metadata);</li>
 *   <li>{@code <meta charset>} / {@code <meta http-equiv="Content-Type">} near the start;</li>
 *   <li>sniffing: valid UTF-8, UTF-16 without BOM (NUL pattern), Japanese (Shift_JIS, EUC-JP, when
 *       the bytes decode strictly and read as Japanese), else windows-1252.</li>
 * </ol>
 * A label is trusted only if the bytes decode under it without error; a mislabelled page falls
 * through to the next step. Two common lies are caught on purpose: a page labelled ISO-8859-1 /
 * windows-1252 whose non-ASCII bytes are valid UTF-8 is UTF-8, and a page labelled UTF-16 whose bytes
 * are ASCII-compatible (no NULs) is not UTF-16. Labels map as browsers map them (WHATWG Encoding):
 * ISO-8859-1 and ASCII mean windows-1252, Shift_JIS means windows-31j, GB2312/GBK mean GB18030.
 *
 * <p>{@code decode(bytes, "windows-1252")} of {@code 43 61 66 E9} is {@code "Café"}.
 */
public final class TextDecoder {

    /** How far into the document a {@code <meta charset>} is looked for (HTML requires 1024 bytes; pages are sloppier). */
    private static final int META_SCAN_BYTES = 4096;
    /** How many leading bytes are examined for the UTF-16 NUL pattern. */
    private static final int UTF16_SNIFF_BYTES = 1024;
    /** Share of NULs at odd or even positions that marks UTF-16 text without a BOM. */
    private static final double UTF16_NUL_SHARE = 0.3;
    /** Hiragana characters needed before strictly-decoding bytes are taken as Japanese. */
    private static final int MIN_HIRAGANA = 3;

    /** {@code <meta charset="x">} or {@code <meta http-equiv="Content-Type" content="text/html; charset=x">}. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final Charset EUC_JP = Charset.forName("EUC-JP");

    /** Labels browsers read as another charset than their name says (WHATWG Encoding standard). */
    private static final Map<String, String> LABEL_ALIASES = Map.ofEntries(
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"),
            Map.entry("latin1", "windows-1252"), Map.entry("l1", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("cp1252", "windows-1252"),
            Map.entry("shift_jis", "windows-31j"), Map.entry("shift-jis", "windows-31j"),
            Map.entry("sjis", "windows-31j"), Map.entry("x-sjis", "windows-31j"), Map.entry("ms_kanji", "windows-31j"),
            Map.entry("csshiftjis", "windows-31j"),
            Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"),
            Map.entry("euc-kr", "x-windows-949"), Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("big5", "Big5-HKSCS"), Map.entry("tis-620", "x-windows-874"),
            Map.entry("iso-8859-11", "x-windows-874"));

    /** windows-1252 per byte, the five undefined bytes mapped to C1 controls as browsers do (never U+FFFD). */
    private static final char[] CP1252 = cp1252Table();

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param bytes    the content
     * @param declared charset named by the transport, or null
     * @return the text, never containing U+FFFD unless the bytes themselves encode it
     */
    public static String decode(byte[] bytes, String declared) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFE, 0xFF)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        if (startsWith(bytes, 0xFF, 0xFE)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        String text = underLabel(bytes, lookup(declared));
        if (text == null) text = underLabel(bytes, metaCharset(bytes));
        return text != null ? text : sniff(bytes);
    }

    /** The text under a declared charset, or null when the bytes show the label is wrong. */
    private static String underLabel(byte[] bytes, Charset cs) {
        if (cs == null) return null;
        if (cs.name().toUpperCase(Locale.ROOT).startsWith("UTF-16")) {
            return utf16(bytes) != null ? strict(bytes, cs) : null;
        }
        if (cs.equals(WINDOWS_1252)) {
            return hasNonAscii(bytes) && strict(bytes, StandardCharsets.UTF_8) != null
                    ? new String(bytes, StandardCharsets.UTF_8) : cp1252(bytes);
        }
        return strict(bytes, cs);
    }

    private static String sniff(byte[] bytes) {
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) return utf8;
        Charset utf16 = utf16(bytes);
        if (utf16 != null) {
            String text = strict(bytes, utf16);
            if (text != null) return text;
        }
        for (Charset japanese : new Charset[]{WINDOWS_31J, EUC_JP}) {
            String text = strict(bytes, japanese);
            if (text != null && hiragana(text) >= MIN_HIRAGANA) return text;
        }
        return cp1252(bytes);
    }

    private static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? lookup(m.group(1)) : null;
    }

    private static Charset lookup(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        try {
            return Charset.forName(LABEL_ALIASES.getOrDefault(n, n));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** UTF-16BE or LE when the leading bytes have NULs at even or odd positions (ASCII-range text), else null. */
    private static Charset utf16(byte[] bytes) {
        int n = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
        if (n < 2) return null;
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) even++;
            if (bytes[i + 1] == 0) odd++;
        }
        int pairs = n / 2;
        if (even > pairs * UTF16_NUL_SHARE && odd == 0) return StandardCharsets.UTF_16BE;
        if (odd > pairs * UTF16_NUL_SHARE && even == 0) return StandardCharsets.UTF_16LE;
        return null;
    }

    /** The text, or null if {@code bytes} are not valid in {@code cs}. */
    private static String strict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String cp1252(byte[] bytes) {
        char[] out = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = CP1252[bytes[i] & 0xff];
        }
        return new String(out);
    }

    private static char[] cp1252Table() {
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            String s = strict(new byte[]{(byte) b}, WINDOWS_1252);
            table[b] = s == null || s.length() != 1 ? (char) b : s.charAt(0);
        }
        return table;
    }

    private static int hiragana(String text) {
        return (int) text.chars().filter(c -> c >= 0x3041 && c <= 0x309F).count();
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) return false;
        }
        return true;
    }
}
