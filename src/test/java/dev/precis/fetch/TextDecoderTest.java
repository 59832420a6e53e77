package dev.precis.fetch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Charset detection: BOM, then the transport's label, then {@code <meta charset>}, then sniffing. */
class TextDecoderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset SJIS = Charset.forName("Shift_JIS");
    private static final String WESTERN = "<p>Café – “quoted” naïve façade €5 — Grüße</p>";
    private static final String JAPANESE = "<p>東京で首脳会議が開かれ、両国は協力を確認しました。</p>";

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static void assertClean(String text) {
        assertFalse(text.contains("\uFFFD"), () -> "replacement character in: " + text);
    }

    @Test
    void windows1252FromTheHeader() {
        assertEquals(WESTERN, TextDecoder.decode(WESTERN.getBytes(CP1252), "windows-1252"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISO-8859-1", "iso-8859-1", "latin1", "US-ASCII", "\"windows-1252\""})
    void latin1AndAsciiLabelsMeanWindows1252(String label) {
        assertEquals(WESTERN, TextDecoder.decode(WESTERN.getBytes(CP1252), label));
    }

    @Test
    void windows1252FromMetaCharset() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body>" + WESTERN + "</body></html>";
        assertEquals(html, TextDecoder.decode(html.getBytes(CP1252), null));
    }

    @Test
    void windows1252FromMetaHttpEquiv() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "</head><body>" + WESTERN + "</body></html>";
        assertEquals(html, TextDecoder.decode(html.getBytes(CP1252), null));
    }

    @Test
    void unlabelledWindows1252IsSniffed() {
        assertEquals(WESTERN, TextDecoder.decode(WESTERN.getBytes(CP1252), null));
    }

    @Test
    void undefinedWindows1252BytesNeverBecomeReplacementCharacters() {
        String text = TextDecoder.decode(new byte[]{'a', (byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D, 'b'},
                "windows-1252");
        assertEquals("a\u0081\u008D\u008F\u0090\u009Db", text);
    }

    @Test
    void shiftJisFromTheHeader() {
        assertEquals(JAPANESE, TextDecoder.decode(JAPANESE.getBytes(SJIS), "Shift_JIS"));
    }

    @Test
    void shiftJisFromMetaCharset() {
        String html = "<html><head><meta charset=\"shift_jis\"><title>ニュース</title></head><body>" + JAPANESE + "</body></html>";
        String text = TextDecoder.decode(html.getBytes(SJIS), null);
        assertEquals(html, text);
    }

    @Test
    void windows31jCharactersDecodeUnderAShiftJisLabel() {
        String text = "①②③ ～ 髙橋さんの記事です。";
        assertEquals(text, TextDecoder.decode(text.getBytes(Charset.forName("windows-31j")), "Shift_JIS"));
    }

    @Test
    void unlabelledShiftJisIsSniffed() {
        assertEquals(JAPANESE, TextDecoder.decode(JAPANESE.getBytes(SJIS), null));
    }

    @Test
    void unlabelledEucJpIsSniffed() {
        assertEquals(JAPANESE, TextDecoder.decode(JAPANESE.getBytes(Charset.forName("EUC-JP")), null));
    }

    @Test
    void utf16LittleEndianWithBom() {
        byte[] bytes = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, (WESTERN + JAPANESE).getBytes(StandardCharsets.UTF_16LE));
        assertEquals(WESTERN + JAPANESE, TextDecoder.decode(bytes, null));
    }

    @Test
    void utf16BigEndianWithBom() {
        byte[] bytes = concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, (WESTERN + JAPANESE).getBytes(StandardCharsets.UTF_16BE));
        assertEquals(WESTERN + JAPANESE, TextDecoder.decode(bytes, null));
    }

    @Test
    void utf16WithoutBomIsSniffed() {
        String html = "<html><body>" + WESTERN + "</body></html>";
        assertEquals(html, TextDecoder.decode(html.getBytes(StandardCharsets.UTF_16LE), null));
        assertEquals(html, TextDecoder.decode(html.getBytes(StandardCharsets.UTF_16BE), null));
    }

    @Test
    void utf8BomWinsOverTheHeader() {
        byte[] bytes = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, WESTERN.getBytes(StandardCharsets.UTF_8));
        assertEquals(WESTERN, TextDecoder.decode(bytes, "windows-1252"));
    }

    @Test
    void headerWinsOverMeta() {
        String html = "<meta charset=\"utf-8\">" + WESTERN;
        assertEquals(html, TextDecoder.decode(html.getBytes(CP1252), "windows-1252"));
    }

    @Test
    void unlabelledUtf8IsSniffed() {
        assertEquals(WESTERN + JAPANESE, TextDecoder.decode((WESTERN + JAPANESE).getBytes(StandardCharsets.UTF_8), null));
    }

    // --- mislabelled pages -------------------------------------------------------------------------

    @Test
    void labelledUtf8ButWindows1252() {
        String text = TextDecoder.decode(WESTERN.getBytes(CP1252), "utf-8");
        assertEquals(WESTERN, text);
    }

    @Test
    void labelledLatin1ButUtf8() {
        assertEquals(WESTERN, TextDecoder.decode(WESTERN.getBytes(StandardCharsets.UTF_8), "ISO-8859-1"));
    }

    @Test
    void metaSaysUtf8ButBytesAreWindows1252() {
        String html = "<meta charset=utf-8>" + WESTERN;
        assertEquals(html, TextDecoder.decode(html.getBytes(CP1252), null));
    }

    @Test
    void metaSaysUtf16ButBytesAreAsciiCompatible() {
        String html = "<meta charset=\"utf-16\">" + WESTERN;
        assertEquals(html, TextDecoder.decode(html.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void headerSaysUtf16ButBytesAreUtf8() {
        assertEquals(WESTERN, TextDecoder.decode(WESTERN.getBytes(StandardCharsets.UTF_8), "UTF-16"));
    }

    @Test
    void labelledShiftJisButUtf8() {
        assertEquals(JAPANESE, TextDecoder.decode(JAPANESE.getBytes(StandardCharsets.UTF_8), "Shift_JIS"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x-unknown", "utf-99", "", "  ", "\"\"", "none"})
    void unknownLabelsAreIgnored(String label) {
        assertEquals(WESTERN, TextDecoder.decode(WESTERN.getBytes(StandardCharsets.UTF_8), label));
        assertEquals(WESTERN, TextDecoder.decode(WESTERN.getBytes(CP1252), label));
    }

    @Test
    void emptyAndTinyInputs() {
        assertEquals("", TextDecoder.decode(new byte[0], null));
        assertEquals("", TextDecoder.decode(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, null));
        assertEquals("a", TextDecoder.decode(new byte[]{'a'}, "UTF-16"));
        assertClean(TextDecoder.decode(new byte[]{(byte) 0xFF}, null));
    }
}
