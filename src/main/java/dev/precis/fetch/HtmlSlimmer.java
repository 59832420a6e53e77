package dev.precis.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Supplier;

import dev.precis.model.PrecisException;

/**
 * Reads a source within {@code precis.fetch.max-bytes}, letting an HTML page be larger on the wire when
 * what makes it large is never its text. Real pages pass 5 MB with inline scripts and images; such a page
 * is streamed through a small byte-level scanner that leaves out, as it reads:
 * <ul>
 *   <li>the content of {@code <script>} elements — except JSON ({@code application/ld+json}, Next.js page
 *       data), which the extractor reads — and of {@code <style>} elements;</li>
 *   <li>{@code data:} URIs in attribute values (inline images, fonts), kept as an empty {@code data:,};</li>
 *   <li>the content of HTML comments.</li>
 * </ul>
 * Only what is kept counts against {@code max-bytes}, so memory stays within it; what is read in all is
 * capped at {@link #RAW_FACTOR} times it ({@link #rawCap}), which bounds the time a page or a compression
 * bomb can take. A source within {@code max-bytes} is returned untouched (its bytes, hash and stored copy
 * are the page's own); only a larger HTML page is slimmed, and then its stored copy is the slimmed page.
 * Anything else over the cap (plain text, an unknown format, UTF-16) is {@code too_large}, as before.
 */
final class HtmlSlimmer {

    /**
     * Bytes read in all, as a multiple of {@code max-bytes}: 8 × 5 MB = 40 MB by default. The largest WCXB
     * page is 5.3 MB, 95 % of it script; a page of 40 MB is far beyond any article.
     */
    static final int RAW_FACTOR = 8;
    /** Bytes examined at the start of a source to tell HTML from other text. */
    private static final int SNIFF_BYTES = 1024;
    /** Bytes read from the stream at a time once slimming. */
    private static final int CHUNK = 64 * 1024;

    private HtmlSlimmer() {
    }

    /** The most bytes read from a source whose kept bytes may be at most {@code maxBytes}. */
    static long rawCap(long maxBytes) {
        return maxBytes > Long.MAX_VALUE / RAW_FACTOR ? Long.MAX_VALUE : maxBytes * RAW_FACTOR;
    }

