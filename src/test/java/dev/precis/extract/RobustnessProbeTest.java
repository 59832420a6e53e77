package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The probe's rewrites keep the text a reader sees and take away only what each names. */
class RobustnessProbeTest {

    private static final String PAGE = "<html><head><meta property=\"og:type\" content=\"article\"></head><body>"
            + "<header class=\"top\"><nav>Home</nav></header><main id=\"story\"><article class=\"post\"><p>One.</p>"
            + "<ul><li><p>Item.</p></li></ul><p class=\"hidden\">Gone.</p></article></main><footer>Foot</footer></body></html>";

    private static Document rewritten(RobustnessProbe.Change change) {
        return Jsoup.parse(RobustnessProbe.rewrite(PAGE, change));
    }

    @Test
    void everyRewriteKeepsTheText() {
        String text = Jsoup.parse(PAGE).body().text();
        for (RobustnessProbe.Change c : RobustnessProbe.Change.values()) {
            assertEquals(text, rewritten(c).body().text(), c.name());
        }
    }

    @Test
    void eachRewriteTakesAwayWhatItNames() {
        assertTrue(rewritten(RobustnessProbe.Change.SEMANTIC).select("article, main, nav, header, footer").isEmpty());
        Document breaks = rewritten(RobustnessProbe.Change.BREAKS);
        assertEquals(1, breaks.select("p").size(), "a list item's paragraph stays");
        assertEquals(4, breaks.select("br").size());
        assertEquals(3, rewritten(RobustnessProbe.Change.BOXED).select("div.blk > p").size());
        Document hashed = rewritten(RobustnessProbe.Change.HASHED);
        assertTrue(hashed.select(".post, .top, #story").isEmpty());
        assertFalse(hashed.select("p.hidden").isEmpty(), "a class that hides keeps its name");
        assertTrue(rewritten(RobustnessProbe.Change.NOMETA).select("meta").isEmpty());
    }
}
