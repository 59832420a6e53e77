package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void anExclusiveToSubscribersPromptEndsTheText() {
        Article a = page("", "<p>Gazette+ exclusive</p><p>This article is exclusive to Gazette+ subscribers</p>"
                + "<p>Unlock it, with every long read and the editor's letter.</p>" + PITCH);
        assertTrue(a.text().contains("read the door before the screen"), a.text());
        assertFalse(a.text().contains("exclusive to Gazette+ subscribers"), a.text());
        assertFalse(a.text().contains("readers' evenings"), a.text());
        assertFalse(Vocabulary.hasPaywallText("The mayor said this article is exclusive to no one: the minutes are public."));
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

    @Test
    void oneSearchOverManyTextsAnswersAsTheFindOfEach() {
        Vocabulary.PaywallSearch search = new Vocabulary.PaywallSearch();
        String[] texts = {"Subscribe now to continue reading the harbour report.", "You've seen the tide tables.",
                "The ferry runs twice a day.", "Already a subscriber? Log in.", "Register the boat at the office.",
                "Log in to comment.", "YOU’VE REACHED YOUR FREE ARTICLE LIMIT.", "Subscriptions to the newsletter rose.",
                "İstanbul ferries, this story is only available to members.", "This story is long."};
        for (int pass = 0; pass < 2; pass++) {
            for (String t : texts) {
                assertEquals(Vocabulary.PAYWALL_TEXT.matcher(t).find(), search.in(t), t);
            }
        }
    }
}
