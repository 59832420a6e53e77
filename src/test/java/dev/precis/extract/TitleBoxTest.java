package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A block only weakly named like furniture ("header", "hero") that holds the page's headline is the page's
 * title box and stays, however short; the same name on a block without the headline still prunes it.
 */
class TitleBoxTest {

    private static Cleaner.Pruning prune(String bodyHtml) {
        Document doc = Jsoup.parse("<html><body>" + bodyHtml + "</body></html>");
        Element body = doc.body();
        return Cleaner.prune(body, TextSizes.of(body, 64), new Names(), true, Cleaner.Vocab.ALL, false);
    }

    private static final String GRID = "<ul class=\"grid\"><li><a href=\"/p/1\">Trail runner watch</a> $199.00</li>"
            + "<li><a href=\"/p/2\">Road runner watch</a> $249.00</li><li><a href=\"/p/3\">Ultra watch</a> $499.00</li></ul>";

    @Test
    void aShortTitleBoxHoldingTheHeadlineStays() {
        Cleaner.Pruning p = prune("<div class=\"category-header\"><h1>GPS watches</h1><p>Want to know how far you ran? "
                + "These watches track distance, time and pace.</p></div>" + GRID);
        Element box = p.pruned.stream().filter(e -> e.hasClass("category-header")).findFirst().orElse(null);
        assertTrue(box == null, "the title box was pruned");
    }

    @Test
    void theSameNameWithoutTheHeadlineIsStillPruned() {
        Cleaner.Pruning p = prune("<h1>GPS watches</h1><div class=\"promo-header\"><p>Free shipping on orders over $99.</p></div>"
                + GRID);
        assertTrue(p.pruned.stream().anyMatch(e -> e.hasClass("promo-header")), "a weakly named box without the headline stays pruned");
    }

    @Test
    void aBarOfLinksNamedHeaderHoldingTheHeadlineIsStillPruned() {
        Cleaner.Pruning p = prune("<div class=\"site-header\"><h1>Acme</h1><a href=\"/shop\">Shop all watches</a> "
                + "<a href=\"/help\">Help and returns</a> <a href=\"/account\">Your account</a></div>" + GRID);
        assertTrue(p.pruned.stream().anyMatch(e -> e.hasClass("site-header")), "a header that is mostly links is the site's");
    }

    @Test
    void aStronglyNamedBoxHoldingTheHeadlineIsStillPruned() {
        Cleaner.Pruning p = prune("<div class=\"newsletter-header\"><h1>Join our list</h1><p>Deals every week.</p></div>" + GRID);
        assertFalse(p.pruned.isEmpty(), "a strongly named box is pruned even with the headline");
    }

    @Test
    void aHeadingNamedForTheHeroIsTheHeroesTitleAndStays() {
        Cleaner.Pruning p = prune("<h1>GPS watches</h1><section class=\"intro\"><h2 class=\"hero__heading\">Made for long trail runs</h2>"
                + "<h3 class=\"intro-hero-title\">Battery for a week</h3></section>" + GRID);
        assertTrue(p.pruned.stream().noneMatch(e -> e.normalName().startsWith("h")), "a heading named for the hero was pruned: " + p.pruned);
    }

    @Test
    void theHeroNameStillPrunesItsBoxAndAHeadingOtherWordsName() {
        Cleaner.Pruning p = prune("<h1>GPS watches</h1><div class=\"hero__savings\"><p>Save 20% on every watch this week.</p></div>"
                + "<h2 class=\"hero-widget-title\">Follow us</h2>" + GRID);
        assertTrue(p.pruned.stream().anyMatch(e -> e.hasClass("hero__savings")), "a box named hero is still pruned");
        assertTrue(p.pruned.stream().anyMatch(e -> e.hasClass("hero-widget-title")), "a heading another weak word names is still pruned");
    }
}
