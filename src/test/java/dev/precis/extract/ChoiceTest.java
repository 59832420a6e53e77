package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The scored reading of an article takes the section headings the whole reading holds between its first and last
 * block (and what lies between them), and only when there are such headings. A service page's scored reading found in
 * a cookie-consent box gives way to the whole reading.
 */
class ChoiceTest {

    private static Block p(String text) {
        return new Block(text, Block.Kind.PARAGRAPH, 0, false, text.replace(" ", "").length(), 0, List.of());
    }

    private static Block h(String text) {
        return new Block(text, Block.Kind.HEADING, 2, false, text.replace(" ", "").length(), 0, List.of());
    }

    private static BodyReader.Reading reading(Block... blocks) {
        return new BodyReader.Reading(List.of(blocks), null, null, false);
    }

    private static final Block TITLE = h("How the valley was flooded");
    private static final Block ONE = p("The dam was finished in the spring, and the water rose over the old farms within a year.");
    private static final Block PART = h("What the village kept");
    private static final Block TWO = p("The church bell was carried up the hill, where it still rings for the new village on Sundays.");
    private static final Block RELATED = h("Related stories");
    private static final Block TEASER = p("Ten lakes you can swim in this summer, and where to park.");

    @Test
    void headingsBetweenTheScoredBlocksJoinIt() {
        BodyReader.Reading scored = reading(ONE, TWO);
        BodyReader.Reading whole = reading(TITLE, ONE, PART, TWO, RELATED, TEASER);
        assertEquals(List.of(ONE, PART, TWO), Choice.withHeadings(scored, whole).blocks(),
                "the section heading inside the scored text's span is kept; the boxes around it are not");
    }

    @Test
    void withoutHeadingsInItsSpanTheScoredReadingStands() {
        Block box = p("Sign up for our weekly letter about rivers and the people who live by them.");
        BodyReader.Reading scored = reading(ONE, TWO);
        BodyReader.Reading whole = reading(TITLE, ONE, box, TWO, RELATED, TEASER);
        assertSame(scored, Choice.withHeadings(scored, whole), "a box between the paragraphs is no reason to widen the reading");
    }

    @Test
    void aScoredReadingTheWholeOneDoesNotHoldStands() {
        BodyReader.Reading scored = reading(ONE, TWO);
        BodyReader.Reading whole = reading(TITLE, TWO, PART, ONE);
        assertSame(scored, Choice.withHeadings(scored, whole), "blocks out of order give no span");
        assertSame(scored.blocks(), Choice.span(scored.blocks(), List.of(TITLE, PART)));
    }

    @Test
    void noReadingHoldsMoreHeadingBlocksThanTheBodysHeadingTexts() {
        // the bound that lets an article skip its whole reading when the scored one has every heading
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parse("<h2>Part one<br>and two</h2><h3> </h3><h4><span>Three</span> <em>four</em></h4>"
                + "<p>Plain text, not a heading.</p>").body();
        TextSizes sizes = TextSizes.of(body, 16);
        assertEquals(4, sizes.headingTexts(), "text nodes with text inside h1-h6; blank ones do not count");
        List<Block> written = BlockWriter.write(List.of(body), java.util.Set.of(), ContentScorer.measure(body, java.util.Set.of(), sizes),
                new Names(false), false, null, null, false);
        long headings = written.stream().filter(b -> b.kind() == Block.Kind.HEADING).count();
        assertEquals(3, headings, written.toString()); // the <br> splits the first heading in two
        assertSame(true, headings <= sizes.headingTexts());
    }

    /**
     * A category page: its text is a few cards that are links (too short for the strict scoring attempt), and a consent
     * manager's panel of prose sits beside them (found by the relaxed attempt).
     */
    private static String consentPage(String boxId) {
        StringBuilder b = new StringBuilder("<html><head><title>Soups</title></head><body><h1>Soups</h1><ul class=\"grid\">");
        for (int k = 0; k < 5; k++) {
            b.append("<li><a href=\"/recipes/").append(k).append("\">Slow-cooked bean soup number ").append(k)
                    .append(" with smoked paprika</a></li>");
        }
        b.append("</ul><div id=\"").append(boxId).append("\"><div id=\"pc-panel\"><div class=\"pc-content\">");
        for (int k = 0; k < 6; k++) {
            b.append("<h4>Purpose ").append(k).append("</h4><p>These cookies may be set through our site by us and our ")
                    .append("advertising partners to build a profile of your interests and show you relevant adverts on ")
                    .append("other sites; they do not store personal information directly (purpose ").append(k).append(").</p>");
        }
        return b.append("</div></div></div></body></html>").toString();
    }

