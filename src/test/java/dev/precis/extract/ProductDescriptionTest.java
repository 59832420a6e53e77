package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A product page whose JSON-LD description (long, the shop's own text) is what one reading holds and the other does
 * not: that reading is the product's text ({@link Choice}). A short SEO description changes nothing, and a description
 * the page hides never reaches the text.
 */
class ProductDescriptionTest {

    private final Extractor extractor = new Extractor();

    private static final String DESCRIPTION = "This hand-thrown stoneware mug holds 350 ml and keeps coffee warm for longer "
            + "thanks to its double wall. Each one is glazed by hand in a speckled oat colour, so no two are quite alike. "
            + "It is safe for the dishwasher and the microwave, and the wide handle fits two fingers comfortably.";

    private static final String STORY = "<section class=\"s2\"><h2>Our workshop</h2><p>We started in a garage in 2009 "
            + "with one second-hand wheel, a kiln we bought from a retiring teacher, and a lot of cracked bowls. Today, "
            + "twelve potters work in the old dairy at the edge of town, where we also run weekend classes for beginners "
            + "and for children, and where the shop is open to visitors every Saturday morning.</p></section><section class=\"s3\"><h2>Firing</h2><p>Everything we make "
            + "is fired twice, first at low heat, then glazed and fired again, which takes the better part of a week from "
            + "the wheel to the shelf, and every piece is checked by hand before it is wrapped in recycled paper, boxed and "
            + "sent on its way to you with a handwritten note from the person who made it.</p></section><section class=\"s4\"><h2>Delivery</h2><p>Shipping is free on orders "
            + "over forty pounds, returns are accepted within thirty days, and broken items are replaced at no charge, "
            + "whatever the reason, because we would rather lose a mug than lose a customer who trusted us with an order.</p>"
            + "</section>";

    private static String page(String ldDescription, String shown) {
        return "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Product\","
                + "\"name\":\"Oat stoneware mug\",\"description\":\"" + ldDescription + "\",\"offers\":{\"@type\":\"Offer\","
                + "\"price\":\"24.00\",\"priceCurrency\":\"GBP\"}}</script></head><body><div class=\"p1\">"
                + "<h1>Oat stoneware mug</h1><div class=\"d4\"><p>" + shown + "</p></div></div><div class=\"x\">" + STORY + "</div>"
                + "</body></html>";
    }

    @Test
    void theReadingThatHoldsTheDescriptionIsTheProduct() {
        Article a = extractor.extract(page(DESCRIPTION, DESCRIPTION), "https://shop.example/mug");
        assertEquals("product", a.pageType());
        // the workshop's story wins the scoring; the whole reading, which holds the description, is the product
        assertTrue(a.text().contains("double wall"), a.text());
        assertTrue(a.text().contains("second-hand wheel"), a.text());
    }

    @Test
    void aShortSeoDescriptionChangesNothing() {
        // the control: the same page whose JSON-LD description is a short summary keeps the scored reading
        Article a = extractor.extract(page("A speckled stoneware mug, hand-thrown and glazed.", DESCRIPTION),
                "https://shop.example/mug");
        assertFalse(a.text().contains("double wall"), a.text());
        assertTrue(a.text().contains("second-hand wheel"), a.text());
    }

    @Test
    void aHiddenDescriptionNeverReachesTheText() {
        String hidden = DESCRIPTION.replace("double wall", "secret lining");
        String html = page(hidden, DESCRIPTION).replace("<div class=\"d4\">",
                "<div hidden><p>" + hidden + "</p></div><div class=\"d4\">");
        Article a = extractor.extract(html, "https://shop.example/mug");
        assertFalse(a.text().contains("secret lining"), a.text());
        assertFalse(a.markdown().contains("secret lining"), a.markdown());
    }
}
