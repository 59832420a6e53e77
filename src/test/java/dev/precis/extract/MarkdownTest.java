package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/** article.markdown beside article.text: same blocks, markup added. */
class MarkdownTest {

    private static final String PAGE = "<html><head><meta property=\"article:published_time\" content=\"2025-04-27\"></head>"
            + "<body><article><h1>Release notes</h1>"
            + "<p>Version 2 of the tool is out, with a faster parser and a <a href=\"/docs/config\">new configuration file</a> "
            + "that replaces the old flags, as the <a href=\"https://example.org/rfc\">design note</a> explains in detail.</p>"
            + "<h2>What changed</h2><ul><li>The parser is twice as fast on large files.<ul><li>Memory use is flat.</li></ul></li>"
            + "<li>Errors name the line they happened on.</li></ul>"
            + "<ol><li>Install the new version.</li><li>Run <code>tool migrate</code> once.</li></ol>"
            + "<blockquote><p>The migration took us five minutes on a large repository.</p></blockquote>"
            + "<pre><code>tool migrate --dry-run\n  tool migrate</code></pre>"
            + "<table><thead><tr><th>Size</th><th>Before</th><th>After</th></tr></thead>"
            + "<tbody><tr><td>10 MB</td><td>4 s</td><td>2 s</td></tr></tbody></table>"
            + "<p>Thanks to everyone who reported problems with the first version over the last year, and to the "
            + "maintainers of the packages we depend on.</p></article></body></html>";

    @Test
    void markdownHasHeadingsListsQuotesCodeTablesAndAbsoluteLinks() {
        Article a = new Extractor().extract(PAGE, "https://example.org/blog/v2");
        String md = a.markdown();
        assertTrue(md.contains("[new configuration file](https://example.org/docs/config)"), md);
        assertTrue(md.contains("[design note](https://example.org/rfc)"), md);
        assertTrue(md.contains("## What changed"), md);
        assertTrue(md.contains("- The parser is twice as fast on large files.\n   - Memory use is flat.\n- Errors name"), md);
        assertTrue(md.contains("1. Install the new version.\n2. Run `tool migrate` once."), md);
        assertTrue(md.contains("> The migration took us five minutes"), md);
        assertTrue(md.contains("```\ntool migrate --dry-run\n  tool migrate\n```"), md);
        assertTrue(md.contains("| Size | Before | After |\n| --- | --- | --- |\n| 10 MB | 4 s | 2 s |"), md);
    }

    @Test
    void textIsTheSameBlocksWithoutMarkup() {
        Article a = new Extractor().extract(PAGE, "https://example.org/blog/v2");
        assertTrue(a.text().contains("with a faster parser and a new configuration file that replaces"), a.text());
        assertTrue(a.paragraphs().contains("What changed"), a.paragraphs().toString());
        assertTrue(a.paragraphs().contains("tool migrate --dry-run\n  tool migrate"), "code keeps its lines: " + a.paragraphs());
        assertTrue(a.paragraphs().contains("Size | Before | After"), a.paragraphs().toString());
        assertEquals(a.text().length(), String.join("\n\n", a.paragraphs()).length());
    }

    @Test
    void relativeLinksWithoutABaseStayText() {
        String md = new Extractor().extract(PAGE, null).markdown();
        assertTrue(md.contains("a new configuration file that"), md);
        assertTrue(md.contains("[design note](https://example.org/rfc)"), md);
    }

    @Test
    void plainTextHasNoMarkdownOrPageType() {
        Article a = Article.ofPlainText("One paragraph.\n\nAnother one.");
        assertNull(a.markdown());
        assertNull(a.pageType());
    }
}
