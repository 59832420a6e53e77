package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A page's skip links ("Skip to search results", "Skip to filters") sit in a plain box above its header, several in a
 * row, and are written as one line of links. They are a keyboard user's jumps, not text: a line that is all link and
 * begins "Skip to" is left out ({@link Vocabulary#SKIP_LINK_START}). A sentence that begins "Skip to…" stays.
 */
class SkipLinksTest {

    private final Extractor extractor = new Extractor();

    private static final String[] KETTLES = {"Enamel stove kettle", "Copper pour-over kettle", "Steel camping kettle",
        "Glass tea kettle", "Cast iron tetsubin", "Gooseneck electric kettle", "Whistling kettle", "Travel kettle",
        "Stone-grey kettle"};

    /** A category page of nine priced tiles under a row of skip links. */
    private static String category(String tail) {
        StringBuilder b = new StringBuilder("<html><head><title>Kettles</title></head><body>"
                + "<div class=\"jumps\"><a href=\"#results\">Skip to search results</a><a href=\"#facets\">Skip to filters</a>"
                + "<a href=\"#order\">Skip to sort</a></div>"
                + "<div class=\"page\"><h1>Kettles</h1>"
                + "<p>Kettles for the hob, the campfire and the counter, tested in our own kitchen.</p><ul class=\"grid\" id=\"results\">");
        for (int i = 0; i < KETTLES.length; i++) {
            b.append("<li class=\"tile\"><a href=\"/k/").append(i).append("\"><h3>").append(KETTLES[i]).append("</h3></a>")
                    .append("<div class=\"price\">$").append(30 + i * 4).append(".00</div></li>");
        }
        return b.append("</ul>").append(tail).append("</div></body></html>").toString();
    }

    @Test
    void aRowOfSkipLinksIsLeftOut() {
        Article a = extractor.extract(category(""), "https://shop.example/kettles");
        assertEquals("collection", a.pageType());
        assertFalse(a.text().contains("Skip to"), a.text());
        assertTrue(a.paragraphs().contains("Enamel stove kettle"), a.paragraphs().toString());
        assertTrue(a.paragraphs().contains("$62.00"), a.paragraphs().toString());
    }

    @Test
    void aSentenceThatBeginsSkipToStays() {
        Article a = extractor.extract(category("<p>Skip to the <a href=\"#care\">care notes</a> if your kettle is new.</p>"),
                "https://shop.example/kettles");
        assertTrue(a.text().contains("Skip to the care notes if your kettle is new."), a.text());
        assertFalse(a.text().contains("Skip to search results"), a.text());
    }
}
