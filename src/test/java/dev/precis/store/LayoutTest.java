package dev.precis.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayoutTest {

    private final Layout s3 = new Layout("s3://bucket/results/");

    @Test
    void resultsGoBesideTheirSource() {
        assertEquals("s3://b/news/kim.summary.json", Layout.resultBeside("s3://b/news/kim.html"));
        assertEquals("file:///d/x.summary.json", Layout.resultBeside("file:///d/x.html"));
        assertEquals("s3://b/news/noext.summary.json", Layout.resultBeside("s3://b/news/noext"));
        assertEquals("s3://b/a.b/noext.summary.json", Layout.resultBeside("s3://b/a.b/noext"));
        assertEquals("s3://b/news/kim.summary.error.json", Layout.errorBeside("s3://b/news/kim.html"));
    }

    @Test
    void ourOwnOutputsAreRecognised() {
        assertTrue(Layout.isOutput("news/kim.summary.json"));
        assertTrue(Layout.isOutput("news/kim.summary.error.json"));
        assertFalse(Layout.isOutput("news/kim.html"));
        assertFalse(Layout.isOutput("news/summary.json.html"));
    }

    @Test
    void urlsMapToHostAndPath() {
        assertEquals("s3://bucket/results/news.example.com/world/kim-putin.html",
                s3.sourceForUrl("https://News.Example.com/world/kim-putin.html"));
        assertEquals("s3://bucket/results/example.com/index.html", s3.sourceForUrl("https://example.com"));
        assertEquals("s3://bucket/results/example.com/a/b/index.html", s3.sourceForUrl("https://example.com/a/b/"));
        assertEquals("s3://bucket/results/example.com/story/123.html", s3.sourceForUrl("https://example.com/story/123"));
        assertEquals("s3://bucket/results/example.com_8080/x.html", s3.sourceForUrl("http://example.com:8080/x.html"));
    }

    @Test
    void queryStringsKeepPagesApartAndPathsCannotEscape() {
        String a = s3.sourceForUrl("https://example.com/article?id=1");
        String b = s3.sourceForUrl("https://example.com/article?id=2");
        assertTrue(a.startsWith("s3://bucket/results/example.com/article-q") && a.endsWith(".html"), a);
        assertFalse(a.equals(b));
        assertEquals("s3://bucket/results/example.com/_/_/etc/passwd.html",
                s3.sourceForUrl("https://example.com/%2e%2e/../etc/passwd"));
        assertEquals("s3://bucket/results/example.com/a_b_c.html", s3.sourceForUrl("https://example.com/a%20b%3Fc"));
    }

    @Test
    void aUrlCannotNameAResultKey() {
        assertFalse(Layout.isOutput(s3.sourceForUrl("https://example.com/x.summary.json")));
    }

    @Test
    void contentWithoutAUrlIsKeyedByItsHash() {
        String k = s3.sourceForContent("hello".getBytes(), false);
        assertEquals("s3://bucket/results/inline/2cf24dba5fb0a30e.txt", k);
        assertTrue(s3.sourceForContent("hello".getBytes(), true).endsWith(".html"));
    }

    @Test
    void directoriesBecomeAbsoluteFileUris() {
        Layout dir = new Layout("some/dir");
        assertEquals(Path.of("some/dir").toAbsolutePath().toUri().toString().replaceAll("/$", ""), dir.base());
        assertTrue(dir.sourceForUrl("https://example.com/a.html").startsWith("file:/"));
    }
}
