package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * Customer reviews on a product page are not its content (the product's description is), however much prose
 * they hold; on an article a block named "review" is the content.
 */
class ProductReviewsTest {

    private final Extractor extractor = new Extractor();

    private static final String REVIEW = "<div class=\"review-item\"><p>I took this pack on three long day hikes this summer and it "
            + "carried everything I needed, though the hip belt rubbed a little after six hours on the trail and the side "
            + "pockets are too tight for a full litre bottle, which I found annoying on hot days.</p><p>Would buy again.</p></div>";

    private static String page(String reviewsClass, String itemClass) {
        return page(reviewsClass, itemClass, "\"Product\"");
    }

    private static String page(String reviewsClass, String itemClass, String types) {
        return "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":" + types + ","
                + "\"name\":\"Trail 25 Pack\"}</script></head><body><main><div class=\"product\"><h1>Trail 25 Pack</h1>"
                + "<div class=\"buy\"><span>$99.00</span><button>Add to cart</button></div>"
                + "<div class=\"details\"><h2>Details</h2><p>A light day pack of ripstop nylon with a water-repellent finish, a "
                + "padded back panel and a zipped lid pocket for keys and phone.</p><p>The shoulder straps are shaped for a "
                + "wide range of bodies, the sternum strap slides to fit, and two stretch side pockets hold bottles or a "
                + "light jacket; daisy chains on the front take an ice axe or trekking poles.</p><ul><li>Capacity: 25 litres</li>"
                + "<li>Weight: 820 g</li><li>Reservoir compatible</li></ul></div></div>"
                + "<section class=\"" + reviewsClass + "\"><h2>What customers say</h2>" + REVIEW.replace("review-item", itemClass).repeat(3) + "</section>"
                + "</main></body></html>";
    }

    @Test
    void customerReviewsOnAProductPageNeverAppear() {
        Article a = extractor.extract(page("product-reviews", "review-item"), "https://shop.example/trail-25");
        assertEquals("product", a.pageType());
        assertTrue(a.text().contains("ripstop nylon"), a.text());
        assertTrue(a.text().contains("Capacity: 25 litres"), a.text());
        assertFalse(a.text().contains("hip belt rubbed"), a.text());
    }

    @Test
    void theSameBlockNamedOtherwiseIsRead() {
        // the control: without the review name the long prose of the block wins, as it did before the rule
        Article a = extractor.extract(page("customer-notes", "note-item"), "https://shop.example/trail-25");
        assertTrue(a.text().contains("hip belt rubbed"), a.text());
    }

    @Test
    void aBusinessPageTypedProductKeepsItsReviewsAsTestimonials() {
        Article a = extractor.extract(page("product-reviews", "review-item", "[\"Product\",\"LocalBusiness\"]"),
                "https://outfitter.example/trail-25");
        assertEquals("product", a.pageType());
        assertTrue(a.text().contains("hip belt rubbed"), a.text());
    }

    @Test
    void aReviewArticleKeepsItsReviewNamedBody() {
        Article a = extractor.extract("<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"Article\",\"headline\":\"Trail 25 review\"}</script></head><body><article class=\"review\">"
                + "<h1>Trail 25 review</h1>" + REVIEW.repeat(5) + "</article></body></html>", "https://news.example/trail-25-review");
        assertEquals("article", a.pageType());
        assertTrue(a.text().contains("hip belt rubbed"), a.text());
    }
}
