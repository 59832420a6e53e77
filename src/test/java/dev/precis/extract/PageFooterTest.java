package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * The page footer is never the article: not when it is all a script-rendered shop page shows before its scripts run,
 * nor when it outweighs a short article, nor in the relaxed attempt that keeps other furniture; nor is the notice
 * of an app shell that needs scripts. A page built without HTML5's {@code <footer>} names its footer by id
 * ({@code <div id="footer">}): the page footer all the same, however much small print it holds.
 */
class PageFooterTest {

    private final Extractor extractor = new Extractor();

    private static final String FOOTER_COLUMNS = "<div class=\"site-footer\"><div class=\"col\"><h5>Help</h5><p>"
            + "<a href=\"/help\">Help centre</a>, <a href=\"/disputes\">Disputes and reports</a>, <a href=\"/returns\">Returns "
            + "and refunds</a>, <a href=\"/ipr\">Report an infringement</a>.</p></div><div class=\"col\"><h5>Our sites</h5>"
            + "<p>Our group also runs a cloud business, a payments service, a travel agency, a marketplace for wholesale "
            + "buyers and a messaging app for teams, all of them open to shoppers in more than a hundred countries.</p>"
            + "<p>Browse by category: phones, computers, garden tools, toys, clothing, shoes, watches, jewellery, sports "
            + "equipment, car parts and home appliances, with new offers every day of the week.</p></div>"
            + "<p>Copyright 2010-2026 Example Group. All rights reserved. Registered office: 1 Market Street, Springfield.</p></div>";

    @Test
    void aProductShellWhoseScriptsDidNotRunReadsAsEmptyNotAsItsFooter() {
        Article a = extractor.extract("<html><head><title>Wireless keyboard - Example Shop</title>"
                + "<meta property=\"og:type\" content=\"product\"></head><body><div id=\"header\" style=\"height:72px\"></div>"
                + "<div id=\"root\"></div><footer>" + FOOTER_COLUMNS + "</footer></body></html>", "https://shop.example/item/1");
        assertEquals("", a.text(), a.text());
        assertTrue(a.diagnostics().contains(Extractor.TOO_SHORT), a.diagnostics().toString());
    }

    @Test
    void aContentinfoFooterThatOutweighsAShortArticleStaysOut() {
        Article a = extractor.extract("<html><body><div class=\"wrap\"><h1>Library opens on Sundays</h1>"
                + "<p>From next month the town library opens on Sundays from ten until four, the council said on Monday, "
                + "after a survey in which most readers asked for longer weekend hours.</p></div>"
                + "<div role=\"contentinfo\">" + FOOTER_COLUMNS + "</div></body></html>", null);
        assertTrue(a.text().contains("opens on Sundays from ten until four"), a.text());
        assertFalse(a.text().contains("messaging app for teams"), a.text());
        assertFalse(a.text().contains("Registered office"), a.text());
    }

    @Test
    void anAppShellReadsAsEmptyNotAsItsScriptNotice() {
        Article a = extractor.extract("<html><head><title>Dresses | Example Store</title></head><body>"
                + "<noscript>You need to enable JavaScript to run this app.</noscript><div id=\"root\"></div></body></html>", null);
        assertEquals("", a.text(), a.text());
    }

    private static final String SMALL_PRINT = "<p>The notes on this site are general information and not advice for your own "
            + "circumstances; speak to a qualified adviser before you act on anything you read here, and check the figures "
            + "against the current rules, which change every year and differ between regions.</p>"
            + "<p>We have taken care that the information is correct when published but cannot promise it is complete or up "
            + "to date, and we accept no liability for any loss that results from relying on it, including losses caused by "
            + "errors in material that other organisations supplied to us.</p>"
            + "<p>No part of this site may be copied, stored or passed on in any form without written permission, except for "
            + "short quotations in reviews, and the names and logos shown on it belong to their owners, who have not "
            + "endorsed this site or any of the opinions that its writers express.</p>";

    private Article page(String footerId) {
        return extractor.extract("<html><body><div id=\"wrap\"><div id=\"head\"><a href=\"/\">Harbour Mutual</a></div>"
                + "<div id=\"content\"><h1>Insuring a small boat</h1>"
                + "<p>A small boat kept on a mooring needs cover for storm damage and theft, and most policies also pay "
                + "for removing a wreck, which can cost more than the boat itself.</p>"
                + "<p>Ask whether the policy covers the engine when the boat is ashore for the winter.</p></div>"
                + "<div id=\"" + footerId + "\">" + SMALL_PRINT + "</div></div></body></html>", null);
    }

    @Test
    void aFooterNamedByItsIdIsNeverTheArticle() {
        Article a = page("footer");
        assertTrue(a.text().contains("storm damage"), a.text());
        assertFalse(a.text().contains("qualified adviser"), a.text());
    }

    @Test
    void aThemesSiteFooterIdToo() {
        Article a = page("page-footer");
        assertTrue(a.text().contains("storm damage"), a.text());
        assertFalse(a.text().contains("qualified adviser"), a.text());
    }
}
