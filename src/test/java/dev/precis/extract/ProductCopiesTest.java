package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A shop theme writes a product's description more than once (a summary beside the photos, again in a "Description"
 * tab, again in a mobile copy): a product page's reading shows each paragraph of a sentence or more once
 * ({@link BlockWriter#withoutSecondCopies}); short recurring lines (spec values) stay, and other page types keep theirs.
 */
class ProductCopiesTest {

    private final Extractor extractor = new Extractor();

    private static final String DESCRIPTION = "A heavyweight canvas tote stitched by hand in our workshop, with a "
            + "leather base that stands up on its own and an inside pocket sized for a phone and keys.";

    private static String page(String type) {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"" + type + "\","
                + "\"name\":\"Canvas tote\"}</script>";
        String specs = "<h3>Details</h3><dl><dt>Colour</dt><dd>Natural canvas</dd><dt>Strap</dt><dd>Natural canvas</dd></dl>";
        return "<html><head>" + ld + "</head><body><main><h1>Canvas tote</h1><p class=\"lead\">" + DESCRIPTION + "</p>"
                + "<p>£45.00</p><div class=\"tabs\"><h2>Description</h2><p>" + DESCRIPTION + "</p>"
                + "<p>Each bag is cut from a single roll of twelve-ounce cotton duck and waxed by hand, so no two are quite alike in "
                + "colour. Wipe it clean with a damp cloth; the wax can be topped up with any beeswax balm.</p>" + specs + "</div>"
                + "<div class=\"mobile\"><p>" + DESCRIPTION + "</p></div></main></body></html>";
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
        return n;
    }

    @Test
    void aProductDescriptionWrittenThreeTimesShowsOnce() {
        Article a = extractor.extract(page("Product"), "https://shop.example/tote");
        assertEquals("product", a.pageType());
        assertEquals(1, count(a.text(), "leather base that stands up"), a.text());
        // the first copy stays where it stands, before the price
        assertTrue(a.text().indexOf("leather base") < a.text().indexOf("£45.00"), a.text());
        assertTrue(a.text().contains("twelve-ounce cotton duck"), a.text());
    }

    @Test
    void shortLinesAndHeadingsRecurOnPurpose() {
        Block para = new Block(DESCRIPTION, Block.Kind.PARAGRAPH, 0, false, DESCRIPTION.length(), 0, List.of());
        Block value = new Block("Natural canvas", Block.Kind.PARAGRAPH, 0, false, 14, 0, List.of());
        Block heading = new Block("Frequently asked questions about the canvas tote bag", Block.Kind.HEADING, 2, false, 52, 0, List.of());
        List<Block> in = List.of(heading, para, value, value, heading, para);
        List<Block> out = BlockWriter.withoutSecondCopies(in, Tuning.PRODUCT_COPY_MIN_CHARS);
        assertEquals(List.of(heading, para, value, value, heading), out);
        List<Block> once = List.of(para, value, value);
        assertTrue(BlockWriter.withoutSecondCopies(once, Tuning.PRODUCT_COPY_MIN_CHARS) == once, "nothing left out: the same list");
    }

    @Test
    void anArticleKeepsAParagraphItRepeats() {
        // the control: the same text as a blog post is no product page, and its reading keeps what it repeats
        Article a = extractor.extract(page("BlogPosting"), "https://blog.example/tote");
        assertEquals("article", a.pageType());
        assertTrue(count(a.text(), "leather base that stands up") >= 2, a.text());
    }
}
