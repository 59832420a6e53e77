package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A shop's product page writes figures beside its text — a quantity stepper's "1", a size chart's cells, a review
 * count, the prices of a bundle's other items — and heads its carousels of other products "Frequently bought
 * together" or "Customers also viewed". A product reading leaves them out ({@link ShopLines#withoutFigures},
 * {@link Vocabulary#SHOP_RELATED}); the product's own price, its sentences with numbers and other page types' figures
 * stay.
 */
class ShopLinesTest {

    private final Extractor extractor = new Extractor();

    private static final String DESCRIPTION = "A heavyweight canvas tote stitched by hand in our workshop, with a "
            + "leather base that stands up on its own and an inside pocket sized for a phone and keys. Each bag is cut "
            + "from a single roll of twelve-ounce cotton duck and waxed by hand, so no two are quite alike in colour.";

    private static String page(String type) {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"" + type + "\","
                + "\"name\":\"Canvas tote\"}</script>";
        return "<html><head>" + ld + "</head><body><main><h1>Canvas tote</h1><p class=\"price\">£45.00</p>"
                + "<div class=\"qty\"><button>-</button><span>1</span><button>+</button></div>"
                + "<p>" + DESCRIPTION + "</p><p>Holds 14 litres and weighs 900 g.</p>"
                + "<div class=\"chart\"><div>Size</div><div>38</div><div>40</div><div>42</div></div>"
                + "<div class=\"bundle\"><p>Leather strap</p><p>£12.00</p><p>Wax balm</p><p>£6.00</p></div>"
                + "</main></body></html>";
    }

    private static Block block(String text) {
        return new Block(text, Block.Kind.PARAGRAPH, 0, false, text.length(), 0, List.of());
    }

    @Test
    void aProductReadingLeavesOutBareFiguresAndTheLaterPrices() {
        Article a = extractor.extract(page("Product"), "https://shop.example/tote");
        assertEquals("product", a.pageType());
        List<String> paragraphs = a.paragraphs();
        assertTrue(paragraphs.contains("£45.00"), paragraphs.toString()); // the product's own price
        assertFalse(paragraphs.contains("£12.00"), paragraphs.toString());
        assertFalse(paragraphs.contains("£6.00"), paragraphs.toString());
        for (String bare : new String[] {"1", "38", "40", "42"}) assertFalse(paragraphs.contains(bare), bare + " in " + paragraphs);
        assertTrue(a.text().contains("Holds 14 litres and weighs 900 g."), a.text());
        assertTrue(paragraphs.contains("Leather strap"), paragraphs.toString());
    }

    @Test
    void anArticleKeepsItsFigures() {
        // the control: the same page as a blog post is no product page, and its reading keeps every figure and price
        Article a = extractor.extract(page("BlogPosting"), "https://blog.example/tote");
        assertEquals("article", a.pageType());
        assertTrue(a.paragraphs().contains("£12.00"), a.paragraphs().toString());
        assertTrue(a.paragraphs().contains("40"), a.paragraphs().toString());
    }

    @Test
    void bareFiguresAndPriceLines() {
        for (String s : new String[] {"1", "8", "10", "(3672)", "4.9", "1.", "1 / 4", "26.5"}) assertTrue(ShopLines.isBareFigure(s), s);
        for (String s : new String[] {"", "£45", "$110", "US 8", "123456789", "Size", "2x"}) assertFalse(ShopLines.isBareFigure(s), s);
        for (String s : new String[] {"$110", "£45.00", "Sale price $19.95", "€49.99VAT included", "79,00 €", "From $2,999", "$ 335.00",
                "USD 60.00"}) {
            assertTrue(Vocabulary.PRICE_LINE.matcher(s).matches(), s);
        }
        for (String s : new String[] {"Save $20 today", "Free shipping over $75", "$110 off your first order", "Only 6 left"}) {
            assertFalse(Vocabulary.PRICE_LINE.matcher(s).matches(), s);
        }
    }

    @Test
    void theFirstPriceStaysAndCodeIsNeverTouched() {
        Block code = new Block("42", Block.Kind.CODE, 0, false, 2, 0, List.of());
        List<Block> in = List.of(block("Canvas tote"), block("£45.00"), block("2"), code, block("Sale price £12.00"), block("£45.00"));
        List<Block> out = ShopLines.withoutFigures(in);
        assertEquals(List.of(in.get(0), in.get(1), code), out);
        List<Block> clean = new ArrayList<>(List.of(block("Canvas tote"), block("£45.00"), block("Cut from cotton duck.")));
        assertSame(clean, ShopLines.withoutFigures(clean), "nothing left out: the same list");
    }

    /** A product page with {@code carousel} between its description and its care note, as the extractor reads it. */
    private Article withCarousel(String carousel) {
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Product\","
                + "\"name\":\"Canvas tote\"}</script></head><body><main><h1>Canvas tote</h1><p>" + DESCRIPTION + "</p>" + carousel
                + "<h2>Care</h2><p>Wipe it clean with a damp cloth; the wax can be topped up with any beeswax balm.</p></main></body></html>";
        Article a = extractor.extract(html, "https://shop.example/tote");
        assertTrue(a.text().contains("Wipe it clean"), a.text());
        return a;
    }

    /** Each of {@code headings} is a shop's heading over other products, as a related heading and as a line. */
    private static void assertShopHeadings(String... headings) {
        for (String s : headings) {
            assertTrue(Vocabulary.RELATED_HEADING.matcher(s).matches(), s);
            assertTrue(Vocabulary.BOILERPLATE_LINE.matcher(s).matches(), s);
        }
    }

    @Test
    void carouselHeadingsOfOtherProductsAreNotTheProduct() {
        Article a = withCarousel("<h2>Frequently Bought Together</h2><h2>Customers also viewed</h2>"
                + "<h3>Most Popular Accessories &amp; Related Items</h3>");
        assertFalse(a.text().contains("Frequently Bought Together"), a.text());
        assertFalse(a.text().contains("Customers also viewed"), a.text());
        assertFalse(a.text().contains("Related Items"), a.text());
        assertShopHeadings("Recently viewed", "Related products", "Similar items", "Complete the look", "Pairs well with");
        assertFalse(Vocabulary.BOILERPLATE_LINE.matcher("Related products and services").matches());
    }

    @Test
    void aCarouselUnderYoullLoveTheseIsOtherProducts() {
        Article a = withCarousel("<div class=\"upsell\"><h2>We know you\u2019ll love these too</h2><p>Tiles picked to go with your tote.</p>"
                + "<div class=\"tile\"><p>Waxed field jacket</p><p>Water-shedding cotton shell</p></div>"
                + "<div class=\"tile\"><p>Linen apron</p><p>Cross-back straps, two pockets</p></div></div>");
        assertFalse(a.text().contains("love these too"), a.text());
        assertFalse(a.text().contains("Waxed field jacket"), a.text());
        assertShopHeadings("You'll love these too", "You\u2019ll also love these", "We think you'll love these");
        assertFalse(Vocabulary.BOILERPLATE_LINE.matcher("You'll love these boots for winter hikes").matches());
    }

    @Test
    void aFormsStatusMessagesAreNotText() {
        for (String s : new String[] {"Oops! Something went wrong. Please try again.", "There was a problem calculating your shipping. Please try again.",
                "Captcha failed to load. Try using a different browser or disabling ad blockers.", "Thank you for subscribing to our daily newsletter.",
                "Oops! Something went wrong while submitting the form."}) {
            assertTrue(Vocabulary.BOILERPLATE_LINE.matcher(s).matches(), s);
        }
        // a sentence about an error is text
        for (String s : new String[] {"Something went wrong with the launch, and the team spent a week finding out why it failed.",
                "If the update fails, please try again after restarting the router."}) {
            assertFalse(Vocabulary.BOILERPLATE_LINE.matcher(s).matches(), s);
        }
        String html = "<html><body><main><h1>Wool runner</h1><p>" + DESCRIPTION + "</p><div class=\"notify\"><h3>It's official</h3>"
                + "<p>Oops! Something went wrong. Please try again.</p></div><p>Machine washable on a cold cycle.</p></main></body></html>";
        Article a = extractor.extract(html, "https://shop.example/runner");
        assertFalse(a.text().contains("Something went wrong"), a.text());
        assertTrue(a.text().contains("Machine washable"), a.text());
    }
}
