package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * Wrappers whose class names furniture but which hold the article: a class that names the page's layout with a
 * sidebar ("layout-sidebar-left", "has-sidebar") is the article's column, not the sidebar; a long stretch of prose
 * under a strong name ("ranking") is the article, unless the name says it is never content (comments).
 */
class MisnamedWrappersTest {

    private final Extractor extractor = new Extractor();

    private static final String INTRO = "<p>Small organisations will find this guidance useful: five quick and affordable steps "
            + "that reduce the chance of becoming a victim of the most common attacks, written for owners without an IT "
            + "department, and checked by the agency's own engineers before it was published this spring.</p>";

    private static String step(int k) {
        return "<h2>Step " + k + "</h2><p>Step " + k + " explains what to do first, what it costs and how long it takes, "
                + "with an example from a bakery and a dental practice that followed the advice and recovered quickly after "
                + "a laptop was stolen and the backups turned out to be complete, because they had been tested every month.</p>";
    }

    private Article page(String layoutClass) {
        StringBuilder steps = new StringBuilder();
        for (int k = 1; k <= 5; k++) steps.append(step(k));
        return page(layoutClass, steps.toString());
    }

    private Article page(String layoutClass, String steps) {
        return extractor.extract("<html><head><title>Small business guide</title>"
                + "<meta property=\"article:published_time\" content=\"2024-11-15T12:00:00Z\"><meta name=\"author\" content=\"Jane Roe\">"
                + "</head><body><main><div class=\"intro\">"
                + "<h1>Small business guide</h1>" + INTRO + INTRO.replace("Small organisations", "Charities") + "</div><div class=\"" + layoutClass + "\"><div class=\"sidebar\">"
                + "<ul><li><a href=\"/a\">Backing up</a></li><li><a href=\"/b\">Malware</a></li><li><a href=\"/c\">Phones</a>"
                + "</li><li><a href=\"/d\">Passwords</a></li></ul></div><div class=\"body\">" + steps + "</div></div></main>"
                + "</body></html>", null);
    }

    @Test
    void aClassNamingTheLayoutWithASidebarIsTheArticlesColumn() {
        for (String layout : new String[] {"c-layout-sidebar-left", "has-sidebar", "content-sidebar-wrap"}) {
            Article a = page(layout);
            assertEquals("article", a.pageType());
            String t = a.text();
            assertTrue(t.contains("Step 1 explains") && t.contains("Step 5 explains"), layout + ": " + t);
            assertFalse(t.contains("Passwords"), "the sidebar itself stays out (" + layout + "): " + t);
        }
    }

    @Test
    void longProseUnderAStrongNameIsKeptButACommentThreadIsNot() {
        StringBuilder schools = new StringBuilder();
        for (int k = 1; k <= 16; k++) schools.append("<section><h3>#").append(k).append(" School ").append(k)
                .append("</h3><p>School ").append(k).append(" offers twelve certificate programs online, in fields from nursing "
                + "to computer programming, with advisers for every student, tutoring around the clock and credits that transfer to "
                + "its degrees; most students finish within eight months while they keep working.</p></section>");
        StringBuilder comments = new StringBuilder();
        for (int k = 1; k <= 20; k++) comments.append("<p>Comment ").append(k).append(": I finished one of these programs last "
                + "year while working nights, and the advisers really did answer within a day; the credits moved to my degree "
                + "without any trouble, so I can recommend it to anyone who is unsure.</p>");
        Article a = page("layout-main", "<div class=\"ranking\">" + schools + "</div><div class=\"comments\">" + comments + "</div>");
        String t = a.text();
        assertTrue(t.contains("School 1 offers") && t.contains("School 16 offers"), t);
        assertFalse(t.contains("Comment 3:"), t);
    }

    /** One ranked school as a card: the strong word sits on the card and, deeper down, on the card's text panel. */
    private static String rankingCard(int k) {
        return "<section class=\"ranking-card shadow\"><div class=\"flex\"><h3>#" + k + " College " + k + "</h3></div>"
                + "<div class=\"ranking-card-panel flex-col\"><div class=\"grid\"><div class=\"cell\"><div class=\"ranking-card-blurb clamp\">"
                + "<h4>Why we chose it</h4><p>College " + k + " runs nine online certificates in accounting, data analysis and "
                + "health care administration; classes start every eight weeks, tuition is charged per credit with no fees for "
                + "books, and every student has an adviser who answers within a day and a tutor in the evening.</p>"
                + "<p>Graduates of College " + k + " may move their credits into a bachelor's degree at the same college, which "
                + "counts work experience too, so most finish the degree within two years while they keep their jobs.</p>"
                + "</div></div></div></div></section>";
    }

    @Test
    void cardsOfTheArticlesOwnRankedListKeepTheirTextButRelatedPostCardsDoNot() {
        StringBuilder cards = new StringBuilder();
        for (int k = 1; k <= 9; k++) cards.append(rankingCard(k));
        StringBuilder related = new StringBuilder();
        for (int k = 1; k <= 6; k++) related.append("<div class=\"related-card\"><a href=\"/post-").append(k)
                .append("\">RELATED post number ").append(k).append(": how to pay for an online certificate program</a></div>");
        Article a = page("layout-main", "<div class=\"school-list\">" + cards + "</div><div class=\"related-posts\">"
                + related + "</div>");
        String t = a.text();
        assertTrue(t.contains("College 1 runs nine") && t.contains("Graduates of College 9 may move"), "the cards are the article: " + t);
        assertFalse(t.contains("RELATED post"), "related-post cards are links and stay out: " + t);
        // two cards are no run: each is a strongly named box as before
        Article two = page("layout-main", "<div class=\"school-list\">" + rankingCard(1) + rankingCard(2) + "</div>");
        assertFalse(two.text().contains("College 2 runs nine"), two.text());
    }

