package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A heading that says the block it opens points elsewhere ({@link Vocabulary#RELATED_HEADING}: "See also", "Also see",
 * "Related articles"…): the block is pruned, teasers and all, while the article's own sections stay.
 */
class RelatedHeadingsTest {

    private final Extractor extractor = new Extractor();

    private static final String PROSE = "<p>The valley's orchards were planted a century ago by families who came for the "
            + "railway work, and the oldest trees still bear a pear that no nursery sells any more, small, russeted and "
            + "sweet, which the growers pick by hand in the second week of September.</p>"
            + "<p>A cooperative now presses what the shops will not take, and its cider, sold at the station kiosk, pays "
            + "for the pruning of the oldest rows, which would otherwise be grubbed up for vines.</p>";

    private Article page(String heading) {
        return extractor.extract("<html><body><article><h1>The last pear orchards of the valley</h1>"
                + "<p class=\"byline\">By Ada Lane</p><time datetime=\"2024-09-14\">14 September 2024</time>"
                + PROSE.repeat(5)
                + "<h2>How the pears are kept</h2><p>The fruit rests for three weeks in a cool barn before it goes to the "
                + "press, which the growers say gives the cider its depth.</p>"
                + "<div class=\"box\"><h2>" + heading + "</h2>"
                + "<div class=\"card\"><a href=\"/cherries\">Cherry growers count the cost of a wet June</a>"
                + "<p>Split fruit and late pickers left a third of the crop on the trees, and the buyers paid less for what came in.</p></div>"
                + "<div class=\"card\"><a href=\"/hops\">The hop gardens return to the hills</a>"
                + "<p>Small brewers are paying growers to replant varieties that were abandoned fifty years ago.</p></div>"
                + "</div></article></body></html>", "https://example.org/orchards");
    }

    @Test
    void anAlsoSeeBlockOfTeasersIsLeftOut() {
        Article a = page("Also see");
        assertTrue(a.text().contains("grubbed up for vines"), a.text());
        assertTrue(a.text().contains("gives the cider its depth"), a.text());
        assertFalse(a.text().contains("Split fruit and late pickers"), a.text());
        assertFalse(a.text().contains("Small brewers are paying growers"), a.text());
    }

    @Test
    void aSeeAlsoBlockIsLeftOutAsBefore() {
        Article a = page("See also");
        assertFalse(a.text().contains("Split fruit and late pickers"), a.text());
    }

    @Test
    void aSectionOfTheArticleStays() {
        Article a = page("What the growers say");
        assertTrue(a.text().contains("Split fruit and late pickers"), a.text());
    }
}
