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

    /**
     * Links resolved with the base read once per rendering give what jsoup's own resolution of each link gives: relative
     * links of every form, and links with a scheme of their own (phone, script, chat), which keep it and are not linked.
     */
    @Test
    void linksResolveAsJsoupResolvesThem() {
        String[] hrefs = {"/docs/config", "docs/config", "../up", "./here?x=1", "?page=2", "//cdn.example.org/a.js",
                "https://example.org/rfc", "HTTP://Example.org/A", "http:relative", "mailto:team@example.org",
                "tel:+15550100", "javascript:void(0)", "JavaScript:go()", "whatsapp://send?text=hi", "sms:5550100",
                "ftp://files.example.org/a", "url:https://example.org/u", "c++:x", "x-y.z+w:thing", "1tel:5",
                " tel:5", "page#part", "#top", "", "te\tl:5", "/a b", "data:text/plain,hi"};
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("", "https://example.org/blog/v2");
        Markdown.Links links = new Markdown.Links();
        for (String href : hrefs) {
            org.jsoup.nodes.Element a = doc.body().appendElement("a").attr("href", href);
            String abs = a.absUrl("href");
            String lower = abs.toLowerCase(java.util.Locale.ROOT);
            boolean kept = !href.isBlank() && !href.strip().startsWith("#")
                    && (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:"));
            String url = links.absoluteUrl(a);
            if (!kept) {
                assertNull(url, href);
            } else if (abs.indexOf(' ') < 0) {
                String written = href.strip().toLowerCase(java.util.Locale.ROOT); // absolute links are kept as written
                boolean absolute = written.startsWith("http://") || written.startsWith("https://") || written.startsWith("mailto:");
                assertEquals(absolute ? href.strip() : abs, url, href);
            }
        }
        assertTrue(Markdown.hasOtherScheme("tel:+15550100"));
        assertTrue(Markdown.hasOtherScheme("whatsapp://send"));
        assertTrue(!Markdown.hasOtherScheme("url:https://example.org/u") && !Markdown.hasOtherScheme("HTTPS:x")
                && !Markdown.hasOtherScheme(" tel:5") && !Markdown.hasOtherScheme("/a:b"));
        org.jsoup.nodes.Element noBase = org.jsoup.Jsoup.parse("<a href=\"/x\">x</a>").selectFirst("a");
        assertNull(links.absoluteUrl(noBase), "a relative link without a base URI");
    }
}