    @Test
    void aServicePagesScoredReadingInAConsentBoxGivesWayToTheLinkLists() {
        DevPages.Cleaned c = DevPages.clean(consentPage("vendor-consent-sdk"));
        BodyReader reader = new BodyReader(c.body(), c.sizes(), new Names(), "Soups", null, false, true);
        String text = String.join("\n", BlockWriter.texts(Choice.choose(PageType.SERVICE, reader).blocks()));
        assertTrue(text.contains("Slow-cooked bean soup number 4 with smoked paprika"), text);
        assertFalse(text.contains("advertising partners"), text);
    }

    @Test
    void aServicePagesScoredReadingInABoxNamedOtherwiseStands() {
        // the same page with the panel named for nothing: the scored reading (the prose) is chosen as before
        DevPages.Cleaned c = DevPages.clean(consentPage("vendor-sdk"));
        BodyReader reader = new BodyReader(c.body(), c.sizes(), new Names(), "Soups", null, false, true);
        String text = String.join("\n", BlockWriter.texts(Choice.choose(PageType.SERVICE, reader).blocks()));
        assertTrue(text.contains("advertising partners"), text);
    }

    private static final String DOCS_PAGE = "<html><body><nav class=\"sidebar\"><ul><li><a href=\"/a\">Install</a></li>"
            + "<li><a href=\"/b\">Configure</a></li><li><a href=\"/c\">Upgrade</a></li></ul></nav>"
            + "<div class=\"related\"><h3>Related</h3><p>Other guides on keeping a kiln, with notes on firing schedules.</p></div>"
            + "<main><h1>Firing the kiln</h1><p>Load the shelves loosely, so that the hot air can move between the pots, and "
            + "keep thin pieces away from the elements, where they crack first.</p><h2>Schedule</h2><p>Raise the heat "
            + "slowly for the first two hours, while the last water leaves the clay, then faster up to the top temperature, "
            + "and hold it there for ten minutes.</p><h2>Cooling</h2><p>Leave the lid shut until the kiln is below a hundred "
            + "degrees, or the glaze will craze as the cold air reaches it.</p></main>"
            + "<footer><p>Share this page</p></footer></body></html>";

    private static String texts(BodyReader.Reading r) {
        return r == null ? null : String.join("\n", BlockWriter.texts(r.blocks()));
    }

    /** A fresh reader of the docs page (each reading of a reader after the first may reuse its passes). */
    private static BodyReader docsReader() {
        DevPages.Cleaned c = DevPages.clean(DOCS_PAGE);
        return new BodyReader(c.body(), c.sizes(), new Names(), "Firing the kiln", null, false);
    }

    @Test
    void theStrictAttemptAndTheWholePassShareOnePruningThatNeitherChanges() {
        String scored = texts(docsReader().scored());
        String whole = texts(docsReader().whole(Cleaner.Vocab.ALL, false));
        BodyReader fresh = docsReader();
        String within = texts(fresh.within(fresh.scored(), Cleaner.Vocab.ALL));
        // one reader, in the documentation profile's order and the other way round
        BodyReader docs = docsReader();
        assertEquals(whole, texts(docs.whole(Cleaner.Vocab.ALL, false)));
        BodyReader.Reading s = docs.scored();
        assertEquals(scored, texts(s));
        assertEquals(within, texts(docs.within(s, Cleaner.Vocab.ALL)));
        BodyReader other = docsReader();
        BodyReader.Reading first = other.scored();
        assertEquals(scored, texts(first));
        assertEquals(whole, texts(other.whole(Cleaner.Vocab.ALL, false)));
        assertEquals(within, texts(other.within(first, Cleaner.Vocab.ALL)));
        assertEquals(scored, texts(other.scored()), "scored again after the whole reading");
        assertTrue(scored.contains("Raise the heat"), scored);
    }
}
