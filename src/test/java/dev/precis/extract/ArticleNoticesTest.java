package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * What an article's body carries besides its text and a reader skips: the author's bio at its start or end (found by
 * the byline's name, whatever the box's class), an affiliate disclosure, a reading-time note and the feedback and like
 * widgets under a post. Each stays out; the same words as the article's own text stay in.
 */
class ArticleNoticesTest {

    private final Extractor extractor = new Extractor();

    private static final String PROSE = "<p>The new centre trains technicians in safety, electrical and mechanical skills, with a "
            + "climbing tower and a simulator where trainees practise rescues and repairs in realistic conditions before they ever "
            + "work on a turbine at sea, and a workshop where they strip and rebuild gearboxes under supervision.</p>"
            + "<p>Local colleges send their students for a week each term, and the first group finished the course in May "
            + "with every one of them passing the final assessment on the first attempt, the operator says in its yearly report.</p>";

    private static final String BIO = "Morag Fraser is a freelance writer based in Aberdeen who has covered the energy "
            + "industry for a decade, from the North Sea rigs to the wind farms that replace them.";

    /** An article signed by {@code author} (meta tag), its body between {@code before} and {@code after}. */
    private Article article(String author, String before, String after) {
        return extractor.extract("<html><head><meta name=\"author\" content=\"" + author + "\">"
                + "<meta property=\"og:type\" content=\"article\"></head><body><article><h1>Training centre opens</h1>"
                + before + PROSE + PROSE + PROSE + after + "</article></body></html>", null);
    }

    @Test
    void aLabelledBioAtTheEndNeverAppears() {
        Article a = article("Morag Fraser", "", "<div class=\"css-1x2y\"><p>About the author: " + BIO + "</p>"
                + "<p>Morag holds a degree in engineering from the University of Strathclyde.</p></div>");
        assertFalse(a.text().contains("freelance writer based in Aberdeen"), a.text());
        assertFalse(a.text().contains("University of Strathclyde"), a.text());
        assertTrue(a.text().contains("yearly report"), a.text());
    }

    @Test
    void aCookieNoticeAtThePagesEdgeIsLeftOutAndTheSameWordsInsideTheTextStay() {
        String notice = "<p>Harbourline uses cookies to improve the site and measure traffic. By using our site, you agree to our "
                + "cookie use and Privacy Policy.</p>";
        String inside = "<p>The operator's booking app warns that by using it you agree to cookies, a notice the report calls "
                + "unclear.</p>";
        StringBuilder more = new StringBuilder();
        for (int k = 1; k <= 4; k++) {
            more.append("<p>Closing paragraph ").append(k).append(" of the report: trainees from the first intake now work on ")
                    .append(k + 2).append(" wind farms along the coast, and the operator plans a second centre.</p>");
        }
        Article a = article("Morag Fraser", "", inside + more + notice);
        assertFalse(a.text().contains("Harbourline uses cookies"), a.text());
        assertTrue(a.text().contains("booking app warns that by using it you agree to cookies"), a.text());
        assertTrue(a.text().contains("yearly report"), a.text());
    }

    @Test
    void anUnlabelledBioAtTheEndStaysAsReadabilityKeepsIt() {
        Article a = article("Morag Fraser", "", "<div class=\"css-1x2y\"><p>" + BIO + "</p></div>");
        assertTrue(a.text().contains("freelance writer based in Aberdeen"), a.text());
    }

    @Test
    void theAuthorsBioAtTheStartNeverAppears() {
        Article a = article("Morag Fraser", "<div class=\"header-data\"><p>" + BIO + "</p></div>", "");
        assertFalse(a.text().contains("freelance writer based in Aberdeen"), a.text());
        assertTrue(a.text().startsWith("The new centre"), a.text());
    }

    @Test
    void aBioUnderALabelAtTheStartNeverAppears() {
        Article a = article("Morag Fraser", "<div><p>About the author: " + BIO + "</p></div>", "");
        assertFalse(a.text().contains("freelance writer based in Aberdeen"), a.text());
        assertTrue(a.text().startsWith("The new centre"), a.text());
    }

    @Test
    void aOneLineIntroductionOfTheAuthorAboveTheTextStays() {
        Article a = article("Morag Fraser", "<p><em>Morag Fraser is a researcher at the Energy Institute.</em></p>", "");
        assertTrue(a.text().contains("researcher at the Energy Institute"), a.text());
    }

    @Test
    void anOrganisationSigningItsOwnPageKeepsItsParagraphs() {
        Article a = article("Northwind", "", "<p>Northwind is a training provider that has run courses for offshore "
                + "technicians since 1998 and now works with twelve colleges.</p>");
        assertTrue(a.text().contains("training provider that has run courses"), a.text());
    }

    @Test
    void theAuthorsNameOpeningAParagraphWithinTheTextIsNotABio() {
        Article a = article("Morag Fraser", "", "<p>Morag Fraser is a freelance writer, she told the trainees, "
                + "and she would write about them.</p>" + PROSE + PROSE);
        assertTrue(a.text().contains("she would write about them"), a.text());
    }

    @Test
    void anAffiliateDisclosureAtTheStartNeverAppears() {
        Article a = article("Morag Fraser", "<p>This post may contain affiliate links. If you buy through them, we may earn a "
                + "small commission at no extra cost to you.</p>", "");
        assertFalse(a.text().contains("affiliate links"), a.text());
        assertTrue(a.text().contains("The new centre"), a.text());
    }

