package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * An undated, unsigned how-to with a few paragraphs is typed service for want of evidence, and the service profile
 * reads the whole page. When that whole page is the scored article (after its headline) followed only by cards — a
 * heading and a short excerpt each, teasers of other pages without dates or a "related" name — the article is the text
 * and the cards are not ({@link Choice#leadsCards}). A service page whose sections stand before its longest box keeps
 * its cards.
 */
class ArticleThenCardsTest {

    private final Extractor extractor = new Extractor();

    private static final String[][] STEPS = {
            {"Clear the bench first", "Before any glue comes out, take everything off the bench and sweep it, because a single "
                    + "crumb of dried varnish under a board is enough to rock it while the clamps go on and spoil the joint."},
            {"Dry-fit every joint", "Put the frame together without glue and check each corner with a square; a joint that "
                    + "needs a mallet now will need far more force once the glue starts to swell the wood fibres."},
            {"Glue in the right order", "Start with the long rails, then the short ones, and keep a damp rag at hand so the "
                    + "squeeze-out can be wiped away before it skins over and leaves a patch that stain will not take."},
            {"Leave it overnight", "Most wood glues can be handled after an hour, but the joint is nowhere near its full "
                    + "strength until the next morning, so resist the urge to take the clamps off and admire the work."},
            {"Check for twist", "Sight across the frame from one end while it is still clamped: if the far rail is not "
                    + "parallel with the near one, loosen a clamp and press the high corner down before the glue sets."},
            {"Scrape, do not sand", "Once the glue is hard, a sharp card scraper lifts the beads cleanly, while sandpaper "
                    + "only smears the glue into the pores around the joint where a finish will show it later."}};

    private static final String[][] CARDS = {
            {"Choosing a first set of chisels", "Four sizes cover almost every job, and cheap steel sharpened well beats a "
                    + "costly set left dull in its box."},
            {"Why boards cup and how to stop it", "Moisture moves through wood unevenly; storing boards flat with spacers "
                    + "keeps them straight for longer."},
            {"A beginner's guide to sharpening", "A coarse stone, a fine stone and a strop are all a beginner needs to "
                    + "keep an edge that slices end grain."},
            {"Finishing with oil instead of varnish", "Oil soaks in and leaves the grain easy to touch up, where a coat of "
                    + "varnish has to be sanded back."},
            {"Building a simple workbench", "Two trestles and a thick top make a bench steady enough for hand tools in a "
                    + "single weekend of work."}};

    private static String article() {
        StringBuilder b = new StringBuilder("<section class=\"entry\"><div class=\"entry-body\">"
                + "<p>Gluing up a frame is the step where most first projects go wrong, and almost always for the same few "
                + "reasons, none of which has anything to do with the glue itself or the price of the clamps.</p>");
        for (String[] s : STEPS) b.append("<h2>").append(s[0]).append("</h2><p>").append(s[1]).append("</p>");
        b.append("<p>None of this needs special tools: a square, a handful of clamps and a little patience are enough, and "
                + "the second frame always goes together faster than the first one did.</p>");
        return b.append("</div></section>").toString();
    }

    private static String cards(String heading) {
        StringBuilder b = new StringBuilder("<section class=\"carousel\"><h2>").append(heading).append("</h2><div class=\"track\">");
        for (String[] c : CARDS) {
            b.append("<div class=\"slide\"><h3>").append(c[0]).append("</h3><p>").append(c[1]).append("</p></div>");
        }
        return b.append("</div></section>").toString();
    }

    private static String page(String beforeArticle) {
        return "<html><head><title>How to glue up a frame</title>"
                + "<link rel=\"canonical\" href=\"https://workshop.example/how-to/glue-up\"></head><body>"
                + "<header><a href=\"/\">Workshop</a></header><main><h1>How to glue up a frame</h1>" + beforeArticle
                + article() + "</main>" + cards("Keep reading") + "</body></html>";
    }

    @Test
    void anArticleFollowedOnlyByCardsIsReadWithoutThem() {
        Article a = extractor.extract(page(""), null);
        assertEquals("service", a.pageType(), "nothing dates, signs or declares it an article");
        assertTrue(a.text().contains("Dry-fit every joint"), a.text());
        assertTrue(a.text().contains("resist the urge to take the clamps off"), a.text());
        assertFalse(a.text().contains("Choosing a first set of chisels"), a.text());
        assertFalse(a.text().contains("Two trestles and a thick top"), a.text());
    }

    @Test
    void cardsAfterAPageWhoseSectionsComeFirstStay() {
        String hero = "<section class=\"intro\"><h2>Classes every weekend</h2><p>Small groups, every tool provided, and a "
                + "finished piece to take home.</p></section>";
        Article a = extractor.extract(page(hero), null);
        assertTrue(a.text().contains("Dry-fit every joint"), a.text());
        assertTrue(a.text().contains("Two trestles and a thick top"), a.text());
    }

    @Test
    void fewCardsAreNoList() {
        java.util.List<Block> article = new java.util.ArrayList<>(java.util.List.of(heading("Title")));
        for (String[] s : STEPS) article.add(para(s[1]));
        java.util.List<Block> whole = new java.util.ArrayList<>(article);
        for (int i = 0; i < Tuning.TAIL_CARDS - 1; i++) {
            whole.add(heading("Card " + i));
            whole.add(para("An excerpt of another page."));
        }
        assertFalse(Choice.leadsCards(article, whole));
        whole.add(heading("Card"));
        whole.add(para("An excerpt of another page."));
        assertTrue(Choice.leadsCards(article, whole));
        java.util.List<Block> brief = article.subList(0, 3);
        java.util.List<Block> briefWhole = new java.util.ArrayList<>(brief);
        briefWhole.addAll(whole.subList(article.size(), whole.size()));
        assertFalse(Choice.leadsCards(brief, briefWhole), "two paragraphs are no article");
    }

    @Test
    void bothCardRulesShareOneDefinitionOfACard() {
        Block excerpt = para("An excerpt of another page.");
        assertTrue(Choice.isCard(heading("Choosing a first set of chisels"), excerpt));
        assertTrue(Choice.isCard(link("Choosing a first set of chisels"), excerpt), "a title may be a paragraph that is all link");
        assertFalse(Choice.isCard(para("Choosing a first set of chisels"), excerpt), "a plain paragraph is no title");
        assertFalse(Choice.isCard(heading("x".repeat(Tuning.TEASER_TITLE_MAX_CHARS + 1)), excerpt), "a title is a headline");
        assertFalse(Choice.isCard(heading("Title"), para("x".repeat(Tuning.TAIL_CARD_MAX_CHARS + 1))), "an excerpt is short");
        assertFalse(Choice.isCard(heading("Title"), heading("Another title")));
        assertFalse(Choice.isCard(heading("Title"), new Block("int x = 1;", Block.Kind.CODE, 0, false, 10, 0, java.util.List.of())));
        // the forward scan over what follows an article counts the same cards as the teaser tail: linked titles too
        java.util.List<Block> article = new java.util.ArrayList<>(java.util.List.of(heading("Title")));
        for (String[] s : STEPS) article.add(para(s[1]));
        java.util.List<Block> whole = new java.util.ArrayList<>(article);
        for (String[] c : CARDS) {
            whole.add(link(c[0]));
            whole.add(para(c[1]));
        }
        assertTrue(Choice.leadsCards(article, whole));
    }

    private static Block link(String text) {
        return new Block(text, Block.Kind.PARAGRAPH, 0, false, text.length(), text.length(), java.util.List.of());
    }

    private static Block heading(String text) {
        return new Block(text, Block.Kind.HEADING, 2, false, text.length(), 0, java.util.List.of());
    }

    private static Block para(String text) {
        return new Block(text, Block.Kind.PARAGRAPH, 0, false, text.length(), 0, java.util.List.of());
    }
}
