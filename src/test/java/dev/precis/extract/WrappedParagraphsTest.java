package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A story whose first paragraphs each sit in a box of their own, the rest in one box that wins: the boxed paragraphs are
 * read as the paragraphs they are ({@link Tuning#SIBLING_WRAPPED_PARAGRAPHS}); a lone box around a paragraph beside the
 * story is a callout and stays out.
 */
class WrappedParagraphsTest {

    private final Extractor extractor = new Extractor();

    private static final String LATER_PARAGRAPH = "<p>The ferry, which carries about two hundred cars a day in summer, will run "
            + "a reduced timetable from the harbour at Eastport, and the council says buses will meet every crossing, though "
            + "residents fear the queues will stretch back through the village again.</p>";

    private static String page(String boxed, String besides) {
        return "<html><head><title>Ferry cuts leave island short of crossings</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>"
                + "<div id=\"content\"><h1>Ferry cuts leave island short of crossings</h1>"
                + "<div class=\"storyArea\">" + boxed
                + "<div class=\"related\"><h2>Related</h2><ul><li><a href=\"/a\">Harbour wall repaired</a></li>"
                + "<li><a href=\"/b\">Bus timetable changes</a></li></ul></div>"
                + besides
                + "<div class=\"body\">" + LATER_PARAGRAPH.repeat(8) + "</div></div></div>"
                + "<footer><a href=\"/about\">About us</a></footer></body></html>";
    }

    private static final String BOXED_OPENING = "<div class=\"leadPar\"><p>The island's only ferry will sail half as often "
            + "from next month, the operator said on Monday.</p></div>"
            + "<div class=\"parTwo\"><div class=\"inner\"><p>Islanders who work on the mainland say they were not asked.</p></div></div>"
            + "<div class=\"parThree\"><p>A petition against the cuts has gathered four thousand names in a week.</p></div>";

    @Test
    void aStorysBoxedOpeningParagraphsAreRead() {
        Article a = extractor.extract(page(BOXED_OPENING, ""), null);
        assertTrue(a.text().contains("will sail half as often"), a.text());
        assertTrue(a.text().contains("were not asked"), "a box in a box around a paragraph is one too: " + a.text());
        assertTrue(a.text().contains("four thousand names"), a.text());
        assertTrue(a.text().contains("reduced timetable"), a.text());
        assertFalse(a.text().contains("Harbour wall repaired"), a.text());
    }

    @Test
    void aLoneBoxedParagraphBesideTheStoryIsACallout() {
        Article a = extractor.extract(page("", "<div class=\"offer\"><p>Readers get a tenth off a season ticket for the "
                + "island's new fast boat: ask at the harbour office for the form.</p></div>"), null);
        assertTrue(a.text().contains("reduced timetable"), a.text());
        assertFalse(a.text().contains("season ticket"), a.text());
    }
}