    @Test
    void anAffiliateDisclosureUnderAReviewsHeaderNeverAppears() {
        // headline, byline, date, an "updated" line, a photo and its credit, a trust line: the notice is the 7th block
        Article a = article("Morag Fraser", "<p>By Morag Fraser</p><p>Reviewed by Ian Gunn, safety trainer</p>"
                + "<p>Tested at the centre over six weeks</p><figure><img src=\"tower.jpg\" alt=\"\"><figcaption>The climbing "
                + "tower at dawn.</figcaption></figure><p>Credit: North Coast Photo Agency</p>"
                + "<p>We test every course we write about.</p>"
                + "<p>Our guides are free to read. When you book through our links we may earn a small commission, at no "
                + "cost to you.</p>", "");
        assertFalse(a.text().contains("small commission"), a.text());
        assertTrue(a.text().contains("The new centre"), a.text());
    }

    @Test
    void aSitesCommissionNoticeNeverAppears() {
        Article a = article("Morag Fraser", "<p>Trainingguide.example earns commissions from some listed providers. "
                + "Editorial guidelines.</p>", "");
        assertFalse(a.text().contains("earns commissions"), a.text());
    }

    @Test
    void anEarnMoneyWhenYouClickNoticeNeverAppears() {
        Article a = article("Morag Fraser", "<p>We may earn money when you click our links.</p>", "");
        assertFalse(a.text().contains("earn money"), a.text());
        assertTrue(a.text().contains("The new centre"), a.text());
        assertFalse(BlockWriter.isDisclosure("The trainees hope to earn money when they qualify.", Block.Kind.PARAGRAPH));
    }

    @Test
    void commissionsInTheMiddleOfTheTextAreTheText() {
        String middle = "<p>Brokers who earn a commission on each policy sold were not allowed to sell to trainees, "
                + "and the operator says it uses no affiliate links in its course material.</p>";
        Article a = extractor.extract("<html><head><meta property=\"og:type\" content=\"article\"></head><body><article>"
                + "<h1>Training centre opens</h1>" + PROSE + PROSE + middle + PROSE + PROSE + "</article></body></html>", null);
        assertTrue(a.text().contains("Brokers who earn a commission"), a.text());
    }

    @Test
    void readingTimeAndFeedbackWidgetsNeverAppear() {
        Article a = article("Morag Fraser", "<p>5 min read</p>", "<p>Was this article helpful?</p><p>Like this:</p>"
                + "<p>Like Loading…</p><p>Comments are closed.</p>");
        assertFalse(a.text().contains("min read"), a.text());
        assertFalse(a.text().contains("helpful"), a.text());
        assertFalse(a.text().contains("Like"), a.text());
        assertFalse(a.text().contains("Comments are closed"), a.text());
    }

    @Test
    void aBylineReadsAsAPersonsNameOnlyWithTwoCapitalisedWords() {
        assertEquals("Jane", BlockWriter.bylineFirstName("By Jane Roe"));
        assertEquals("Jean-Luc", BlockWriter.bylineFirstName("Jean-Luc Aufranc (CNXSoft)"));
        assertEquals("Amanda", BlockWriter.bylineFirstName("Amanda Furrer, Editor"));
        assertNull(BlockWriter.bylineFirstName("Accruent"));
        assertNull(BlockWriter.bylineFirstName("staff reporter"));
        assertNull(BlockWriter.bylineFirstName(null));
    }

    @Test
    void aDisclosureIsReadOnlyInAShortParagraph() {
        assertTrue(BlockWriter.isDisclosure("As an Amazon Associate we earn from qualifying purchases.", Block.Kind.PARAGRAPH));
        assertFalse(BlockWriter.isDisclosure("As an Amazon Associate we earn from qualifying purchases. " + "x".repeat(400),
                Block.Kind.PARAGRAPH));
        assertFalse(BlockWriter.isDisclosure("We earn a commission", Block.Kind.CODE));
        assertEquals(List.of(), BlockWriter.withoutAuthorBio(List.of(), "Jane Roe"));
    }

    @Test
    void aCardWrittenTwiceInARowShowsOnce() {
        String card = "<div class=\"card\"><h3>Universal Appeal</h3><p>Raising attendance at a space museum in a small town.</p></div>";
        Article a = article("Morag Fraser", "", "<div class=\"cards\">" + card.replace("card\"", "card front\"")
                + card.replace("card\"", "card hover\"") + "</div>");
        String text = a.text();
        assertEquals(text.indexOf("Raising attendance"), text.lastIndexOf("Raising attendance"), text);
        assertEquals(text.indexOf("Universal Appeal"), text.lastIndexOf("Universal Appeal"), text);
    }

    @Test
    void onlyShortBlocksRepeatedRightAfterThemselvesGo() {
        Block card = new Block("Universal Appeal", Block.Kind.HEADING, 3, false, 16, 0, List.of());
        Block line = new Block("Raising attendance at a space museum.", Block.Kind.PARAGRAPH, 0, false, 31, 0, List.of());
        Block other = new Block("Something else entirely.", Block.Kind.PARAGRAPH, 0, false, 21, 0, List.of());
        assertEquals(List.of(card, line, other), BlockWriter.withoutRepeats(List.of(card, line, card, line, other)));
        assertEquals(List.of(card, line, other, card, line), BlockWriter.withoutRepeats(List.of(card, line, other, card, line)));
        String prose = "A paragraph of prose said twice on purpose. ".repeat(8);
        Block p = new Block(prose, Block.Kind.PARAGRAPH, 0, false, prose.length(), 0, List.of());
        assertEquals(List.of(p, p), BlockWriter.withoutRepeats(List.of(p, p)));
    }
}
