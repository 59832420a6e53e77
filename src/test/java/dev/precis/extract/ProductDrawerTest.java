package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A product page whose description sits in a drawer (a {@code role="dialog"} sheet a button opens) that pruning
 * leaves out of every reading: when the page's JSON-LD {@code Product} description names that text, its element is
 * put back where it stands ({@link Choice}, {@link BlockWriter#write}); the drawers beside it stay out, and a
 * description the page hides never comes back.
 */
class ProductDrawerTest {

    private final Extractor extractor = new Extractor();

    private static final String DESCRIPTION = "Cut from a light recycled polyester that dries in minutes, this running "
            + "top keeps its shape mile after mile. Flat seams stop chafing on long runs, a dropped back hem stays tucked in, "
            + "and small reflective tabs at the shoulders catch headlights when the evenings draw in.";

    private static final String INTRO = "Our best-selling top for trails and towpaths alike, now in three new colours for "
            + "the autumn. It was tested by our club runners over a whole winter of muddy Sunday mornings, wet Tuesday "
            + "intervals and one very long relay, and it came back asking for more every single time we washed it.";

    private static String drawer(String title, String content) {
        return "<div class=\"acc\"><button class=\"acc-open\"><h5>" + title + "</h5></button>"
                + "<div class=\"sheet\" role=\"dialog\" tabindex=\"-1\"><aside class=\"sheet-aside\"><div class=\"sheet-head\">"
                + "<h5>" + title + "</h5><button aria-label=\"Close\">x</button></div><div class=\"sheet-body\">" + content
                + "</div></aside></div></div>";
    }

    private static String page(String ldDescription, String shownDescription) {
        return "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Product\","
                + "\"name\":\"Trail running top\",\"description\":\"" + ldDescription + "\",\"offers\":{\"@type\":\"Offer\","
                + "\"price\":\"35.00\",\"priceCurrency\":\"GBP\"}}</script></head><body><main><div class=\"pdp\">"
                + "<h1>Trail running top</h1><p class=\"price\">£35.00</p><div class=\"intro\"><p>" + INTRO + "</p></div><fieldset><legend>Select a size</legend>"
                + "<label>S</label><label>M</label><label>L</label></fieldset><button>Add to bag</button>"
                + "<section class=\"info\">"
                + drawer("Description", "<p><strong>MADE FOR THE LONG WAY ROUND</strong></p><p>" + shownDescription
                + "</p><ul><li>Recycled polyester</li><li>Reflective tabs</li></ul>")
                + drawer("Delivery and returns", "<p>Standard delivery takes four to seven working days and is free over "
                + "fifty pounds; express delivery arrives in two. Returns are free within thirty days of delivery.</p>")
                + "</section></div></main></body></html>";
    }

    @Test
    void theDescriptionInAPrunedDrawerIsPutBack() {
        Article a = extractor.extract(page("MADE FOR THE LONG WAY ROUND " + DESCRIPTION, DESCRIPTION), "https://shop.example/top");
        assertEquals("product", a.pageType());
        assertTrue(a.text().contains("reflective tabs at the shoulders"), a.text());
        assertTrue(a.text().contains("MADE FOR THE LONG WAY ROUND"), a.text());
        assertTrue(a.text().contains("Recycled polyester"), a.text());
        // where it stands: after the product's name
        assertTrue(a.text().indexOf("Trail running top") < a.text().indexOf("reflective tabs"), a.text());
        // only the element that holds the description comes back, not the drawer beside it
        assertFalse(a.text().contains("express delivery"), a.text());
    }

    @Test
    void withoutADescriptionToGoByTheDrawerStaysOut() {
        // the control: the same page whose JSON-LD description is a short summary; the drawer is pruned as before
        Article a = extractor.extract(page("A light recycled running top.", DESCRIPTION), "https://shop.example/top");
        assertFalse(a.text().contains("reflective tabs at the shoulders"), a.text());
    }

    @Test
    void aHiddenDescriptionNeverComesBack() {
        // the JSON-LD names text that only a hidden element holds: nothing is put back
        String hidden = DESCRIPTION.replace("reflective tabs", "secret lining");
        String html = page("MADE FOR THE LONG WAY ROUND " + hidden, DESCRIPTION).replace("<section class=\"info\">",
                "<section class=\"info\"><div style=\"display:none\"><p>MADE FOR THE LONG WAY ROUND</p><p>" + hidden + "</p></div>");
        Article a = extractor.extract(html, "https://shop.example/top");
        assertFalse(a.text().contains("secret lining"), a.text());
        assertFalse(a.markdown().contains("secret lining"), a.markdown());
    }
}
