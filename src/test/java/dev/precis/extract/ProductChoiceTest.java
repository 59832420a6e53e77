package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A product page whose details are all short lines (price, material, sizes, delivery) and whose only sentence is a
 * newsletter box: the box wins the scoring, but a scored reading that small beside the whole reading is not the page.
 */
class ProductChoiceTest {

    private final Extractor extractor = new Extractor();

    private static final String[][] SPECS = {{"Outer", "polyester"}, {"Lining", "polyester"}, {"Fabric", "faux leather"},
            {"Care", "wash at 30°C"}, {"Collar", "turn-down"}, {"Fastening", "zip"}, {"Pockets", "chest pocket"},
            {"Pattern", "plain"}, {"Fit", "regular"}, {"Shape", "straight"}, {"Length", "normal"}, {"Sleeves", "long"},
            {"Model height", "178 cm"}, {"Model size", "S"}, {"Total length", "62 cm"}, {"Sleeve length", "61 cm"},
            {"Colour", "black"}, {"Article no.", "BEJ22T0PL"}, {"Delivery", "2-4 days"}, {"Returns", "30 days free"},
            {"Shipping", "free over €29"}, {"Sold by", "the brand"}, {"Made in", "Turkey"}, {"Weight", "0.9 kg"},
            {"Lapels", "wide"}, {"Hem", "ribbed"}, {"Cuffs", "ribbed"}, {"Lined", "fully"}, {"Closure", "front zip"},
            {"Season", "autumn"}, {"Style", "biker"}, {"Occasion", "casual"}, {"Stretch", "none"}, {"Padding", "light"}};

    private static String page(int specs) {
        StringBuilder rows = new StringBuilder();
        for (int k = 0; k < specs; k++) {
            rows.append("<div class=\"r\"><span>").append(SPECS[k][0]).append("</span> <span>").append(SPECS[k][1]).append("</span></div>");
        }
        return "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Product\","
                + "\"name\":\"Faux leather jacket\"}</script></head><body><div class=\"a1\"><h1>Faux leather jacket - black</h1>"
                + "<div class=\"r\"><span>€49.99</span> <span>VAT included</span></div>" + rows + "</div>"
                + "<section class=\"c7\"><h3>Deals, drops and trends</h3><p>Enjoy discounts, find fashion inspiration and "
                + "discover fresh arrivals with our curated newsletters.</p></section></body></html>";
    }

    @Test
    void aNewsletterBoxIsNotTheProductPage() {
        Article a = extractor.extract(page(SPECS.length), "https://shop.example/jacket");
        assertEquals("product", a.pageType());
        assertTrue(a.text().contains("Lining polyester"), a.text());
        assertTrue(a.text().contains("Sleeve length 61 cm"), a.text());
    }

    @Test
    void aScoredReadingOfAFifthOrMoreStays() {
        // the control: with few details the box holds more than a fifth of the page's text and the scored reading stays
        Article a = extractor.extract(page(8), "https://shop.example/jacket");
        assertFalse(a.text().contains("Lining polyester"), a.text());
    }
}
