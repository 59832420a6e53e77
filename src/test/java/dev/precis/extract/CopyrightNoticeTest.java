package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A site's copyright notice at the end of the reading ("Copyright © 2026 …. All rights reserved.", "© 2026 Name"), in a
 * box whose tag and class say nothing, is left out of an article and of a forum thread; a credit that names a copyright
 * inside a sentence stays, and so does a program's banner quoted in a code block.
 */
class CopyrightNoticeTest {

    private final Extractor extractor = new Extractor();

    private static final String PROSE = "<p>The valley's orchard growers met in the old grange hall on Thursday to share what the "
            + "late frost did to the apple blossom, and most of them said the trees on the lower slopes lost more than half "
            + "their flowers while the ones up by the ridge came through almost untouched by the cold.</p>"
            + "<p>The cooperative will send its agronomist round every farm in the coming weeks to count the set fruit, and "
            + "growers who lost most of their crop may ask for an advance on next year's contract, the chair told the meeting "
            + "before it moved on to the price of crates and the new cold store.</p>";

    private Article article(String end) {
        return extractor.extract("<html><head><title>Frost cuts the apple blossom</title>"
                + "<meta property=\"og:type\" content=\"article\">"
                + "<meta property=\"article:published_time\" content=\"2026-04-22T08:00:00Z\"></head><body>"
                + "<div class=\"wrap-3\"><h1>Frost cuts the apple blossom</h1><p class=\"byline\">By Mara Quillfeather</p>"
                + PROSE.repeat(4) + end + "</div></body></html>", null);
    }

    @Test
    void anArticlesClosingCopyrightNoticeIsLeftOut() {
        Article a = article("<div class=\"x9\"><p>Copyright © 2026 Valley Courier Media. All rights reserved.</p></div>");
        assertEquals("article", a.pageType());
        assertTrue(a.text().contains("new cold store"), a.text());
        assertFalse(a.text().contains("All rights reserved"), a.text());
    }

    @Test
    void aShortMarkAndYearIsANoticeToo() {
        Article a = article("<div class=\"x9\"><p>© 2026 Valley Courier</p></div>");
        assertTrue(a.text().contains("new cold store"), a.text());
        assertFalse(a.text().contains("Valley Courier"), a.text());
    }

    @Test
    void aReprintCreditInASentenceStays() {
        Article a = article("<p>This report first ran in the Orchard Almanac, by Ilse Brandvold, Copyright 2025, and is printed "
                + "here with permission.</p>");
        assertTrue(a.text().contains("by Ilse Brandvold, Copyright 2025"), a.text());
    }

    @Test
    void aBannerInACodeBlockStays() {
        Article a = article("<pre>Boot loader 2.1\n(c) Copyright 1991-1995, Orchard Systems Inc.\nAll rights reserved</pre>");
        assertTrue(a.text().contains("All rights reserved"), a.text());
    }

    @Test
    void aThreadsClosingCopyrightNoticeIsLeftOut() {
        StringBuilder posts = new StringBuilder();
        for (int k = 1; k <= 4; k++) {
            posts.append("<div class=\"message\"><div class=\"who\">grower").append(k).append("</div><p>Post ").append(k)
                    .append(": our lower rows lost most of the blossom too, and the bees hardly flew that week, so I expect "
                            + "a thin crop and small fruit on what did set, though the pears look better than the apples.</p></div>");
        }
        Article a = extractor.extract("<html><head><title>Frost damage this spring - Growers Forum</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"DiscussionForumPosting\","
                + "\"headline\":\"Frost damage this spring\"}</script></head><body><h1>Frost damage this spring</h1>"
                + "<div class=\"thread\">" + posts + "<div class=\"x9\">Growers Forum, Inc. © 2026. All rights reserved.</div></div>"
                + "</body></html>", null);
        assertEquals("forum", a.pageType());
        assertTrue(a.text().contains("Post 4:"), a.text());
        assertFalse(a.text().contains("All rights reserved"), a.text());
    }

    /** The pattern is tried only on lines with a copyright mark: every line it finds a notice in holds one. */
    @Test
    void everyNoticeHoldsAMark() {
        String[] lines = {"© 2026 Orchard News", "Copyright 2026 Orchard News", "COPYRIGHT © 2026. All rights reserved.",
                "(C) 2026 the growers", "All rights reserved (c) Orchard News", "All Rights Reserved. Copyright Orchard News",
                "cOpYrIgHt 1999", "Text (c) the cooperative, all rights reserved", "Orchard News, all rights reserved",
                "The growers hold the copyright to the photos", "Frost cuts the blossom", "(see page 2)", "Cold store: 2026",
                "c", "", "copyrigh", "(c", "All rights reserved 2026", "\u00a9 2026"};
        int notices = 0;
        for (String line : lines) {
            boolean notice = Vocabulary.COPYRIGHT_NOTICE.matcher(line).find();
            if (notice) {
                notices++;
                assertTrue(BlockWriter.holdsCopyrightMark(line), line);
            }
        }
        assertEquals(9, notices, "the notices among the lines");
        assertFalse(BlockWriter.holdsCopyrightMark("Orchard News, all rights reserved"));
        assertFalse(BlockWriter.holdsCopyrightMark("Frost (cold) cuts the blossom"));
        assertTrue(BlockWriter.holdsCopyrightMark("The growers hold the copyright to the photos"));
    }
}
