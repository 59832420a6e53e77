package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * An author's "Follow me on …" line, a "Share this guide" line, a "You might like" label and a search box's "Trending
 * searches" label, as lines of their own in a box whose class says nothing: furniture about the page, left out; a sentence that begins "Follow me" and goes on
 * about the subject stays.
 */
class FollowAndShareLinesTest {

    private final Extractor extractor = new Extractor();

    private static final String PROSE = "<p>Start the sourdough the evening before: mix the flour with the water and the "
            + "starter, cover the bowl with a damp cloth and leave it on the counter, where the dough will rise slowly "
            + "overnight and build the sour taste that a quick loaf made with dried yeast never has.</p>"
            + "<p>In the morning fold the dough a few times, shape it into a round, let it rest in a floured basket for an "
            + "hour and bake it in a hot covered pot, taking the lid off for the last twenty minutes so that the crust "
            + "browns and crackles as it cools on the rack.</p>";

    private Article article(String extra) {
        return extractor.extract("<html><head><title>An overnight sourdough loaf</title>"
                + "<meta property=\"og:type\" content=\"article\">"
                + "<meta property=\"article:published_time\" content=\"2026-02-11T08:00:00Z\"></head><body>"
                + "<article><h1>An overnight sourdough loaf</h1><p class=\"byline\">By Maren Tolk</p>"
                + PROSE.repeat(3) + extra + PROSE + "</article></body></html>", null);
    }

    @Test
    void followAndShareLinesAreLeftOut() {
        Article a = article("<div class=\"box-3\"><p>Follow me on Instagram: @marens.kitchen</p></div>"
                + "<div class=\"box-4\"><p>Share this guide</p></div>");
        assertEquals("article", a.pageType());
        assertTrue(a.text().contains("overnight"), a.text());
        assertFalse(a.text().contains("Follow me on Instagram"), a.text());
        assertFalse(a.text().contains("Share this guide"), a.text());
    }

    @Test
    void aYouMightLikeLabelIsLeftOut() {
        Article a = article("<div class=\"box-5\"><h3>Other posts you may enjoy</h3></div>"
                + "<div class=\"box-6\"><p>You may be interested in the following topics as well:</p></div>");
        assertTrue(a.text().contains("overnight"), a.text());
        assertFalse(a.text().contains("you may enjoy"), a.text());
        assertFalse(a.text().contains("following topics"), a.text());
    }

    @Test
    void aSearchSuggestionsLabelIsLeftOut() {
        Article a = article("<div class=\"box-8\"><p>Trending searches</p></div><div class=\"box-9\"><p>Related searches:</p></div>");
        assertTrue(a.text().contains("overnight"), a.text());
        assertFalse(a.text().contains("searches"), a.text());
    }

    @Test
    void aSentenceThatBeginsFollowMeStays() {
        Article a = article("<p>Follow me through the folds once more: wet your hands first.</p>");
        assertTrue(a.text().contains("Follow me through the folds once more"), a.text());
    }
}
