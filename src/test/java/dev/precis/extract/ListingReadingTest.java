package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/** How a page read as a listing (a blog index, a section front, an events list) writes its items. */
class ListingReadingTest {

    private final Extractor extractor = new Extractor();

    private static String repeat(String s, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) b.append(s.replace("#", String.valueOf(k)));
        return b.toString();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
        return n;
    }

    private static String page(String items) {
        return "<html><head><link rel=\"canonical\" href=\"https://example.org/events\"></head><body><h1>Events</h1>"
                + "<div class=\"list\">" + items + "</div></body></html>";
    }

    @Test
    void aCardWrittenTwiceInARowShowsOnceInAListing() {
        // each card's title and date twice: the desktop copy, then the mobile one right after it
        String lines = "<h3><a href=\"/events/#\">Evening workshop number # on harbour history</a></h3><p>Tuesday at #:00 PM</p>";
        String card = "<div class=\"card\"><div class=\"wide\">" + lines + "</div><div class=\"narrow\">" + lines + "</div></div>";
        Article a = extractor.extract(page(repeat(card, 12)), null);
        assertEquals("listing", a.pageType());
        assertEquals(1, count(a.text(), "Evening workshop number 7 on harbour history"), a.text());
        assertEquals(1, count(a.text(), "Tuesday at 7:00 PM"), a.text());
        assertTrue(a.text().contains("Evening workshop number 11 on harbour history"), a.text());
    }

    @Test
    void aRunOfPostCardsWrittenTwiceInARowShowsOnce() {
        // a blog index: each post card is five lines (title, authors, blog name, date, reading time); the two featured
        // cards are written twice in a row (a carousel strip and its copy), ten blocks repeating the ten before them; the
        // copy is a small share of the page (the whole-page copy rule leaves it alone)
        String card = "<div class=\"post\"><h3><a href=\"/posts/#\">Scaling the harbour ledger number # across regions</a></h3>"
                + "<p>Ana Ruiz and Tom Berg</p><p>Harbour Engineering Blog</p><p>Mar #, 2026</p><p>#1 min read</p></div>";
        String featured = repeat(card, 2);
        String rest = repeat(card, 20).replace("harbour ledger", "port ledger");
        Article a = extractor.extract(page("<div class=\"strip\">" + featured + "</div><div class=\"strip copy\">" + featured
                + "</div>" + rest), null);
        assertEquals("listing", a.pageType());
        assertEquals(1, count(a.text(), "Scaling the harbour ledger number 1 across regions"), a.text());
        assertEquals(1, count(a.text(), "Scaling the harbour ledger number 0 across regions"), a.text());
        assertEquals(22, count(a.text(), "Ana Ruiz and Tom Berg"), a.text());
        assertTrue(a.text().contains("Scaling the port ledger number 19 across regions"), a.text());
    }

    @Test
    void aLineThatRecursAcrossItemsStaysInEachOfThem() {
        // "Free" in every card is each item's own line, not a second copy: the items between them differ
        String card = "<div class=\"card\"><h3><a href=\"/events/#\">Evening workshop number # on harbour history</a></h3>"
                + "<p>Free</p></div>";
        Article a = extractor.extract(page(repeat(card, 12)), null);
        assertEquals("listing", a.pageType());
        assertEquals(12, count(a.text(), "Free"), a.text());
    }

    @Test
    void aStarWidgetAskingTheReaderToRateEachItemIsLeftOut() {
        // a reading list: each book's title, author and average rating stay; the widget that asks the reader for a
        // rating (its prompt, its reset link, its five star labels run together) is a control, not the list's text
        String card = "<div class=\"book\"><h3><a href=\"/books/#\">The harbour ledger, volume #</a></h3><p>by Ana Ruiz</p>"
                + "<p>4.1# avg rating — 2,30# ratings</p><div class=\"stars\"><p>Rate this book</p><p><a href=\"#\">Clear rating</a></p>"
                + "<p><span>1 of 5 stars</span><span>2 of 5 stars</span><span>3 of 5 stars</span><span>4 of 5 stars</span>"
                + "<span>5 of 5 stars</span></p></div></div>";
        Article a = extractor.extract(page(repeat(card, 12)), null);
        assertEquals("listing", a.pageType());
        String t = a.text();
        assertTrue(t.contains("The harbour ledger, volume 11") && t.contains("4.17 avg rating"), t);
        for (String control : new String[] {"Rate this book", "Clear rating", "of 5 stars"}) {
            assertEquals(0, count(t, control), control + " in: " + t);
        }
    }
}
