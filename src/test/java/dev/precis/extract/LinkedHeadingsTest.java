package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A short heading whose text is all one link ({@code <h2><a href="/pricing">Pricing</a></h2>}: a section's title
 * that links to its own page) is the title a reader sees, not a navigation line; a short line of link text that is not
 * a heading ({@link Tuning#NAV_LINE_CHARS}: "Home") still goes.
 */
class LinkedHeadingsTest {

    private final Extractor extractor = new Extractor();

    private static final String PROSE = " The plans are billed monthly or yearly, and every plan includes the same support, "
            + "the same security reviews and the same uptime promise, so teams can start small and grow without moving.";

    @Test
    void aShortLinkedHeadingStays() {
        String html = "<html><head><title>How our plans work</title></head><body><main><article><h1>How our plans work</h1>"
                + "<p>Every plan starts with a free month." + PROSE + "</p>"
                + "<h2><a href=\"/pricing\">Pricing</a></h2><p>Prices depend on the number of seats." + PROSE + "</p>"
                + "<h2><a href=\"/support\">Support</a></h2><p>Support answers within one working day." + PROSE + "</p>"
                + "<p><a href=\"/\">Home</a></p>"
                + "</article></main></body></html>";
        Article a = extractor.extract(html, "https://plans.example/how");
        assertTrue(a.text().contains("Pricing\n\nPrices depend"), a.text());
        assertTrue(a.text().contains("Support\n\nSupport answers"), a.text());
        assertFalse(a.text().contains("Home"), a.text());
    }
}
