package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The scored reading of an article takes the section headings the whole reading holds between its first and last
 * block (and what lies between them), and only when there are such headings.
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
}
