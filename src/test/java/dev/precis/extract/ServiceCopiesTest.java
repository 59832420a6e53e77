package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A site builder writes a service page's section once per screen size (desktop, tablet, phone), one copy after the
 * other with other sections between: the service reading shows such a section once ({@link BlockWriter#withoutRepeatedRuns}).
 * A pricing page's plans that list the same features, short runs and runs without a heading stay as written.
 */
class ServiceCopiesTest {

    private final Extractor extractor = new Extractor();

    private static final String SECTION = "<h2>Plan together, ship sooner</h2><p>Teams that plan on one board</p>"
            + "<h3>3.6x</h3><p>faster time to market</p><h3>50%</h3><p>shorter planning process</p>"
            + "<h3>250+</h3><p>apps and integrations</p><h3>6,000+</h3><p>templates</p>"
            + "<blockquote>Bringing everyone together to plan means the most important work happens at the right time.</blockquote>"
            + "<p>Lucy Starling</p><p>Head of product operations</p>";

    /** Sections of the page's own, so that one section is a small part of it (as on a real service page). */
    private static final String[] TOPICS = {"Roadmaps", "Retrospectives", "Workshops", "Diagrams", "Research", "Launches", "Hiring"};

    private static String page(String section) {
        StringBuilder more = new StringBuilder();
        for (String topic : TOPICS) {
            more.append("<section><h2>").append(topic).append(" on one board</h2><p>").append(topic)
                    .append(" start on the same board as everything else, so the people who plan them and the people who ")
                    .append("do the work see the same notes, the same dates and the same decisions, and nobody has to ask ")
                    .append("where the latest version lives.</p></section>");
        }
        return "<html><head><title>Plan boards</title></head><body><header><nav><a href=\"/\">Home</a></nav></header><main>"
                + "<section><h1>From idea to outcome in seconds</h1><p>One board for the whole team, from the first sketch to "
                + "the launch plan, with every decision in one place.</p></section>"
                + "<section class=\"framer-1x9k\">" + section + "</section>"
                + "<section><h2>Build with what you have</h2><p>Connect the tools your team already uses and keep every plan "
                + "in step with the work.</p></section>"
                + "<section class=\"framer-2q4m\">" + section + "</section>"
                + "<section class=\"framer-3z7t\">" + section + "</section>"
                + more
                + "<section><h2>Start today</h2><p>Set up your first board in minutes; invite the team when you are ready.</p>"
                + "</section></main></body></html>";
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
        return n;
    }

    @Test
    void aSectionWrittenOncePerScreenSizeShowsOnce() {
        Article a = extractor.extract(page(SECTION), "https://boards.example/");
        assertEquals("service", a.pageType());
        assertEquals(1, count(a.text(), "shorter planning process"), a.text());
        assertEquals(1, count(a.text(), "Head of product operations"), a.text());
        // the first copy stays where it stands, before the next section
        assertEquals(true, a.text().indexOf("shorter planning") < a.text().indexOf("Build with what you have"), a.text());
        assertEquals(1, count(a.text(), "Start today"), a.text());
    }

    private static Block line(String text, Block.Kind kind) {
        return new Block(text, kind, kind == Block.Kind.HEADING ? 3 : 0, false, text.length(), 0, List.of());
    }

    @Test
    void plansThatListTheSameFeaturesKeepThem() {
        // two plans, each a heading and the same eleven features: the repeated run holds no heading
        List<Block> in = new ArrayList<>();
        for (String plan : new String[] {"Family plan", "Business plan"}) {
            in.add(line(plan, Block.Kind.HEADING));
            for (int k = 1; k <= 11; k++) in.add(line("Identity theft protection feature number " + k, Block.Kind.ITEM));
        }
        assertSame(in, BlockWriter.withoutRepeatedRuns(in, Tuning.SERVICE_COPY_MIN_BLOCKS, Tuning.SERVICE_COPY_MIN_CHARS));
    }

    @Test
    void aShortRepeatedRunStays() {
        // a card's heading and four lines written twice: fewer blocks than a section
        List<Block> card = List.of(line("EV charger installation", Block.Kind.HEADING), line("Reported by:", Block.Kind.PARAGRAPH),
                line("Research team", Block.Kind.PARAGRAPH), line("This ballpark estimate covers the charger and its wiring.",
                        Block.Kind.PARAGRAPH), line("Atlanta, Georgia, January 2023", Block.Kind.PARAGRAPH));
        List<Block> in = new ArrayList<>(card);
        in.add(line("Another estimate", Block.Kind.HEADING));
        in.addAll(card);
        assertSame(in, BlockWriter.withoutRepeatedRuns(in, Tuning.SERVICE_COPY_MIN_BLOCKS, Tuning.SERVICE_COPY_MIN_CHARS));
    }
}
