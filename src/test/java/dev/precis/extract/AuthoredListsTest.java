package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A link-dense list or table inside an article is the author's own (the tools recommended, each a shop link; a
 * comparison table whose names link to reviews), not a menu: it stays, unless it links within the page (a table of
 * contents), {@link Vocabulary#AUTHORED_LIST_TAGS}. A link-dense {@code div} is still a link list.
 */
class AuthoredListsTest {

    private final Extractor extractor = new Extractor();

    private static final String PROSE = "<p>We spent three months wiring a small workshop from the panel to the last "
            + "outlet, and these are the tools that earned a place in the bag, tested against the cheaper ones we bought "
            + "first and returned, on the same jobs, by the same two electricians.</p>"
            + "<p>None of the makers paid for a place here. Where two tools did the same job equally well we list both, "
            + "and where the cheaper one was good enough we say so, because most readers buy for one house, not a "
            + "business that wires ten a month.</p>";

    private static String page(String middle) {
        return "<html><head><title>Tools for wiring a workshop</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"headline\":\"Tools for wiring a workshop\"}"
                + "</script></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/tools\">Tools</a> <a href=\"/about\">About</a></nav>"
                + "<article><h1>Tools for wiring a workshop</h1>" + PROSE
                + "<h2>Voltage testers</h2><p>A non-contact tester comes before anything else, every time you open a box.</p>"
                + middle
                + "<h2>Cable cutters</h2><p>Cheap cutters crush the conductor, and a crushed conductor heats up in time, so "
                + "this is the one tool where paying more was worth it for us, again and again, over three months.</p>"
                + "</article><footer><p>© Workshop Notes</p></footer></body></html>";
    }

    @Test
    void aListOfRecommendedProductsStays() {
        String list = "<ul><li><a href=\"https://shop.example/ncvt\">Klein Tools NCVT-2 Voltage Tester</a></li>"
                + "<li><a href=\"https://other.example/volt\">Fluke VoltAlert Tester</a></li></ul>";
        Article a = extractor.extract(page(list), "https://notes.example/wiring-tools");
        assertEquals("article", a.pageType());
        assertTrue(a.text().contains("Klein Tools NCVT-2 Voltage Tester"), a.text());
        assertTrue(a.text().contains("Fluke VoltAlert Tester"), a.text());
        assertTrue(a.text().indexOf("Fluke VoltAlert") < a.text().indexOf("Cheap cutters"), a.text());
    }

    @Test
    void aComparisonTableOfLinkedNamesStays() {
        String table = "<table><tr><td><a href=\"/reviews/klein-ncvt\">Klein NCVT-2</a></td><td>$30</td></tr>"
                + "<tr><td><a href=\"/reviews/fluke-volt\">Fluke VoltAlert</a></td><td>$25</td></tr></table>";
        Article a = extractor.extract(page(table), "https://notes.example/wiring-tools");
        assertTrue(a.text().contains("Klein NCVT-2 | $30"), a.text());
        assertTrue(a.text().contains("Fluke VoltAlert | $25"), a.text());
    }

    @Test
    void aTableOfContentsStillGoes() {
        String toc = "<ul><li><a href=\"#testers\">Voltage testers for every box</a></li>"
                + "<li><a href=\"#cutters\">Cable cutters that do not crush</a></li></ul>";
        Article a = extractor.extract(page(toc), "https://notes.example/wiring-tools");
        assertFalse(a.text().contains("Voltage testers for every box"), a.text());
        assertTrue(a.text().contains("Cheap cutters crush"), a.text());
    }

    @Test
    void aLinkDenseBlockThatIsNoListStillGoes() {
        String box = "<div><a href=\"/guides/outlets\">How to replace an outlet safely</a> "
                + "<a href=\"/guides/gfci\">What a GFCI outlet does</a></div>";
        Article a = extractor.extract(page(box), "https://notes.example/wiring-tools");
        assertFalse(a.text().contains("How to replace an outlet"), a.text());
        assertTrue(a.text().contains("Cheap cutters crush"), a.text());
    }
}
