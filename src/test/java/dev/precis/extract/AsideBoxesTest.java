package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * Boxes a reader skips on any kind of page, found by their label (press/media contacts, author bios),
 * and the service profile of articles nothing attests: the boxes stay out of every reading.
 */
class AsideBoxesTest {

    private final Extractor extractor = new Extractor();

    private static final String PROSE = "<p>The new centre trains technicians in safety, electrical and mechanical skills, with a "
            + "climbing tower and a simulator where trainees practise rescues and repairs in realistic conditions before they ever work on a turbine at sea, and a workshop where they strip and rebuild gearboxes under supervision.</p>"
            + "<p>Local colleges send their students for a week each term, and the first group finished the course in May "
            + "with every one of them passing the final assessment on the first attempt, the operator says in its yearly report, which also lists the jobs its graduates took up in the months after the course.</p>";

    /** An undated, unsigned page of prose in sections: typed article, read with the service profile. */
    private Article undated(String box) {
        return extractor.extract("<html><body><div class=\"page\"><h1>Training centre opens</h1>"
                + "<section class=\"text\">" + PROSE.repeat(6) + "</section>" + box
                + "<section class=\"more\"><h2>What the course covers</h2><p>Rescue drills, first aid at height and the "
                + "electrical systems of modern turbines, taught by engineers who have worked offshore for years.</p></section>"
                + "</div></body></html>", null);
    }

    @Test
    void aMediaContactBoxWithAnAddressNeverAppears() {
        Article a = undated("<div class=\"media-contact\"><h4>Media contact</h4><p>Jane Roe, press office</p>"
                + "<p>press@northwind.example · +44 20 7946 0000</p></div>");
        assertEquals("article", a.pageType());
        assertFalse(a.text().contains("press@northwind.example"), a.text());
        assertFalse(a.text().contains("Jane Roe"), a.text());
    }

    @Test
    void aLabelledContactParagraphNeverAppears() {
        Article a = undated("<p><strong>Press inquiries:</strong> Jane Roe, +1 (555) 010-2030, jane@example.org</p>");
        assertFalse(a.text().contains("jane@example.org"), a.text());
    }

    @Test
    void aParagraphOpeningLikeALabelWithoutContactDetailsStays() {
        Article a = undated("<p>Press inquiries about the centre have doubled since it opened, and the operator now runs "
                + "guided tours for journalists every month.</p>");
        assertTrue(a.text().contains("guided tours for journalists"), a.text());
    }

    @Test
    void anAuthorBioBoxNeverAppears() {
        Article a = undated("<div class=\"box\"><h3>About the author</h3><p>Morag writes about energy and has covered the "
                + "North Sea industry for a decade.</p></div>");
        assertFalse(a.text().contains("covered the North Sea industry"), a.text());
    }

    @Test
    void aBoxHeadedAboutTheBylineNeverAppears() {
        Article a = extractor.extract("<html><body><article><h1>Training centre opens</h1>"
                + "<p class=\"byline\">By <a rel=\"author\" href=\"/m\">Morag Fraser</a></p>" + PROSE + PROSE + PROSE
                + "<div class=\"box\"><h4>About Morag Fraser</h4><p>Morag writes about energy for the paper.</p></div>"
                + "</article></body></html>", null);
        assertTrue(a.byline().contains("Morag Fraser"), a.byline());
        assertFalse(a.text().contains("writes about energy for the paper"), a.text());
    }

    @Test
    void aLongSectionUnderSuchAHeadingIsContent() {
        String longBio = PROSE.repeat(3);
        Article a = undated("<section><h2>About the author</h2>" + longBio.replace("The new centre", "The author's centre") + "</section>");
        assertTrue(a.text().contains("The author's centre"), a.text());
    }

