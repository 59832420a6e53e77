package dev.precis.extract.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Finding an article's opening in the output, and the summary line. */
class GooseBenchTest {

    @Test
    void theOpeningIsFoundWhateverTheWhitespaceAndItsLeadCounted() {
        GooseBench.Page p = GooseBench.page("a", "article", "Menu\n\nHome  News\n\nThe ferry will sail\nhalf as often from May, "
                + "the operator said.", "The ferry will sail half as often from May, the operator said on Monday.");
        assertTrue(p.found());
        assertEquals("Menu Home News ".length(), p.lead());
        GooseBench.Page missing = GooseBench.page("b", "listing", "Home News Sport", "The ferry will sail half as often from May.");
        assertFalse(missing.found());
        assertEquals(0, missing.lead());
    }

    @Test
    void theSummaryCountsFoundTypedAndLongLeads() {
        String s = GooseBench.summary(List.of(new GooseBench.Page("a", "article", true, 10, 900),
                new GooseBench.Page("b", "listing", true, 700, 3000), new GooseBench.Page("c", "article", false, 0, 40)));
        assertEquals("goose  n=3  opening found 2  typed article 2  median lead 700 chars  lead > 500 chars 1\n", s);
    }
}
