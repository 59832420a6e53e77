package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A page builder calls every box of a page a widget and its rich-text box an editor: such a box is the page's text
 * ({@link Vocabulary#TEXT_WIDGET_TOKENS}), while a widget of any other kind stays a weak negative.
 */
class TextWidgetsTest {

    private final Extractor extractor = new Extractor();

    private static final String[] PARAGRAPHS = {
        "Our cooperative repairs bicycles for the people of the valley, from children's first bikes to the cargo bikes that carry the market's vegetables.",
        "Every repair starts with a safety check of the brakes, the tyres and the chain, and we tell you what we found before we touch anything else.",
        "Most repairs are done the same day, and the parts we fit come from a supplier in the next town, so you never wait a week for a spare.",
        "Members pay a small yearly fee and get their labour at half price, and the fees keep the workshop heated through the winter months.",
        "On the first Saturday of each month the workshop is open to anyone who wants to learn to fix their own bike, with tools and tea provided."};

    private static String page(String box) {
        return "<html><head><title>Bicycle repairs</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/contact\">Contact</a></nav>"
                + "<main><div class=\"page-body\"><h1>Bicycle repairs</h1>"
                + "<p>" + PARAGRAPHS[0] + "</p><p>" + PARAGRAPHS[1] + "</p>"
                + box
                + "<p>" + PARAGRAPHS[3] + "</p><p>" + PARAGRAPHS[4] + "</p>"
                + "</div></main><footer><a href=\"/about\">About us</a></footer></body></html>";
    }

    @Test
    void aBuildersTextWidgetIsRead() {
        Article a = extractor.extract(page("<div class=\"widget editor narrow\"><p>" + PARAGRAPHS[2] + "</p></div>"), null);
        assertTrue(a.text().contains("you never wait a week for a spare"), a.text());
    }

    @Test
    void aWidgetOfAnotherKindStaysOut() {
        Article a = extractor.extract(page("<div class=\"widget recent-items\"><p>Spring opening hours are posted.</p></div>"), null);
        assertTrue(a.text().contains("tools and tea provided"), a.text());
        assertFalse(a.text().contains("Spring opening hours"), a.text());
    }
}