    @Test
    void anAdAbbreviationOnAHeadingOrParagraphIsABlockBuildersNameButAnAdBoxStillGoes() {
        StringBuilder sections = new StringBuilder();
        for (int k = 1; k <= 4; k++) {
            sections.append("<section><h2 class=\"kt-adv-heading" + k + "_a1 wp-block-advancedheading\">Repairs for site " + k + "</h2>")
                    .append("<p class=\"kt-adv-heading" + k + "_b2 wp-block-advancedheading\">Our technicians repair treadmills, bikes and ")
                    .append("rowing machines at site " + k + " within two days, with parts from every major brand kept in stock.</p></section>");
        }
        String html = "<html><head><title>Equipment repair</title></head><body><main><h1>Equipment repair</h1>" + INTRO + sections
                + "<div class=\"adv-slot\"><p>SPONSORED: buy a rowing machine today at half the price, only this week.</p></div>"
                + "<p class=\"ad sponsor\">SPONSORED paragraph named by an ad word and a second negative word.</p></main></body></html>";
        String t = extractor.extract(html, null).text();
        assertTrue(t.contains("Repairs for site 3") && t.contains("rowing machines at site 4"), "headings and paragraphs stay: " + t);
        assertFalse(t.contains("SPONSORED"), "an ad box, and a paragraph another word names so, still go: " + t);
    }
    /** A mega-menu: {@code n} links, each with a line of text inside it, in groups under headings. */
    private static String megaMenu(int n) {
        StringBuilder menu = new StringBuilder("<div class=\"columns\">");
        for (int k = 1; k <= n; k++) {
            if (k % 6 == 1) menu.append("<h5>Solutions ").append(k / 6 + 1).append("</h5>");
            menu.append("<ul><li><a href=\"/solutions/").append(k).append("\"><div>Solution ").append(k)
                    .append("</div><div>Tools and services that help teams of every size do more with less effort.</div></a></li></ul>");
        }
        return menu.append("</div>").toString();
    }

    @Test
    void aMegaMenuThatOutweighsTheArticleIsStillTheSitesMenu() {
        StringBuilder steps = new StringBuilder();
        for (int k = 1; k <= 3; k++) steps.append(step(k));
        String article = "<div class=\"page\"><h1>Small business guide</h1>" + INTRO + steps + "</div>";
        for (String furniture : new String[] {"header", "nav"}) {
            String html = "<html><head><title>Small business guide</title></head><body>" + article + "<" + furniture + ">"
                    + megaMenu(40) + "</" + furniture + "></body></html>";
            Article a = extractor.extract(html, "https://example.com/learn/small-business-guide");
            assertTrue(a.text().contains("Step 3 explains"), furniture + ": " + a.text());
            assertFalse(a.text().contains("Tools and services that help"), "the menu (" + furniture + ") stays out: " + a.text());
        }
        // furniture that is mostly prose, or that holds the headline, is still a mis-named wrapper when it holds most of the text
        String prose = "<html><head><title>Small business guide</title></head><body><h1>Small business guide</h1><header>"
                + INTRO + steps + steps.toString().replace("Step ", "Stage ") + "</header></body></html>";
        assertTrue(extractor.extract(prose, null).text().contains("Stage 3 explains"), "a header of prose is a wrapper");
    }

    @Test
    void aStronglyNamedBlockHoldingMostOfThePagesProseIsTheArticle() {
        StringBuilder body = new StringBuilder();
        for (int k = 1; k <= 8; k++) body.append("<p>Part ").append(k).append(" of the guide explains how a fund that follows ")
                .append("an index keeps its costs low, why <a href=\"/fees-").append(k).append("\">the yearly fee matters most</a> ")
                .append("over thirty years of saving, and what a new investor should check before buying the first shares ")
                .append("through a broker.</p>");
        String html = "<html><head><title>How to invest in index funds</title><meta property=\"article:published_time\" "
                + "content=\"2025-03-05T12:00:00Z\"><meta name=\"author\" content=\"Jane Roe\"></head><body><main>"
                + "<h1>How to invest in index funds</h1><div class=\"key-points card\"><h2>Key points</h2><ul>"
                + "<li>Index funds follow a market index, so a saver buys the whole market at once without picking stocks.</li>"
                + "<li>Choose an index, compare the fees of the funds that follow it, and buy shares through a broker.</li>"
                + "<li>Returns differ from one index to another, so a mix of funds spreads the risk of any single market.</li></ul></div>"
                + "<div class=\"guide-grid-toc-content-sidebar\"><div class=\"article-body\">" + body + "</div></div></main>"
                + "<footer><a href=\"/about\">About us</a></footer></body></html>";
        String t = extractor.extract(html, null).text();
        assertTrue(t.contains("Part 1 of the guide") && t.contains("Part 8 of the guide"), t);
    }
}
