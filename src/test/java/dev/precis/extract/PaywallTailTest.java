package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A subscription prompt that cuts the text short ends it: the prompt and the pitch after it (what members get) stay out
 * ({@code BlockWriter#withoutPaywallTail}); a prompt at the top, over the text, leaves the text in place.
 */
class PaywallTailTest {

    private final Extractor extractor = new Extractor();

    private static final String PROSE = "<p>Every spring the county's ferry timetable is rewritten from scratch, and every "
            + "spring the islanders find out about it from a notice pinned to the harbour office door, which is how the "
            + "new Sunday crossing came to be missed by half the village.</p>"
            + "<p>The operator says the notice went up in good time, and that its website carried the change a week "
            + "earlier, but the harbour master agrees that most people still read the door before the screen.</p>";

    private static final String PITCH = "<h3>What members get</h3><ul><li>Early access to every long read we publish</li>"
            + "<li>A monthly letter from the editor about the islands</li><li>Invitations to our readers' evenings in town</li></ul>";

    private Article page(String top, String after) {
        return extractor.extract("<html><body><article><h1>The ferry timetable nobody saw</h1>"
                + "<p class=\"byline\">By Ada Lane</p><time datetime=\"2024-03-02\">2 March 2024</time>" + top
                + PROSE.repeat(4) + after + "</article></body></html>", "https://example.org/ferry");
    }

    @Test
    void thePromptAndThePitchAfterItAreLeftOut() {
        Article a = page("", "<p>Become a paid subscriber to unlock this story and everything else we write.</p>" + PITCH);
        assertTrue(a.text().contains("read the door before the screen"), a.text());
        assertFalse(a.text().contains("paid subscriber"), a.text());
        assertFalse(a.text().contains("readers' evenings"), a.text());
    }

    @Test
    void aPromptAtTheTopLeavesTheTextInPlace() {
        Article a = page("<p>Subscribe today to unlock every story in our archive.</p>", "");
        assertTrue(a.text().contains("read the door before the screen"), a.text());
    }

    @Test
    void eachKindOfPromptIsFoundWhereverItStandsAndInAnyCase() {
        for (String prompt : new String[] {"This article is for subscribers only.", "THIS STORY IS ONLY AVAILABLE TO MEMBERS",
                "Note: this content is reserved for premium readers.", "Subscribe now to continue reading.",
                "Already a subscriber? Log in.", "You’ve reached your free article limit."}) {
            assertTrue(Vocabulary.hasPaywallText("The mayor spoke first. " + prompt), prompt);
        }
        assertFalse(Vocabulary.hasPaywallText("This article is free to read, and this story is for everyone."));
    }
}
