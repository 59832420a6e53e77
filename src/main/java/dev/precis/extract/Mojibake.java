package dev.precis.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 6b: text that was decoded twice put right. A site that stored UTF-8 bytes read as Latin-1 or windows-1252 and
 * served them again as UTF-8 shows "donâ\u0080\u0099t" or "donâ€™t" where the author wrote "don’t": every non-ASCII
 * character became two to four characters, the first a UTF-8 lead byte read as a letter ({@code Â}–{@code ô}), the
 * rest continuation bytes read as C1 controls or windows-1252 punctuation. A reader sees garbage and a word count
 * sees broken words ("donâ", "t"). Only text that carries the mark of double decoding is touched
 * ({@link #isMarked}: a C1 control, which no page text holds, or "â€", the start of every general-punctuation
 * character read as windows-1252); in it, each lead byte followed by the continuation bytes its length needs is
 * decoded as the one character it encodes, and anything else is left as it is. Calibration (WCXB dev, same run):
 * CALIBRATION.
 */
final class Mojibake {

    /** windows-1252's characters for the bytes 0x80–0x9F that it defines, by byte - 0x80 (0 for the undefined five). */
    private static final char[] CP1252_HIGH = cp1252High();

    private Mojibake() {
    }

    /** {@code blocks} with their text put right, the same list when none carries the mark of double decoding. */
    static List<Block> repaired(List<Block> blocks) {
        List<Block> out = null;
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            Block r = repaired(b);
            if (r != b && out == null) out = new ArrayList<>(blocks.subList(0, k));
            if (out != null) out.add(r);
        }
        return out == null ? blocks : out;
    }

    /** The block with its text put right and its spans moved with the text; the block itself when nothing changes. */
    static Block repaired(Block b) {
        String text = b.text();
        if (!isMarked(text)) return b;
        int[] at = new int[text.length() + 1];
        String fixed = repair(text, at);
        if (fixed.equals(text)) return b;
        List<Block.Span> spans = b.spans();
        if (!spans.isEmpty()) {
            List<Block.Span> moved = new ArrayList<>(spans.size());
            for (Block.Span s : spans) moved.add(new Block.Span(at[s.start()], at[s.end()], s.link()));
            spans = moved;
        }
        int removed = text.length() - fixed.length();
        return new Block(fixed, b.kind(), b.level(), b.ordered(), Math.max(0, b.chars() - removed),
                Math.max(0, Math.min(b.linkChars(), b.chars() - removed)), spans);
    }

    /** {@code s} put right when it carries the mark of double decoding; else {@code s}; null stays null. */
    static String repaired(String s) {
        if (s == null || !isMarked(s)) return s;
        return repair(s, new int[s.length() + 1]);
    }

    /**
     * True when {@code s} holds a C1 control (U+0080–U+009F: never text, the trace of a continuation byte read as
     * Latin-1) or "â€" (U+00E2 U+20AC: the bytes E2 80, the start of every general-punctuation character, read as
     * windows-1252).
     */
    static boolean isMarked(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c <= 0x9F) return true;
            if (c == '\u00e2' && i + 1 < s.length() && s.charAt(i + 1) == '\u20ac') return true;
        }
        return false;
    }

    /**
     * Each UTF-8 sequence written as Latin-1/windows-1252 characters decoded; {@code at[i]} is set to where the
     * character at {@code i} of {@code s} (and {@code at[s.length()]} to where the end) lands in the result.
     */
    private static String repair(String s, int[] at) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int cp = decoded(s, i);
            int n = cp < 0 ? 1 : length(s.charAt(i));
            for (int k = 0; k < n; k++) at[i + k] = out.length();
            if (cp < 0) out.append(s.charAt(i)); else out.appendCodePoint(cp);
            i += n;
        }
        at[s.length()] = out.length();
        return out.toString();
    }

    /** The code point that the UTF-8 sequence read as characters from {@code i} on encodes, or -1 when there is none. */
    private static int decoded(String s, int i) {
        char lead = s.charAt(i);
        int n = length(lead);
        if (n == 0 || i + n > s.length()) return -1;
        int cp = lead & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
        for (int k = 1; k < n; k++) {
            int b = byteOf(s.charAt(i + k));
            if (b < 0x80 || b > 0xBF) return -1;
            cp = cp << 6 | b & 0x3F;
        }
        int min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
        if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) return -1;
        return cp;
    }

    /** Bytes of the UTF-8 sequence a lead byte read as {@code c} opens (2–4), or 0 when {@code c} is no lead byte. */
    private static int length(char c) {
        if (c >= 0xC2 && c <= 0xDF) return 2;
        if (c >= 0xE0 && c <= 0xEF) return 3;
        if (c >= 0xF0 && c <= 0xF4) return 4;
        return 0;
    }

    /** The byte that Latin-1 or windows-1252 reads as {@code c}, or -1. */
    private static int byteOf(char c) {
        if (c >= 0x80 && c <= 0xFF) return c;
        for (int b = 0; b < CP1252_HIGH.length; b++) if (CP1252_HIGH[b] == c && c != 0) return 0x80 + b;
        return -1;
    }

    private static char[] cp1252High() {
        char[] t = new char[32];
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0; b < 32; b++) {
            CharBuffer c = cp1252.decode(ByteBuffer.wrap(new byte[] {(byte) (0x80 + b)}));
            char ch = c.length() == 1 ? c.charAt(0) : 0;
            t[b] = ch == '\ufffd' ? 0 : ch;
        }
        return t;
    }
}
