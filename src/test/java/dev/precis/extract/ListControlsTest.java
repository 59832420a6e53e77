package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A shop's category page writes its grid's controls as text: each tile's "Add to wishlist" and "Calculate shipping",
 * the filter panel's "Filters" toggle. A collection or listing reading leaves them out
 * ({@link ShopLines#withoutControls}, {@link Vocabulary#LIST_CONTROL_LINE}); the tiles' names and prices, a sentence that
 * mentions a wishlist, and an article's lines stay.
 */
class ListControlsTest {

    private final Extractor extractor = new Extractor();

    private static final String[] LAMPS = {"Brass desk lamp", "Linen floor lamp", "Oak table lamp", "Glass pendant",
        "Paper lantern", "Iron wall light", "Marble reading lamp", "Rattan shade", "Copper spotlight"};

    /** A category page: a filter toggle over a grid of nine priced tiles, each with its wishlist and shipping links. */
    private static String category() {
        StringBuilder b = new StringBuilder("<html><head><title>Lamps</title></head><body><main><h1>Lamps</h1>"
                + "<p>Warm light for every room: our lamps are made in small batches from brass, oak and linen.</p>"
                + "<div class=\"panel-row\"><span class=\"toggle\">Filters</span></div><ul class=\"grid\">");
        for (int i = 0; i < LAMPS.length; i++) {
            b.append("<li class=\"tile\"><a href=\"/p/").append(i).append("\"><h3>").append(LAMPS[i]).append("</h3></a>")
                    .append("<div class=\"price\">$").append(40 + i * 5).append(".00</div>")
                    .append("<div class=\"actions\"><a href=\"#w").append(i).append("\" class=\"wish\">Add to wishlist</a></div>")
                    .append("<div class=\"ship\"><a href=\"#s").append(i).append("\">Calculate shipping</a></div></li>");
        }
        return b.append("</ul><p>Add to wishlist any lamp you like and we will tell you when it is back in stock.</p>")
                .append("</main></body></html>").toString();
    }

    private static Block block(String text) {
        return new Block(text, Block.Kind.PARAGRAPH, 0, false, text.length(), 0, List.of());
    }

    @Test
    void aCollectionReadingLeavesOutTheGridsControls() {
        Article a = extractor.extract(category(), "https://shop.example/lamps");
        assertEquals("collection", a.pageType());
        List<String> paragraphs = a.paragraphs();
        for (String control : new String[] {"Filters", "Add to wishlist", "Calculate shipping"}) {
            assertFalse(paragraphs.contains(control), control + " in " + paragraphs);
        }
        assertTrue(paragraphs.contains("Brass desk lamp"), paragraphs.toString());
        assertTrue(paragraphs.contains("Copper spotlight"), paragraphs.toString());
        assertTrue(paragraphs.contains("$40.00") && paragraphs.contains("$80.00"), paragraphs.toString());
        // a sentence that begins like a control is text
        assertTrue(a.text().contains("Add to wishlist any lamp you like"), a.text());
    }

    @Test
    void controlLines() {
        for (String s : new String[] {"Add to wishlist", "Add to Wish List", "ADD TO COMPARE", "Add to favourites", "Calculate Shipping",
                "Choose options", "Select options", "Filters", "Filter", "Filter by:", "Filter & sort", "Filter +", "Filters (3)", "Undo"}) {
            assertTrue(Vocabulary.LIST_CONTROL_LINE.matcher(s).matches(), s);
        }
        for (String s : new String[] {"Water filters", "Filter jugs and cartridges", "Add to wishlist any lamp you like",
                "Shipping", "Options", "Compare prices"}) {
            assertFalse(Vocabulary.LIST_CONTROL_LINE.matcher(s).matches(), s);
        }
    }

    @Test
    void onlyControlBlocksAreLeftOut() {
        List<Block> none = List.of(block("Brass desk lamp"), block("$40.00"));
        assertSame(none, ShopLines.withoutControls(none));
        List<Block> kept = ShopLines.withoutControls(List.of(block("Filters"), block("Brass desk lamp"), block("Add to wishlist"),
                new Block("undo", Block.Kind.CODE, 0, false, 4, 0, List.of())));
        assertEquals(List.of("Brass desk lamp", "undo"), BlockWriter.texts(kept));
    }

    @Test
    void anArticleKeepsTheSameLines() {
        // the control: an article's reading is not a list page's, and a short line is its own
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\","
                + "\"headline\":\"Choosing a lamp\",\"datePublished\":\"2024-05-01\"}</script></head><body><article><h1>Choosing a lamp</h1>"
                + "<p>Light shapes a room more than furniture does, and the right lamp makes an evening at home feel calm.</p>"
                + "<h2>Filters</h2><p>A diffuser filters glare; paper and linen shades soften the light of a bare bulb nicely.</p>"
                + "</article></body></html>";
        Article a = extractor.extract(html, "https://blog.example/lamps");
        assertEquals("article", a.pageType());
        assertTrue(a.paragraphs().contains("Filters"), a.paragraphs().toString());
    }
}
