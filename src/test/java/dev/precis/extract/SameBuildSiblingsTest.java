package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A page builder's column of text blocks, all of one build: the short intro block above the long body block is more of
 * the article ({@link Tuning#SIBLING_SAME_BUILD}), a block of another build beside them is not taken for it.
 */
class SameBuildSiblingsTest {

    private final Extractor extractor = new Extractor();

    private static final String BODY_PARAGRAPH = "<p>Marigolds planted along the edge of the bed send out a scent, sharp and bitter, "
            + "that keeps aphids, whiteflies and many beetles away from the beans, while their roots, so gardeners say, "
            + "discourage the worms that attack tomato roots in warm, sandy soil.</p>";

    private static String page(String besides) {
        return "<html><head><title>Flowers that guard the vegetable bed</title></head><body>"
                + "<header><a href=\"/\">Home</a> <a href=\"/blog\">Blog</a></header>"
                + "<article class=\"post\"><h1>Flowers that guard the vegetable bed</h1>"
                + "<div class=\"sq-grid\"><div class=\"sq-col\">"
                + "<div class=\"sq-blk sq-blk-html\"><div class=\"block-content\"><div class=\"sq-inner\">"
                + "<p>We grow our food without sprays and like to see what the garden can do for itself.</p>"
                + "<p>These are the flowers we plant between the rows every spring, and what they do there.</p>"
                + "</div></div></div>"
                + "<div class=\"sq-blk sq-blk-html\"><div class=\"block-content\"><div class=\"sq-inner\">"
                + BODY_PARAGRAPH.repeat(9)
                + "</div></div></div>"
                + besides
                + "</div></div></article>"
                + "<footer><a href=\"/about\">About</a> <a href=\"/contact\">Contact</a></footer></body></html>";
    }

    @Test
    void theIntroBlockOfTheBodysBuildIsRead() {
        Article a = extractor.extract(page(""), null);
        assertTrue(a.text().contains("like to see what the garden can do for itself"), a.text());
        assertTrue(a.text().contains("Marigolds planted along the edge"), a.text());
    }

    @Test
    void aBlockOfAnotherBuildIsNotTakenForIt() {
        Article a = extractor.extract(page("<div class=\"sq-blk sq-blk-newsletter\"><div class=\"block-content\"><div class=\"sq-inner\">"
                + "<p>Sign up and get our seasonal planting calendar in your inbox every month.</p></div></div></div>"), null);
        assertFalse(a.text().contains("seasonal planting calendar"), a.text());
    }
}
