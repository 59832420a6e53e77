package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The class vocabulary read token by token in place ({@code Names.tokenFlags} looks tokens up by their range in the
 * value): it gives what the vocabulary sets give for each token of {@link Names#tokensOf}.
 */
class NamesTest {

    private static int classFlags(String cls) {
        Element e = Jsoup.parse("<div></div>").selectFirst("div");
        e.attr("class", cls);
        return new Names().ofClass(e);
    }

    /** The flags the vocabulary sets give a value, token by token, as the rule reads (the sidebar rule aside). */
    private static int bySets(String cls) {
        int f = 0;
        for (String t : Names.tokensOf(cls)) {
            if (Vocabulary.STRONG_NEGATIVE_TOKENS.contains(t)) f |= Names.STRONG_NEGATIVE;
            if (Vocabulary.WEAK_NEGATIVE_TOKENS.contains(t)) f |= Names.WEAK_NEGATIVE;
            if (Vocabulary.POSITIVE_TOKENS.contains(t)) f |= Names.POSITIVE;
            if (Vocabulary.JUNK_TOKENS.contains(t)) f |= Names.JUNK;
        }
        return f;
    }

    @Test
    void tokensAreLookedUpInPlace() {
        int mask = Names.STRONG_NEGATIVE | Names.WEAK_NEGATIVE | Names.POSITIVE | Names.JUNK;
        for (String cls : new String[]{"article-body", "Article_Body  entry-content", "ad", "ads-slot x", "a d",
                "comments-list", "comment:reply", "main.text/column", "xad", "advertisement\tpromo", "", "-", "footer-nav"}) {
            assertEquals(bySets(cls), classFlags(cls) & mask, cls);
        }
    }

    @Test
    void aSidebarIsNegativeUnlessALayoutWordNamesAPageWithOne() {
        assertTrue((classFlags("sidebar") & Names.STRONG_NEGATIVE) != 0);
        assertEquals(0, classFlags("has-sidebar") & Names.STRONG_NEGATIVE);
        assertEquals(0, classFlags("content-sidebar-wrap") & Names.STRONG_NEGATIVE);
    }

    @Test
    void onAProductPageAReviewTokenIsAStrongNegativeWhereverItStands() {
        for (String cls : new String[]{"product-reviews", "Reviews", "sidebar review", "card review-list", "x_review:y"}) {
            Element e = Jsoup.parse("<div></div>").selectFirst("div");
            e.attr("class", cls);
            assertTrue((new Names(false, true).ofClass(e) & Names.STRONG_NEGATIVE) != 0, cls);
            assertEquals(new Names(false, false).ofClass(e) | Names.STRONG_NEGATIVE,
                    new Names(false, true).ofClass(e) | Names.STRONG_NEGATIVE, "nothing else changes: " + cls);
        }
        Element other = Jsoup.parse("<div class=\"preview reviewer\"></div>").selectFirst("div");
        assertEquals(new Names(false, false).ofClass(other), new Names(false, true).ofClass(other), "no review token");
    }
}
