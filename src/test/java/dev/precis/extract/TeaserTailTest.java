package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * The run of other pages' teaser cards (a headline and an excerpt each) that closes an article, in a box no vocabulary
 * names inside the article's container, is not the article ({@link Choice#withoutTeaserTail}); an FAQ of short answers and a row of short feature
 * labels, which have the same shape, stay. Nor is a list of links under a line that says it points to other posts
 * ({@link Choice#withoutRelatedLinkLists}).
 */
class TeaserTailTest {

    private final Extractor extractor = new Extractor();

    private static final String PROSE = "<p>Our crew spent three weeks walking the old drovers' road from the glen to the coast, "
            + "carrying everything on our backs and sleeping in bothies, barns and the odd field when the weather allowed it, "
            + "and we kept a log of every mile, every meal and every blister along the way.</p>"
            + "<p>The route climbs over two passes before it drops to the sea lochs, and the second pass in particular "
            + "rewards an early start, since the cloud tends to sit on the ridge after noon and the path on the far side "
            + "is steep, loose and easy to lose in poor light.</p>"
            + "<p>Water was never a problem: burns cross the path every hour or so, and we filtered what we drank, though "
            + "the peat stains it the colour of weak tea and our porridge tasted of smoke for most of the second week.</p>"
            + "<p>The bothies were the best part of the trip, each one different, from a tin-roofed shed with a single "
            + "bench to a stone cottage with a fireplace, a shelf of paperbacks and a visitors' book going back forty years.</p>"
            + "<p>On the last day the path follows the river down through birch woods to the harbour, where we ate fish "
            + "and chips on the wall, watched the ferry come in and agreed that we would walk the whole thing again.</p>"
            + "<p>We met few people on the way, a shepherd moving ewes off the hill, two cyclists pushing their bikes up "
            + "the worst of the pass and a retired teacher who had walked the road every spring for a quarter of a century.</p>";

    private Article page(String tail) {
        return extractor.extract("<html><head><meta property=\"og:type\" content=\"article\">"
                + "<meta property=\"article:published_time\" content=\"2024-05-02T10:00:00Z\"></head><body>"
                + "<div class=\"wrap\"><div class=\"post\"><h1>Walking the drovers' road</h1>"
                + "<p class=\"by\">By Iona Grant</p>" + PROSE
                + tail + "</div></div></body></html>", "https://walks.example/drovers-road");
    }

    private static String card(String title, String excerpt) {
        return "<div class=\"tile\"><a href=\"/p/" + title.length() + "\" aria-label=\"" + title + "\"></a>"
                + "<h3>" + title + "</h3><span>" + excerpt + "</span></div>";
    }

    @Test
    void teaserCardsAfterTheArticleAreLeftOut() {
        Article a = page("<div class=\"strip\"><h2>Need more walking ideas?</h2><div class=\"track\">"
                + card("A fortnight on the coast path from the ferry to the lighthouse", "Sea cliffs, seals and a lot of wind.")
                + card("How we pack for a week in the hills without a resupply", "Our list, weighed item by item, with notes.")
                + card("The best lightweight stoves we used this year, ranked", "Six burners tested on real trips in the rain.")
                + card("Crossing the bog: what we learned from getting it wrong", "Wet feet, a lost map and a long night.")
                + card("Ten bothies worth the walk in, from easy to remote", "Where to sleep when the weather turns on you.")
                + "</div></div>");
        assertEquals("article", a.pageType());
        assertTrue(a.text().contains("second pass in particular"), a.text());
        assertFalse(a.text().contains("lightweight stoves"), a.text());
        assertFalse(a.text().contains("Need more walking ideas"), a.text());
    }

    @Test
    void anFaqClosingTheArticleStays() {
        Article a = page("<div class=\"strip\"><h2>Questions we get asked</h2>"
                + card("How long does the whole route take to walk?", "Most people take two weeks at an easy pace.")
                + card("Do you need to book the bothies in advance?", "No, they are open to anyone and free to use.")
                + card("Is the second pass safe to cross in winter?", "Only with an axe, crampons and experience.")
                + card("Where can you buy food along the way?", "There are two village shops, both closed on Sundays.")
                + card("Can you walk the route with a dog?", "Yes, but keep it on a lead near the sheep.")
                + "</div>");
        assertTrue(a.text().contains("two village shops"), a.text());
    }

    @Test
    void shortFeatureLabelsStay() {
        Article a = page("<div class=\"strip\"><h2>What you get</h2>"
                + card("Maps", "Printed sheets for every stage of the route.")
                + card("Transfers", "A lift back to the start when you finish.")
                + card("Support", "A phone line open every day from eight to eight.")
                + card("Luggage", "Your bag moved between stops each morning.")
                + card("Meals", "A packed lunch for each day you walk.")
                + "</div>");
        assertTrue(a.text().contains("A lift back to the start"), a.text());
    }

    @Test
    void aLabelledListOfLinksToOtherPostsIsLeftOut() {
        Article a = page("<p>If you enjoyed this post you might also like:</p><ul>"
                + "<li><a href=\"/p/coast\">A fortnight on the coast path</a></li>"
                + "<li><a href=\"/p/stoves\">The lightweight stoves we carried</a></li>"
                + "<li><a href=\"/p/bothies\">Ten bothies worth the walk in</a></li></ul>");
        assertTrue(a.text().contains("second pass in particular"), a.text());
        assertFalse(a.text().contains("lightweight stoves"), a.text());
        assertFalse(a.text().contains("you might also like"), a.text());
    }

    @Test
    void aListOfLinksUnderAnotherLabelStays() {
        Article a = page("<p>Maps and timetables we used:</p><ul>"
                + "<li><a href=\"https://maps.example/sheet-41\">Sheet 41, the glen and the first pass</a></li>"
                + "<li><a href=\"https://maps.example/sheet-42\">Sheet 42, the sea lochs</a></li>"
                + "<li><a href=\"https://ferry.example/times\">Ferry timetable from the harbour</a></li></ul>");
        assertTrue(a.text().contains("Ferry timetable"), a.text());
    }
}
