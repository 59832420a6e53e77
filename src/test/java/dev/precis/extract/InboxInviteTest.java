package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A newsletter's invitation told by its delivery ("… delivered to your inbox") or by what it asks ("Join our … newsletter",
 * "Sign up for our newsletter"), in a box whose class says nothing: left out of an article and of a list page, kept on a
 * service page, and never taken from a longer paragraph.
 */
class InboxInviteTest {

    private final Extractor extractor = new Extractor();

    private static final String PROSE = "<p>The harbour board voted on Tuesday to rebuild the north pier, which has been closed "
            + "to boats since a storm cracked its deck two winters ago, and the work is set to start in the spring once the "
            + "divers have surveyed the old piles and the contractor has moved its barge up from the southern yard.</p>"
            + "<p>Fishermen who moor there say the closure has cost them hours every week, since they have had to land their "
            + "catch at the ferry quay and drive it round to the market, and they asked the board to keep one berth open "
            + "while the rest of the pier is rebuilt in sections over the summer months.</p>";

    private static final String INVITE = "<div class=\"box-7\"><p>The best of the Harbour Gazette, delivered to your inbox "
            + "every morning</p></div>";

    private Article article(String extra) {
        return extractor.extract("<html><head><title>North pier to be rebuilt</title>"
                + "<meta property=\"og:type\" content=\"article\">"
                + "<meta property=\"article:published_time\" content=\"2026-03-02T09:00:00Z\"></head><body>"
                + "<article><h1>North pier to be rebuilt</h1><p class=\"byline\">By Ines Harker</p>"
                + PROSE.repeat(3) + extra + PROSE + "</article></body></html>", null);
    }

    @Test
    void anArticlesInboxInviteIsLeftOut() {
        Article a = article(INVITE);
        assertEquals("article", a.pageType());
        assertTrue(a.text().contains("north pier"), a.text());
        assertFalse(a.text().contains("delivered to your inbox"), a.text());
    }

    @Test
    void anArticlesNewsletterSignUpLineIsLeftOut() {
        Article a = article("<div class=\"box-7\"><p>Join our Harbour Notes newsletter!</p></div>"
                + "<p>Want more from the Gazette? Sign up for our newsletter, The Tide Table, and never miss a sailing.</p>");
        assertEquals("article", a.pageType());
        assertTrue(a.text().contains("north pier"), a.text());
        assertFalse(a.text().contains("Harbour Notes newsletter"), a.text());
        assertFalse(a.text().contains("The Tide Table"), a.text());
    }

    @Test
    void aLineAboutANewsletterThatInvitesNoOneStays() {
        String line = "The board joined the newsletter of the port authority last year.";
        assertEquals(List.of(line), BlockWriter.texts(BlockWriter.withoutInboxInvites(List.of(
                new Block(line, Block.Kind.PARAGRAPH, 0, false, line.length(), 0, List.of())))));
    }

    @Test
    void aLongParagraphThatMentionsAnInboxStays() {
        Article a = article("<p>Residents who wrote to the board said the notices had reached their inbox only after the "
                + "vote, and the clerk promised that future agendas would be posted a week ahead on the harbour office door.</p>");
        assertTrue(a.text().contains("reached their inbox only after"), a.text());
    }

    @Test
    void aShortLineThatOnlyNamesAnInboxStays() {
        assertEquals(List.of("Inbox zero for the harbour office"),
                BlockWriter.texts(BlockWriter.withoutInboxInvites(List.of(
                        new Block("Inbox zero for the harbour office", Block.Kind.PARAGRAPH, 0, false, 33, 0, List.of())))));
    }

    @Test
    void aListPagesInboxInviteIsLeftOut() {
        StringBuilder cards = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            cards.append("<li class=\"card\"><h3><a href=\"/news/story-").append(i).append("\">Harbour story number ").append(i)
                    .append("</a></h3><p>A short summary of what happened at the harbour this week, number ").append(i)
                    .append(".</p></li>");
        }
        Article a = extractor.extract("<html><head><title>Harbour news</title></head><body><main><h1>Harbour news</h1>"
                + "<ul class=\"stories\">" + cards + "</ul><div class=\"box-7\"><p>Want harbour updates sent to your inbox?</p></div>"
                + "</main></body></html>", "https://gazette.example/news");
        assertEquals("listing", a.pageType());
        assertTrue(a.text().contains("Harbour story number 8"), a.text());
        assertFalse(a.text().contains("to your inbox"), a.text());
    }
}
