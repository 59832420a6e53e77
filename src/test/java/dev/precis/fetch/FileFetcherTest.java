package dev.precis.fetch;

import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.RawSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Local files (CLI): capped, typed by extension, binary content refused. */
class FileFetcherTest {

    @TempDir
    Path dir;

    private final FileFetcher files = new FileFetcher(100);

    @Test
    void readsHtmlAndText() throws Exception {
        Files.writeString(dir.resolve("kim.html"), "<p>Kim.</p>");
        Files.writeString(dir.resolve("kim.txt"), "Kim.");
        RawSource html = files.fetch(dir.resolve("kim.html"));
        assertEquals("text/html", html.contentType());
        assertEquals("<p>Kim.</p>", new String(html.bytes(), StandardCharsets.UTF_8));
        assertEquals("text/plain", files.fetch(dir.resolve("kim.txt")).contentType());
    }

    @Test
    void exactlyTheCapIsAcceptedOneMoreIsNot() throws Exception {
        Files.write(dir.resolve("a.txt"), new byte[100]);
        Files.write(dir.resolve("b.txt"), new byte[101]);
        assertEquals(100, files.fetch(dir.resolve("a.txt")).bytes().length);
        PrecisException e = assertThrows(PrecisException.class, () -> files.fetch(dir.resolve("b.txt")));
        assertEquals(ErrorCode.TOO_LARGE, e.code());
    }

    @Test
    void anHtmlFileOverTheCapIsReadWithoutItsScripts() throws Exception {
        Files.writeString(dir.resolve("big.html"), "<html><script>" + "x".repeat(200) + "</script><p>Kim.</p></html>");
        assertEquals("<html><script></script><p>Kim.</p></html>",
                new String(files.fetch(dir.resolve("big.html")).bytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aSixMegabytePageOfScriptsFitsTheDefaultCap() throws Exception {
        int cap = 5 * 1024 * 1024;
        String article = "<article><h1>Kim may meet Putin</h1><p>" + "A U.S. official said Monday that Kim may travel. ".repeat(40)
                + "</p></article>";
        String page = "<!doctype html><html><head><script>" + "var state = 1;".repeat(430_000) + "</script></head><body>"
                + article + "<img src=\"data:image/png;base64," + "A".repeat(100_000) + "\"></body></html>";
        Files.writeString(dir.resolve("big.html"), page);
        assertTrue(Files.size(dir.resolve("big.html")) > 6_000_000);
        String got = new String(new FileFetcher(cap).fetch(dir.resolve("big.html")).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(got.contains(article), "the article is all there");
        assertTrue(got.length() < 10_000, "scripts and inline data are left out: " + got.length());
    }

    @Test
    void missingFileAndDirectoryAreNotFound() {
        assertEquals(ErrorCode.SOURCE_NOT_FOUND,
                assertThrows(PrecisException.class, () -> files.fetch(dir.resolve("nope.html"))).code());
        assertEquals(ErrorCode.SOURCE_NOT_FOUND, assertThrows(PrecisException.class, () -> files.fetch(dir)).code());
    }

    @Test
    void binaryWithAnHtmlNameIsRefused() throws Exception {
        Files.write(dir.resolve("photo.html"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        PrecisException e = assertThrows(PrecisException.class, () -> files.fetch(dir.resolve("photo.html")));
        assertEquals(ErrorCode.UNSUPPORTED_MEDIA_TYPE, e.code());
        assertEquals("source is binary (PNG), not an HTML or text article", e.getMessage());
    }
}