    /**
     * Reads {@code in} (whose total the caller caps at {@link #rawCap}): whole when within {@code maxBytes},
     * slimmed when it is a larger HTML page.
     *
     * @param tooLarge the error for a source over the cap even after slimming
     */
    static byte[] read(InputStream in, long maxBytes, Supplier<PrecisException> tooLarge) throws IOException {
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes);
        byte[] head = in.readNBytes(cap + 1);
        if (head.length <= cap) return head;
        if (!looksLikeHtml(head)) throw tooLarge.get();
        Scanner s = new Scanner(cap, tooLarge);
        s.feed(head, head.length);
        byte[] chunk = new byte[CHUNK];
        for (int n; (n = in.read(chunk)) > 0; ) s.feed(chunk, n);
        return s.result();
    }

    /** {@code in}, failing with {@code tooLarge} as soon as more than {@code cap} bytes have been read from it. */
    static InputStream capped(InputStream in, long cap, Supplier<PrecisException> tooLarge) {
        return new java.io.FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0 && ++count > cap) throw tooLarge.get();
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, (int) Math.min(len, cap + 1 - count));
                if (n > 0 && (count += n) > cap) throw tooLarge.get();
                return n;
            }
        };
    }

    /** An HTML document by its start: a doctype, {@code <html>}, {@code <head>} or {@code <body>} in the first bytes. */
    static boolean looksLikeHtml(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        String start = new String(bytes, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return start.contains("<!doctype html") || start.contains("<html") || start.contains("<head") || start.contains("<body");
    }

    /** The byte-level scanner: states of an HTML tokenizer reduced to what slimming needs. */
    private static final class Scanner {
        private enum State { TEXT, MARKUP, TAG, COMMENT, RAW }

        /** The kept bytes (a plain array: one byte at a time through a synchronized stream would be slow). */
        private byte[] out;
        private int size;
        private final int cap;
        private final Supplier<PrecisException> tooLarge;
        private State state = State.TEXT;
        /** The markup read since '<' while telling a tag from a comment (at most 4 bytes). */
        private final StringBuilder markup = new StringBuilder();
        /** Lower-case name of the tag being read, and its attributes' text for a script's type. */
        private final StringBuilder tagName = new StringBuilder();
        private final StringBuilder attributes = new StringBuilder();
        private boolean nameDone;
        private boolean closing;
        private char quote;
        /** Bytes of a quoted attribute value read so far, while checking for "data:"; -1 once decided. */
        private int valueAt = -1;
        private final StringBuilder valueStart = new StringBuilder();
        private boolean skipValue;
        /** Inside a raw element (script, style): its name, whether its content is kept, and the end tag matched so far. */
        private String raw;
        /** "&lt;/" and the raw element's name: its end tag. */
        private String rawEnd;
        private boolean keepRaw;
        private int endMatched;
        /** How far "-->" is matched inside a comment. */
        private int commentEnd;

        Scanner(int cap, Supplier<PrecisException> tooLarge) {
            this.cap = cap;
            this.out = new byte[Math.max(16, Math.min(cap, 1 << 20))];
            this.tooLarge = tooLarge;
        }

        void feed(byte[] b, int n) {
            for (int k = 0; k < n; k++) step(b[k]);
        }

        private void emit(int b) {
            if (size >= cap) throw tooLarge.get();
            if (size == out.length) out = java.util.Arrays.copyOf(out, (int) Math.min(cap, (long) out.length * 2));
            out[size++] = (byte) b;
        }

        byte[] result() {
            return java.util.Arrays.copyOf(out, size);
        }

        private void emit(CharSequence s) {
            for (int k = 0; k < s.length(); k++) emit(s.charAt(k));
        }

        private void step(byte b) {
            int c = b & 0xff;
            switch (state) {
                case TEXT -> {
                    if (c == '<') {
                        state = State.MARKUP;
                        markup.setLength(0);
                        markup.append('<');
                    } else {
                        emit(c);
                    }
                }
                case MARKUP -> markup(c);
                case TAG -> tag(c);
                case COMMENT -> {
                    commentEnd = c == '-' ? Math.min(commentEnd + 1, 2) : c == '>' && commentEnd == 2 ? 3 : 0;
                    if (commentEnd == 3) {
                        emit("-->");
                        state = State.TEXT;
                    }
                }
                case RAW -> raw(c);
            }
        }

        /** After '<': a comment ("<!--"), a tag ("<name", "</name", "<!doctype"), or just text. */
        private void markup(int c) {
            markup.append((char) c);
            if (markup.length() == 2 && c == '!' || markup.length() == 3 && markup.charAt(1) == '!' && c == '-') return;
            if (markup.length() == 4 && markup.toString().equals("<!--")) {
                emit("<!--");
                state = State.COMMENT;
                commentEnd = 0;
                return;
            }
            char second = markup.charAt(1);
            boolean tag = second == '!' || second == '?' || second == '/' || second < 128 && Character.isLetter(second);
            String seen = markup.toString();
            if (!tag) { // "<" followed by nothing that starts markup: text ("a < b")
                emit(seen);
                state = State.TEXT;
                return;
            }
            emit(seen);
            closing = second == '/';
            tagName.setLength(0);
            attributes.setLength(0);
            nameDone = false;
            quote = 0;
            skipValue = false;
            state = State.TAG;
            for (int k = closing ? 2 : 1; k < seen.length(); k++) tagChar(seen.charAt(k));
        }

        private void tag(int c) {
            if (skipValue) { // inside a data: URI value: dropped up to its closing quote
                if (c == quote) {
                    skipValue = false;
                    quote = 0;
                    emit(c);
                }
                return;
            }
            emit(c);
            tagChar(c);
        }

        /** Follows one character of a tag (already emitted): its name, quotes, data: values, its end. */
        private void tagChar(int c) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                    valueAt = -1;
                } else if (valueAt >= 0) {
                    valueStart.append(Character.toLowerCase((char) c));
                    if (valueStart.length() == 5) {
                        if (valueStart.toString().equals("data:")) {
                            emit(',');
                            skipValue = true;
                        }
                        valueAt = -1;
                    } else if (!"data:".startsWith(valueStart.toString())) {
                        valueAt = -1;
                    }
                }
                if (!nameDone) nameDone = true;
                attributes.append((char) c);
                return;
            }
            if (!nameDone) {
                if (Character.isWhitespace(c) || c == '/' || c == '>') {
                    nameDone = true;
                } else {
                    if (tagName.length() < 16) tagName.append(Character.toLowerCase((char) c));
                    return;
                }
            }
            if (c == '"' || c == '\'') {
                quote = (char) c;
                valueAt = 0;
                valueStart.setLength(0);
                attributes.append((char) c);
                return;
            }
            if (c == '>') {
                String name = tagName.toString();
                if (!closing && (name.equals("script") || name.equals("style"))) {
                    raw = name;
                    rawEnd = "</" + name;
                    String attrs = attributes.toString().toLowerCase(Locale.ROOT);
                    keepRaw = name.equals("script") && attrs.contains("json");
                    endMatched = 0;
                    state = State.RAW;
                } else {
                    state = State.TEXT;
                }
                return;
            }
            if (attributes.length() < 4096) attributes.append((char) c);
        }

        /** Inside a script or style: content kept (JSON) or dropped, up to its end tag. */
        private void raw(int c) {
            String end = rawEnd;
            if (Character.toLowerCase(c) == end.charAt(endMatched)) {
                endMatched++;
                if (endMatched == end.length()) {
                    emit(end);
                    closing = true;
                    tagName.setLength(0);
                    tagName.append(raw);
                    attributes.setLength(0);
                    nameDone = true;
                    quote = 0;
                    state = State.TAG;
                }
                return;
            }
            if (keepRaw) {
                for (int k = 0; k < endMatched; k++) emit(end.charAt(k));
            }
            endMatched = Character.toLowerCase(c) == '<' ? 1 : 0;
            if (endMatched == 0 && keepRaw) emit(c);
        }
    }
}
