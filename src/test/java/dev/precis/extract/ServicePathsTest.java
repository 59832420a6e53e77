package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A company's service page (its URL names a service: {@code /services/…}) that carries a publication date in its
 * metadata is typed article, but read with the service profile ({@link PageTypes#profile}): its feature cards and
 * questions are its text, not only the longest run of prose. A dated and signed page on such a URL stays an article.
 */
class ServicePathsTest {

    private final Extractor extractor = new Extractor();

    private static final String STORY = "<p>Every repair starts with a visit from one of our own roofers, who walks the roof, checks "
            + "the flashing, the gutters and the attic, and writes down what needs to be done before anyone quotes a price.</p>";

    private static String page(String url, String head) {
        StringBuilder cards = new StringBuilder();
        String[][] features = {{"Free inspection", "We come out the same week."}, {"Fixed quotes", "The price we quote is the price."},
                {"Ten-year warranty", "Labour and materials are covered."}, {"Clean site", "We take every nail with us."},
                {"Insurance help", "We talk to your insurer for you."}, {"Local crews", "Roofers who live where you do."}};
        for (String[] f : features) {
            cards.append("<div class=\"feature\"><h3>").append(f[0]).append("</h3><p>").append(f[1]).append("</p></div>");
        }
        return "<html><head><title>Roof repair</title><link rel=\"canonical\" href=\"" + url + "\">" + head + "</head><body>"
                + "<div class=\"intro\"><h1>Roof repair</h1><p>Leaks fixed this week.</p></div>"
                + "<div class=\"story\"><h2>How a repair works</h2>" + STORY.repeat(3) + "</div>"
                + "<div class=\"features\"><h2>Why homeowners call us</h2>" + cards + "</div>"
                + "<div class=\"questions\"><h2>Questions</h2><h3>How long does a repair take?</h3><p>Most take a day.</p>"
                + "<h3>Do you work in the rain?</h3><p>Only on covered jobs.</p></div></body></html>";
    }

    private static final String DATED = "<meta property=\"article:published_time\" content=\"2025-03-01\">";

    @Test
    void aDatedPageUnderAServicesPathKeepsItsSections() {
        Article a = extractor.extract(page("https://roofers.example/services/roof-repair/", DATED), null);
        assertEquals("article", a.pageType(), "its type stays article");
        assertTrue(a.text().contains("Ten-year warranty"), a.text());
        assertTrue(a.text().contains("How long does a repair take?"), a.text());
        assertTrue(a.text().contains("Every repair starts with a visit"), a.text());
    }

    @Test
    void theSamePageOnABlogPathIsReadAsAnArticle() {
        Article a = extractor.extract(page("https://roofers.example/blog/roof-repair/", DATED), null);
        assertTrue(a.text().contains("Every repair starts with a visit"), a.text());
        assertFalse(a.text().contains("Ten-year warranty"), a.text());
    }

    @Test
    void aDatedAndSignedPageUnderAServicesPathStaysAnArticle() {
        Article a = extractor.extract(page("https://roofers.example/services/roof-repair/",
                DATED + "<meta name=\"author\" content=\"Jane Roe\">"), null);
        assertFalse(a.text().contains("Ten-year warranty"), a.text());
    }
}