    @Test
    void onlyArticlesNothingAttestsAreReadAsServicePages() {
        PageTypes.Signals bare = signals(Set.of(), false, false);
        assertEquals(PageType.SERVICE, PageTypes.profile(PageType.ARTICLE, bare));
        assertEquals(PageType.ARTICLE, PageTypes.profile(PageType.ARTICLE, signals(Set.of(), true, false)));
        assertEquals(PageType.ARTICLE, PageTypes.profile(PageType.ARTICLE, signals(Set.of(), false, true)));
        assertEquals(PageType.ARTICLE, PageTypes.profile(PageType.ARTICLE, signals(Set.of("newsarticle"), false, false)));
        assertEquals(PageType.FORUM, PageTypes.profile(PageType.FORUM, bare));
        PageTypes.Signals noSections = new PageTypes.Signals(Set.of(), "", 0, 0, 1, 0, 0, 5000, 100, 10, 4000, 0, 0, 0, 0, 0,
                false, false, false);
        assertEquals(PageType.ARTICLE, PageTypes.profile(PageType.ARTICLE, noSections), "one section is not a page of sections");
    }

    private static PageTypes.Signals signals(Set<String> types, boolean dated, boolean authored) {
        return new PageTypes.Signals(types, "", 0, 0, 3, 0, 0, 5000, 100, 10, 4000, 0, 0, 0, 0, 0, false, dated, authored);
    }

    @Test
    void aContactLabelIsRecognisedBehindLeadingSpaceAndMarkup() {
        // the first-character check reads through whitespace, no-break spaces and nested inline elements
        Article a = undated("<p>\u00a0 <span><em>  </em><strong>Media contact:</strong></span> Jane Roe, jane@example.org</p>");
        assertFalse(a.text().contains("jane@example.org"), a.text());
    }

    @Test
    void theFirstCharacterCheckAgreesWithTheLabelPattern() {
        for (String label : Set.of("For media inquiries", "Media contacts", "press office", "News enquiries", "Contacts for the press",
                "Pressekontakt", "Contacto de prensa", "perscontact", "\u00a0Press relations")) {
            String lead = Dom.normalize(label);
            assertTrue(Vocabulary.CONTACT_BOX_LABEL.matcher(lead).lookingAt(), lead);
            assertTrue(Vocabulary.mayStartContactLabel(lead.charAt(0)), lead);
        }
        for (char c : "xZ1-*é\u00a0".toCharArray()) assertFalse(Vocabulary.mayStartContactLabel(c), String.valueOf(c));
        assertEquals('P', Dom.firstTextChar(org.jsoup.Jsoup.parse("<div> <b>\n</b><i> Press</i> office</div>").selectFirst("div")));
        assertEquals(0, Dom.firstTextChar(org.jsoup.Jsoup.parse("<div> <b>\u00a0</b></div>").selectFirst("div")));
    }

    /**
     * The start of a block's label ({@link Dom#leadingStart}) is the start of its leading text, whatever the markup and
     * whitespace, and a label whose start cannot begin a contact label is ruled out by it alone: the gate the pruning
     * passes run before reading the whole label ({@link Cleaner.Labels}).
     */
    @Test
    void aLabelsStartIsTheStartOfItsLeadingText() {
        String[] blocks = {"<div> <b>\n</b><i> Media</i>\n\n   contacts <p>Jane Roe, jane@example.com</p></div>",
                "<div>Press<br>office:   <span>  +44 20 7946 0000</span></div>", "<div>  Contact us today  </div>",
                "<div><p>News</p><p>   </p><p>inquiries</p> to the desk</div>", "<div>   \u00a0 </div>", "<div>Short</div>",
                "<div>" + "word ".repeat(40) + "</div>", "<div>For media enquiries\t\t please write to us</div>"};
        for (String html : blocks) {
            org.jsoup.nodes.Element e = org.jsoup.Jsoup.parse(html).selectFirst("div");
            String whole = Dom.leadingText(e, Tuning.ASIDE_LABEL_CHARS);
            String start = Dom.leadingStart(e, Tuning.ASIDE_LABEL_CHARS, 16);
            assertTrue(whole.startsWith(start), start + " / " + whole);
            assertTrue(start.length() >= 16 || start.equals(whole), start + " / " + whole);
            java.util.regex.Matcher m = Vocabulary.CONTACT_BOX_LABEL.matcher(start);
            boolean ruledOut = !m.lookingAt() && !m.hitEnd();
            if (Vocabulary.CONTACT_BOX_LABEL.matcher(whole).lookingAt()) assertFalse(ruledOut, whole);
        }
        java.util.regex.Matcher m = Vocabulary.CONTACT_BOX_LABEL.matcher("Contact us today");
        assertFalse(m.lookingAt() || m.hitEnd(), "an ordinary label is ruled out by its start");
    }
}
