package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A docs site's frame around a manual's page: its version picker written as a line of links ("Supported versions:
 * Current (4) / 3 / 2.1", {@link Vocabulary#VERSION_PICKER}; version numbers in a sentence, or a line of numbers without
 * links, stay) and the navigation tables a generated manual puts above and below each page (a table whose summary
 * says navigation, {@link Vocabulary#NAVIGATION_SUMMARY}; a data table stays).
 */
class VersionPickerTest {

    private final Extractor extractor = new Extractor();

    private static final String PROSE = "<p>The scheduler keeps a queue of pending jobs for each worker and hands the "
            + "next one out as soon as a worker reports that it is idle, so that long jobs never hold up the short ones "
            + "queued behind them on another worker.</p>"
            + "<p>Each job records when it started and when it finished, and the dashboard draws those times as bars, "
            + "which makes a worker that stalls on one job easy to spot among the others that keep moving.</p>";

    private Article page(String top) {
        return extractor.extract("<html><head><title>Job queues</title></head><body>"
                + "<div class=\"frame\"><div class=\"docs\">" + top
                + "<h1>Job queues</h1>" + PROSE
                + "<pre><code>queue = Queue(workers=4)\nqueue.submit(job)</code></pre>"
                + "<h2>Retries</h2>" + PROSE
                + "<pre><code>queue.submit(job, retries=3)</code></pre>"
                + "</div></div></body></html>", "https://tasks.example.org/docs/4/queues.html");
    }

    @Test
    void aLineOfVersionLinksNeverAppears() {
        Article a = page("<div class=\"picker\">Supported versions: <a href=\"/docs/current/queues.html\">Current</a> "
                + "(<a href=\"/docs/4/queues.html\">4</a>) / <a href=\"/docs/3/queues.html\">3</a> / "
                + "<a href=\"/docs/2.1/queues.html\">2.1</a> / <a href=\"/docs/2.0/queues.html\">2.0</a></div>");
        assertTrue(a.text().contains("hands the next one out"), a.text());
        assertFalse(a.text().contains("Supported versions"), a.text());
    }

    @Test
    void versionNumbersInASentenceOrWithoutLinksStay() {
        Article a = page("<p>Releases: 4 / 3 / 2.1</p><p>This page covers <a href=\"/docs/4/\">release 4</a>; "
                + "releases 3 / 2.1 / 2.0 queue jobs the same way.</p>");
        assertTrue(a.text().contains("Releases: 4 / 3 / 2.1"), a.text());
        assertTrue(a.text().contains("releases 3 / 2.1 / 2.0 queue jobs"), a.text());
    }

    @Test
    void aTableThatSaysItIsNavigationNeverAppears() {
        Article a = page("<table summary=\"Navigation header\"><tr><td><a href=\"workers.html\">Prev</a></td>"
                + "<td><a href=\"guide.html\">Up</a></td><th>Part III. Running the scheduler</th>"
                + "<td><a href=\"index.html\">Home</a></td><td><a href=\"retries.html\">Next</a></td></tr></table>");
        assertTrue(a.text().contains("hands the next one out"), a.text());
        assertFalse(a.text().contains("Running the scheduler"), a.text());
    }

    @Test
    void aDataTableWithASummaryStays() {
        Article a = page("<table summary=\"Default limits of a queue\"><tr><th>Setting</th><th>Default</th></tr>"
                + "<tr><td>Workers per queue</td><td>four</td></tr><tr><td>Retries per job</td><td>three</td></tr></table>");
        assertTrue(a.text().contains("Workers per queue"), a.text());
    }
}
