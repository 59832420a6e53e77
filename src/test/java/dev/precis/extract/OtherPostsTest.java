package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A story in an {@code <article>} of its own, and below it, in a box of the very same build, the site's other
 * stories as teasers, each its own small {@code <article>} ({@link Tuning#OTHER_POST_TEXT_SHARE}): the teasers score
 * close to the story by their tag and class words alone, and neither lift the winner to the column they share with it
 * nor join it as a sibling box.
 */
class OtherPostsTest {

    private final Extractor extractor = new Extractor();

    private static final String STORY = "<p>The harbour board voted on Tuesday to rebuild the old fish market as a covered hall for "
            + "weekend traders, after two years of consultation with stallholders, residents and the ferry company.</p>"
            + "<p>Work starts in March and should take about a year. The board said the timber roof, which dates from the "
            + "1890s, will be taken down, repaired piece by piece and put back on new steel columns.</p>"
            + "<p>Stallholders will trade from a temporary site on the quay while the hall is closed, and the board has "
            + "promised that rents there will not rise before the new hall opens its doors.</p>"
            + "<p>The chair of the traders' association said members were relieved that the plan keeps the market on the "
            + "waterfront, where it has stood for more than a century, rather than moving it inland.</p>";

    private static String teaser(int n) {
        return "<article class=\"article item\"><div class=\"kicker\">Front page</div><h3><a href=\"/news/" + n
                + "\">Other story number " + n + " from the newsroom</a></h3><p>A short excerpt of another story on the site, cut "
                + "off after a line or two of its opening paragraph so that readers click through to the rest of it...</p>"
                + "</article>";
    }

    private Article page(String teasers) {
        return extractor.extract("<html><head><title>Market hall to be rebuilt</title>"
                + "<meta property=\"og:type\" content=\"article\">"
                + "<meta property=\"article:published_time\" content=\"2024-05-03T10:00:00Z\"></head><body>"
                + "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></header>"
                + "<div class=\"column\">"
                + "<section class=\"slot widget\"><div class=\"template\"><div class=\"template-content\">"
                + "<article class=\"article single\"><div class=\"kicker\">Local news</div><h1>Market hall to be rebuilt</h1>"
                + "<div class=\"body content\">" + STORY + "</div></article></div></div></section>"
                + "<section class=\"slot widget\"><div class=\"template\"><div class=\"template-content\">" + teasers
                + "</div></div></section>"
                + "</div><footer><p>Harbour Times</p></footer></body></html>", "https://news.example/2024/05/market-hall");
    }

    @Test
    void teasersInTheirOwnArticlesStayOutOfTheStory() {
        StringBuilder teasers = new StringBuilder();
        for (int n = 1; n <= 6; n++) teasers.append(teaser(n));
        Article a = page(teasers.toString());
        assertEquals("article", a.pageType());
        assertTrue(a.text().contains("timber roof"), a.text());
        assertTrue(a.text().contains("rather than moving it inland"), a.text());
        assertFalse(a.text().contains("Other story number"), a.text());
        assertFalse(a.text().contains("A short excerpt of another story"), a.text());
    }
}
