package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A documentation page is read whole (its code references and closing link lists are content), but a docs site frames
 * the page with a navigation tree and version picker in plain, unnamed boxes that the whole reading keeps. When the
 * scored container holds nearly all of the page's prose and text ({@link Choice#holdsThePage}), the page is that
 * container, written as the whole reading writes it: its own "See also" list stays, the tree beside it goes.
 */
class DocsFrameTest {

    private final Extractor extractor = new Extractor();

    private static final String[] TREE = {"Getting started", "Installing the daemon", "Upgrading between releases",
        "Configuration files", "Cache tiers", "Eviction policies", "Metrics and tracing", "Command-line reference",
        "Plugin interface", "Troubleshooting", "Release notes", "Glossary"};

    /** A reference page on cache eviction beside a tree of the manual's other pages. */
    private static String page() {
        StringBuilder b = new StringBuilder("<html><head><title>Eviction policies</title>"
                + "<link rel=\"canonical\" href=\"https://manual.example.org/docs/eviction\"></head><body>"
                + "<div class=\"frame\"><div class=\"tree\"><p>Manual for release 4.1</p><ul>");
        for (String t : TREE) b.append("<li><a href=\"/docs/").append(t.hashCode()).append("\">").append(t).append("</a></li>");
        b.append("</ul><p>Older releases: 4.0 / 3.9 / 3.8</p></div><div class=\"page\"><h1>Eviction policies</h1>"
                + "<p>The cache drops entries when a tier reaches its size limit, and the policy decides which entries go first.</p>"
                + "<p>Each tier has its own policy, set in the tier's block of the configuration file, and the daemon reads it at start.</p>"
                + "<pre><code>tier \"hot\" {\n  size = 512MB\n  policy = lru\n}</code></pre>"
                + "<h2>Least recently used</h2>"
                + "<p>The default policy removes the entries that were read longest ago, which suits most read-heavy workloads well.</p>"
                + "<pre><code>policy = lru</code></pre>"
                + "<h2>Least frequently used</h2>"
                + "<p>This policy counts reads per entry and removes the least read, which keeps a small set of hot keys for longer.</p>"
                + "<pre><code>policy = lfu\ndecay = 10m</code></pre>");
        b.append("<p>Counts decay over time, so an entry that was popular last week does not stay forever once readers move on.</p>");
        return b.append("<h2>See also</h2><ul><li><a href=\"/docs/tiers\">Cache tiers</a></li>"
                + "<li><a href=\"/docs/tracing\">Tracing evictions</a></li></ul></div></div></body></html>").toString();
    }

    /**
     * A command reference without prose (synopses and option lists only) whose options table stands in a column beside
     * the synopses: with no prose to hold, no container holds "nearly all" of it, and the page is read whole.
     */
    private static String commandPage() {
        StringBuilder b = new StringBuilder("<html><head><title>fetchd</title>"
                + "<link rel=\"canonical\" href=\"https://manual.example.org/docs/fetchd\"></head><body><div class=\"cols\">"
                + "<div class=\"synopses\"><h1>fetchd</h1>");
        for (String cmd : new String[] {"fetchd start --port 8080 --workers 4", "fetchd stop --grace 30s",
            "fetchd reload --config /etc/fetchd.toml", "fetchd status --json", "fetchd rotate-logs --keep 7"}) {
            b.append("<h3>").append(cmd.split(" ")[1]).append("</h3><pre><code>").append(cmd).append("\n").append(cmd.replace("fetchd", "sudo fetchd"))
                    .append("\n").append(cmd).append(" --verbose</code></pre>");
        }
        return b.append("</div><div class=\"opts\"><h3>Options</h3><table><tr><td>--port</td><td>listening port</td></tr>"
                + "<tr><td>--grace</td><td>drain period</td></tr><tr><td>--workers</td><td>worker count</td></tr></table></div>"
                + "</div></body></html>").toString();
    }

    @Test
    void aReferenceWithoutProseIsReadWhole() {
        Article a = extractor.extract(commandPage(), "https://manual.example.org/docs/fetchd");
        assertEquals("documentation", a.pageType());
        assertTrue(a.text().contains("fetchd rotate-logs --keep 7"), a.text());
        assertTrue(a.text().contains("drain period"), a.text());
    }

    @Test
    void theTreeBesideTheReferenceIsLeftOut() {
        Article a = extractor.extract(page(), "https://manual.example.org/docs/eviction");
        assertEquals("documentation", a.pageType());
        assertFalse(a.text().contains("Installing the daemon"), a.text());
        assertFalse(a.text().contains("Older releases"), a.text());
        assertTrue(a.text().contains("policy = lfu"), a.text());
        assertTrue(a.paragraphs().contains("Least frequently used"), a.paragraphs().toString());
        // the page's own closing list of links stays
        assertTrue(a.paragraphs().contains("Tracing evictions"), a.paragraphs().toString());
    }
}
