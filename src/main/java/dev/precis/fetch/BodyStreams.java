package dev.precis.fetch;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads a response body: undoes the transfer framing (Content-Length, chunked, or read to close) and
 * the content encoding (gzip, deflate), with the byte caps enforced while streaming — on the bytes
 * received and on the bytes they decompress to (at most {@link HtmlSlimmer#rawCap}), and on the bytes kept
 * (at most {@code max-bytes}; an HTML page is slimmed of scripts, styles and inline data as it is read,
 * {@link HtmlSlimmer}) — so neither a huge body nor a small compression bomb ever fills memory.
 */
final class BodyStreams {

    /** Longest chunk-size line or trailer line, in bytes. */
    private static final int MAX_CHUNK_LINE = 1024;
    /** Most trailer lines after the last chunk. */
    private static final int MAX_TRAILERS = 50;

    private BodyStreams() {
    }

    /**
     * The decoded body of a response with the given head.
     *
     * @throws PrecisException {@code too_large} past {@code maxBytes} received or decoded,
     *                         {@code unsupported_media_type} for an unknown content encoding,
     *                         {@code fetch_failed} for framing errors
     * @throws IOException     on read errors and corrupt compressed data
     */
    static byte[] read(HttpConnection.Head head, InputStream raw, long maxBytes) throws IOException {
        long rawCap = HtmlSlimmer.rawCap(maxBytes);
        String overRaw = "source is larger than " + HtmlSlimmer.RAW_FACTOR + " × precis.fetch.max-bytes";
        InputStream framed = framed(head, raw, maxBytes, rawCap);
        InputStream wire = new Capped(framed, rawCap, overRaw);
        InputStream decoded = decoded(head, wire);
        boolean encoded = decoded != wire;
        String over = encoded ? "source decompresses to more than precis.fetch.max-bytes" : "source is larger than precis.fetch.max-bytes";
        InputStream capped = encoded ? HtmlSlimmer.capped(decoded, rawCap, () -> tooLarge(
                "source decompresses to more than " + HtmlSlimmer.RAW_FACTOR + " × precis.fetch.max-bytes", rawCap)) : decoded;
        return HtmlSlimmer.read(capped, maxBytes, () -> tooLarge(over, maxBytes));
    }

    private static InputStream framed(HttpConnection.Head head, InputStream raw, long maxBytes, long rawCap) {
        List<String> te = head.headers().get("Transfer-Encoding");
        if (te != null) {
            String codings = String.join(",", te).toLowerCase(Locale.ROOT).replace(" ", "");
            if (!codings.equals("chunked") && !codings.equals("identity,chunked")) {
                throw new PrecisException(ErrorCode.FETCH_FAILED,
                        "unsupported Transfer-Encoding '" + codings + "'", "url");
            }
            return new Chunked(raw);
        }
        List<String> cl = head.headers().get("Content-Length");
        if (cl != null) {
            long length = contentLength(cl);
            if (length > rawCap) { // even a slimmed page would be over the cap: refused before reading
                throw tooLarge("source is larger than " + HtmlSlimmer.RAW_FACTOR + " × precis.fetch.max-bytes (Content-Length "
                        + length + ")", maxBytes);
            }
            return new Fixed(raw, length);
        }
        return raw;
    }

    /** The one Content-Length all the headers agree on. */
    private static long contentLength(List<String> values) {
        long length = -1;
        for (String value : values) {
            for (String v : value.split(",")) {
                String s = v.strip();
                if (!s.matches("\\d{1,18}") || (length >= 0 && Long.parseLong(s) != length)) {
                    throw new PrecisException(ErrorCode.FETCH_FAILED, "invalid Content-Length '" + value + "'", "url");
                }
                length = Long.parseLong(s);
            }
        }
        return length;
    }

    private static InputStream decoded(HttpConnection.Head head, InputStream wire) throws IOException {
        String coding = head.first("Content-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
        return switch (coding) {
            case "", "identity" -> wire;
            case "gzip", "x-gzip" -> new GZIPInputStream(wire);
            case "deflate" -> deflate(wire);
            default -> throw new PrecisException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "content encoding '" + coding + "' is not supported (gzip and deflate are)", "url");
        };
    }

    /** "deflate" is meant to be zlib-wrapped, but some servers send raw deflate: tell them apart by the header. */
    private static InputStream deflate(InputStream wire) throws IOException {
        BufferedInputStream in = new BufferedInputStream(wire);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0f) == 8 && ((b0 << 8) | b1) % 31 == 0;
        return new InflaterInputStream(in, new Inflater(!zlib));
    }

    static PrecisException tooLarge(String what, long maxBytes) {
        return new PrecisException(ErrorCode.TOO_LARGE, what + " (" + maxBytes + " bytes)", "url");
    }

    /** Fails with {@code too_large} as soon as more than the cap has been read. */
    private static final class Capped extends FilterInputStream {
        private final long cap;
        private final String what;
        private long count;

        Capped(InputStream in, long cap, String what) {
            super(in);
            this.cap = cap;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) counted(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, (int) Math.min(len, cap + 1 - count));
            if (n > 0) counted(n);
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > cap) throw tooLarge(what, cap);
        }
    }

    /** Exactly {@code length} bytes, failing if the connection ends sooner. */
    private static final class Fixed extends FilterInputStream {
        private long left;

        Fixed(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left == 0) return -1;
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) throw new EOFException("connection closed " + left + " bytes before the end of the body");
            left -= n;
            return n;
        }
    }

    /** The {@code chunked} transfer coding, with chunk-size and trailer lines bounded. */
    private static final class Chunked extends FilterInputStream {
        private long left;
        private boolean done;

        Chunked(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) return -1;
            if (left == 0) {
                left = nextChunkSize();
                if (left == 0) {
                    for (int i = 0; !line().isEmpty(); i++) {
                        if (i >= MAX_TRAILERS) throw malformed("more than " + MAX_TRAILERS + " trailer lines");
                    }
                    done = true;
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) throw new EOFException("connection closed inside a chunk");
            left -= n;
            if (left == 0 && !line().isEmpty()) throw malformed("chunk longer than its size");
            return n;
        }

        private long nextChunkSize() throws IOException {
            String line = line();
            int semi = line.indexOf(';');
            String hex = (semi < 0 ? line : line.substring(0, semi)).strip();
            if (!hex.matches("[0-9a-fA-F]{1,15}")) throw malformed("invalid chunk size '" + hex + "'");
            return Long.parseLong(hex, 16);
        }

        private String line() throws IOException {
            StringBuilder s = new StringBuilder();
            for (int c; (c = in.read()) != '\n'; ) {
                if (c < 0) throw new EOFException("connection closed inside the chunked framing");
                if (s.length() >= MAX_CHUNK_LINE) throw malformed("chunk line longer than " + MAX_CHUNK_LINE + " bytes");
                s.append((char) c);
            }
            int end = s.length() > 0 && s.charAt(s.length() - 1) == '\r' ? s.length() - 1 : s.length();
            return s.substring(0, end);
        }

        private static PrecisException malformed(String what) {
            return new PrecisException(ErrorCode.FETCH_FAILED, "invalid chunked body: " + what, "url");
        }
    }
}
