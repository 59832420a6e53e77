package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A short article beside a box without prose that outscores it (a column of post excerpts cut off mid-sentence, rich in
 * commas): the article is read from the container scoring picks next, not from the whole page
 * ({@link Tuning#NEXT_WINNER_MAX_PROSE}).
 */
class NextWinnerTest {

    private final Extractor extractor = new Extractor();

    private static final String ARTICLE = "<h1>The ferry timetable changes in May</h1>"
            + "<p>From the first of May the morning ferry leaves the harbour twenty minutes earlier so that it meets the "
            + "first train on the mainland that the council says most of its passengers take.</p>"
            + "<p>The evening crossing stays as it is and the weekend timetable does not change until the summer "
            + "sailings begin in July when a third boat joins the route.</p>";

    /** One excerpt of another post: a title link and a summary cut off mid-sentence. */
    private static String excerpt(int n) {
        return "<div class=\"item\"><h3><a href=\"/news/" + n + "\">Harbour news, week " + n + "</a></h3>"
                + "<div class=\"summary\"><p>Nets, ropes, buoys, crates, a tractor, two boats, the old crane, a shed, "
                + "the slipway, the fuel pump, the ice house, the smokehouse and, at last, the lifeboat station, all "
                + "of them repaired, painted, checked or rebuilt this week by the harbour crew and the volunteers, who "
                + "started early, worked late and, on Friday, finished the…</p></div></div>";
    }

    private Article page() {
        StringBuilder side = new StringBuilder("<div class=\"col-b\"><div class=\"list\">");
        for (int n = 1; n <= 6; n++) side.append(excerpt(n));
        side.append("</div></div>");
        return extractor.extract("<html><head><meta property=\"og:type\" content=\"article\"><meta property=\"article:published_time\" content=\"2024-05-01T08:00:00Z\"><title>The ferry timetable changes in May</title></head><body>"
                + "<div class=\"row\"><div class=\"col-a\"><div class=\"c1\">" + ARTICLE + "</div></div>" + side
                + "</div></body></html>", null);
    }

    @Test
    void theArticleIsReadWithoutTheExcerptsThatOutscoredIt() {
        Article a = page();
        assertTrue(a.text().contains("meets the first train on the mainland"), a.text());
        assertTrue(a.text().contains("a third boat joins the route"), a.text());
        assertFalse(a.text().contains("the harbour crew and the volunteers"), a.text());
    }
}
