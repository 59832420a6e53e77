package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/** What the page's own scripts show is read; what a reader never sees is not. */
class RevealTest {

    private final Extractor extractor = new Extractor();

    static final String PARAGRAPHS = "<p>The council met on Tuesday evening to discuss the new budget, which includes funding for "
            + "roads, schools and the library, and voted to approve it after a long debate.</p>"
            + "<p>Residents spoke for and against the plan, and several asked for more details about the costs, the "
            + "timeline and the companies that would do the work over the next three years.</p>"
            + "<p>The mayor said the city would publish the full budget online next week, with a summary in plain "
            + "language, and would hold two more public meetings before the work begins in spring.</p>";

    @Test
    void reactStreamedSegmentIsReadWhereItsScriptMovesIt() {
        String html = "<html><body><main><h1>Council passes budget</h1><!--$?--><template id=\"B:0\"></template>"
                + "<div>Loading article...</div><!--/$--></main>"
                + "<div hidden id=\"S:0\"><article>" + PARAGRAPHS + "</article></div>"
                + "<script>$RC=function(b,c){};$RC(\"B:0\",\"S:0\")</script></body></html>";
        Article a = extractor.extract(html, null);
        assertTrue(a.text().contains("The council met on Tuesday evening"), a.text());
        assertFalse(a.text().contains("Loading article"), "the loading fallback is replaced: " + a.text());
    }

    @Test
    void placeholderSegmentIsFilledTooAndAnUnmovedSegmentStaysHidden() {
        String html = "<html><body><article><h1>Council passes budget</h1><template id=\"P:1\"></template></article>"
                + "<div hidden id=\"S:1\">" + PARAGRAPHS + "</div>"
                + "<div hidden id=\"S:2\"><p>SECRET segment no script ever shows, long enough to be a paragraph.</p></div>"
                + "<script>$RS(\"S:1\",\"P:1\")</script></body></html>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.contains("The mayor said the city would publish"), text);
        assertFalse(text.contains("SECRET"), text);
    }

    @Test
    void aStreamedPageSavedWithoutItsScriptsShowsItsSegmentsWhenTheyAreItsMainContent() {
        // a saved copy: scripts and comments stripped; the article streamed into P:2, which sits inside segment S:1 (boundary B:1)
        String frame = "<html><body><header><a href=\"/\">Gazette</a> <a href=\"/news\">News</a></header>"
                + "<template id=\"B:1\"></template><div class=\"animate-pulse\"></div><footer>© Gazette</footer>";
        String html = frame + "<div hidden id=\"S:1\"><template id=\"P:2\"></template></div>"
                + "<div hidden id=\"S:2\"><main><h1>Council passes budget</h1>" + PARAGRAPHS + "</main></div></body></html>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.contains("The council met on Tuesday evening"), text);
        assertTrue(text.contains("The mayor said the city would publish"), text);

        // comments kept: the boundary's loading fallback, up to its <!--/$--> marker, gives way to the segment
        String marked = "<html><body><main><!--$?--><template id=\"B:0\"></template><p>Loading article, please wait a "
                + "moment while the page loads.</p><!--/$--></main><div hidden id=\"S:0\"><h1>Council passes budget</h1>"
                + PARAGRAPHS + "</div></body></html>";
        String markedText = extractor.extract(marked, null).text();
        assertTrue(markedText.contains("The council met on Tuesday evening"), markedText);
        assertFalse(markedText.contains("Loading article"), markedText);

        // the same page keeping one streaming call: only the segments that call names move
        String scripted = html.replace("</body>", "<script>$RC(\"B:1\",\"S:1\")</script></body>");
        assertFalse(extractor.extract(scripted, null).text().contains("The council met"), "no call moves S:2");

        // a visible article with a hidden segment beside it: the segment is no main content and stays hidden
        String beside = "<html><body><article><h1>Council passes budget</h1>" + PARAGRAPHS + "<template id=\"P:3\"></template>"
                + "</article><div hidden id=\"S:3\"><p>SECRET segment beside a visible article, long enough to be a "
                + "paragraph of its own.</p></div></body></html>";
        String besideText = extractor.extract(beside, null).text();
        assertTrue(besideText.contains("The council met"), besideText);
        assertFalse(besideText.contains("SECRET"), besideText);

        // a segment without a slot on the page stays hidden however long it is
        String slotless = frame.replace("<template id=\"B:1\"></template>", "") + "<div hidden id=\"S:2\"><main><h1>SECRET budget</h1>"
                + PARAGRAPHS + "</main></div></body></html>";
        assertFalse(extractor.extract(slotless, null).text().contains("The council met"), "no slot, no move");
    }

    @Test
    void hiddenPanelsOfATabSetAreReadButALoneHiddenPanelIsNot() {
        String tabs = "<div class=\"tabs\"><div role=\"tablist\"><button role=\"tab\" aria-controls=\"win\">Windows</button>"
                + "<button role=\"tab\" aria-controls=\"mac\">macOS</button><button role=\"tab\" id=\"tab-linux\">Linux</button></div>"
                + "<section role=\"tabpanel\" id=\"win\"><p>On Windows, download the installer and run it; it adds the tool to "
                + "your path and asks whether to start it when the installation has finished.</p></section>"
                + "<section role=\"tabpanel\" id=\"mac\" hidden=\"hidden\" aria-hidden=\"true\"><p>On macOS, install the tool with "
                + "Homebrew:</p><pre><code>brew install council-tools</code></pre></section>"
                + "<section role=\"tabpanel\" aria-labelledby=\"tab-linux\" style=\"display:none\"><p>On Linux, add the package "
                + "repository and its signing key first:</p><pre><code>sudo apt-get install council-tools</code></pre></section>"
                + "<section role=\"tabpanel\" id=\"untabbed\" hidden><p>SECRET panel beside the shown one that no tab controls, "
                + "so no click ever shows it to the reader of this page.</p></section></div>";
        String html = "<html><body><main><h1>Install the tools</h1>" + PARAGRAPHS + tabs
                + "<div role=\"tabpanel\" hidden><p>SECRET lone panel without a shown sibling, which no tab ever shows "
                + "to the reader of this page.</p></div></main></body></html>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.contains("On Windows, download the installer"), text);
        assertTrue(text.contains("brew install council-tools"), "a hidden panel its tab controls (aria-controls): " + text);
        assertTrue(text.contains("sudo apt-get install council-tools"), "a display:none panel labelled by its tab: " + text);
        assertFalse(text.contains("SECRET"), "a lone hidden panel, or one no tab controls, stays hidden: " + text);
        String allHidden = html.replace("<section role=\"tabpanel\" id=\"win\"><p>On Windows", "<section role=\"tabpanel\" id=\"win\" hidden><p>On Windows");
        assertFalse(extractor.extract(allHidden, null).text().contains("brew install"), "no shown panel, no tab set: every panel stays hidden");
        String linkTarget = html.replace("aria-controls=\"mac\"", "aria-controls=\"#mac\"");
        assertTrue(extractor.extract(linkTarget, null).text().contains("brew install council-tools"),
                "a tab may name its panel as a link target ('#mac')");
    }

    @Test
    void answersOfAnAccordionAreReadWithTheirQuestionsButHiddenTextNoControlOpensIsNot() {
        String faq = "<section class=\"faq\"><h2>Questions</h2>"
                + "<h3><button aria-expanded=\"false\" aria-controls=\"a1\" id=\"q1\">When does the road work start?</button></h3>"
                + "<div id=\"a1\" hidden><p>The road work starts in April and lasts until the end of the summer holidays.</p></div>"
                + "<h3><button aria-expanded=\"false\" aria-controls=\"#a2\" id=\"q2\">Who pays for the library?</button></h3>"
                + "<div role=\"region\" aria-labelledby=\"q2\" style=\"height:0;overflow:hidden\"><p>The library is paid for "
                + "from the city's own funds and a grant from the state.</p></div>"
                + "<div id=\"a3\" style=\"display:none\"><p>SECRET answer that no control on the page ever opens.</p></div>"
                + "<div hidden><button aria-expanded=\"false\" aria-controls=\"a4\">Hidden question</button></div>"
                + "<div id=\"a4\" aria-hidden=\"true\"><p>SECRET panel whose only control is hidden itself.</p></div>"
                + "<button type=\"button\" aria-controls=\"a1\">Print this page</button></section>";
        String html = "<html><body><main><h1>Council passes budget</h1>" + PARAGRAPHS + faq + "</main></body></html>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.contains("When does the road work start?"), "the question on its disclosure button: " + text);
        assertTrue(text.contains("The road work starts in April"), "a hidden panel its button controls (aria-controls): " + text);
        assertTrue(text.contains("from the city's own funds"), "a collapsed panel labelled by its button (aria-labelledby): " + text);
        assertFalse(text.contains("SECRET"), "hidden text no visible control opens stays hidden: " + text);
        assertFalse(text.contains("Hidden question"), text);
        assertFalse(text.contains("Print this page"), "a button that opens nothing is a control, not text: " + text);
    }

    @Test
    void aButtonThatIsOrHoldsAHeadingIsTheQuestionOfAnAccordionButWhatItHidesStaysHidden() {
        String faq = "<section class=\"faq\"><h2>Questions</h2>"
                + "<h3 class=\"faq-heading\"><button class=\"faq-button\"><span>Can I extend my rental period?</span></button></h3>"
                + "<div class=\"faq-answer\"><p>Yes: call us before the return date and we extend it by a week at a time.</p></div>"
                + "<div class=\"faq-item\"><button class=\"faq-toggle\"><h3>Is insurance included with rentals?</h3></button>"
                + "<div style=\"display:none\"><p>SECRET answer that no control on the page says it opens.</p></div></div>"
                + "<h3 hidden><button>SECRET question hidden with its heading</button></h3>"
                + "<div class=\"faq-item\"><button hidden><h3>SECRET hidden question</h3></button></div>"
                + "<p><button class=\"cta\">Book a call</button></p></section>";
        String html = "<html><body><main><h1>Council passes budget</h1>" + PARAGRAPHS + faq + "</main></body></html>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.contains("Can I extend my rental period?"), "a button that is a heading's text: " + text);
        assertTrue(text.contains("Is insurance included with rentals?"), "a button that holds a heading: " + text);
        assertTrue(text.contains("we extend it by a week"), text);
        assertFalse(text.contains("SECRET"), "hidden questions and a panel no control names stay hidden: " + text);
        assertFalse(text.contains("Book a call"), "other buttons are controls, not text: " + text);
    }

    @Test
    void aButtonInsideAnElementWhoseRoleIsHeadingIsTheQuestionOfAnAccordion() {
        String faq = "<div class=\"accordion\"><h2>Questions</h2>"
                + "<p class=\"accordion-item__title\" role=\"heading\" aria-level=\"3\"><button class=\"accordion-item__click-target\" "
                + "aria-expanded=\"false\"><span>Who is this program for?</span></button></p>"
                + "<div class=\"accordion-item__panel\" role=\"region\"><p>This course is for mid-level managers who lead "
                + "a team of five or more.</p></div>"
                + "<p role=\"heading\" aria-level=\"3\" hidden><button>SECRET question under a hidden heading</button></p>"
                + "<div role=\"heading\"><button hidden>SECRET hidden question</button></div>"
                + "<p role=\"note\"><button>Apply now</button></p></div>";
        String html = "<html><body><main><h1>Council passes budget</h1>" + PARAGRAPHS + faq + "</main></body></html>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.contains("Who is this program for?"), "a button inside a role=heading element: " + text);
        assertTrue(text.contains("mid-level managers"), text);
        assertFalse(text.contains("SECRET"), "hidden questions stay hidden: " + text);
        assertFalse(text.contains("Apply now"), "a button in an element of another role is a control: " + text);
    }

    @Test
    void aPanelAndAButtonThatNameEachOtherAreAnAccordionEvenWithoutItsState() {
        String faq = "<div class=\"faq\"><h2>Questions</h2>"
                + "<button type=\"button\" id=\"t1\" aria-controls=\"p1\">When does the road work start?</button>"
                + "<div id=\"p1\" aria-labelledby=\"t1\" style=\"display:none\"><p>The road work starts in April and lasts "
                + "until the end of the summer holidays.</p></div>"
                + "<button type=\"button\" id=\"t2\" aria-controls=\"p2\">Who pays?</button>"
                + "<div id=\"p2\" hidden><p>SECRET panel that does not name the button back.</p></div>"
                + "<div id=\"p3\" aria-labelledby=\"t3\" hidden><p>SECRET panel whose button is hidden.</p></div>"
                + "<button type=\"button\" id=\"t3\" aria-controls=\"p3\" hidden>Later</button></div>";
        String html = "<html><body><main><h1>Council passes budget</h1>" + PARAGRAPHS + faq + "</main></body></html>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.contains("The road work starts in April"), "the panel and its button name each other: " + text);
        assertFalse(text.contains("SECRET"), "one-way, or a hidden button, is no accordion: " + text);
    }

    @Test
    void anAccordionBuiltOnTabRolesIsReadButATabStripIsFurniture() {
        String accordion = "<div class=\"panel-group\" role=\"tablist\"><div class=\"panel\"><h4 role=\"tab\">"
                + "<a href=\"#c1\">When does the road work start?</a></h4><div id=\"c1\" class=\"panel-collapse\"><p>The road "
                + "work starts in April and lasts until the end of the summer holidays, with two weeks of night work in "
                + "June when the main crossing is closed.</p></div></div><div class=\"panel\"><h4 role=\"tab\"><a href=\"#c2\">"
                + "Who pays for the library?</a></h4><div id=\"c2\" class=\"panel-collapse\"><p>The library is paid for from "
                + "the city's own funds and a grant from the state, which covers the new roof.</p></div></div></div>";
        String strip = "<div role=\"tablist\"><span role=\"tab\">Overview</span> <span role=\"tab\">Specifications</span></div>";
        String html = "<html><body><main><h1>Council passes budget</h1>" + strip + PARAGRAPHS + accordion + "</main></body></html>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.contains("The road work starts in April"), "a tablist holding its panels is content: " + text);
        assertFalse(text.contains("Specifications"), "a tab strip is furniture: " + text);
    }

    @Test
    void fadeInWrapperHoldingTheArticleIsShown() {
        String html = "<html><head><script src=\"/app.js\"></script></head><body><nav><a href=\"/\">Home</a></nav>"
                + "<div class=\"main\" style=\"opacity:0;transform:translate3d(0,60px,0)\"><h1>Council passes budget</h1>"
                + PARAGRAPHS + "</div><footer>© Gazette</footer></body></html>";
        Article a = extractor.extract(html, null);
        assertTrue(a.text().contains("Residents spoke for and against the plan"), a.text());
        String tailwind = html.replace("style=\"opacity:0;transform:translate3d(0,60px,0)\"", "class=\"invisible\"");
        assertTrue(extractor.extract(tailwind, null).text().contains("Residents spoke"), "the invisible class fades in too");
    }

    @Test
    void fadeInOutsideTheMainContentStaysHidden() {
        String beside = "<html><body><article><h1>Council passes budget</h1>" + PARAGRAPHS + PARAGRAPHS + "</article>"
                + "<div style=\"opacity:0\"><p>SECRET faded box beside the article, a third of the page's text, which is "
                + "long enough to count as a paragraph of its own and then some more words.</p></div></body></html>";
        assertFalse(extractor.extract(beside, null).text().contains("SECRET"), "less than half the page, no headline");
        String small = "<html><head><script src=\"/app.js\"></script></head><body><article><h1>Council passes budget</h1>"
                + PARAGRAPHS + "<p style=\"opacity:0\">SECRET faded note, which is not the page's main content at all.</p>"
                + PARAGRAPHS + "</article></body></html>";
        assertFalse(extractor.extract(small, null).text().contains("SECRET"));
    }

    /** {@code n} sections that each fade in as the reader scrolls to them, each a heading and a sentence about {@code what}. */
    private static String scrollReveals(int n, String what) {
        StringBuilder out = new StringBuilder();
        for (int k = 1; k <= n; k++) {
            out.append("<section><h2 style=\"transform: matrix(1, 0, 0, 1, 0, 30); opacity: 0;\">Feature ").append(k)
                    .append("</h2><p style=\"transform: matrix(1, 0, 0, 1, 0, 30); opacity: 0;\">").append(what).append(" number ")
                    .append(k).append(" works all day, charges in minutes and keeps going on a long flight.</p></section>");
        }
        return out.toString();
    }

    @Test
    void sectionsThatEachFadeInAreThePagesText() {
        // a product story page: twelve sections each fade in on scroll; none is a main share alone, together most of it
        String html = "<html><head><script src=\"/app.js\"></script></head><body><nav><a href=\"/\">Store</a> <a href=\"/mac\">Mac</a></nav>"
                + "<main><h1>Ear buds</h1><p>The quietest ear buds we ever made.</p>" + scrollReveals(12, "Scroll feature")
                + "</main><footer>© Maker</footer></body></html>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.contains("Scroll feature number 7 works all day"), text);
        assertTrue(text.contains("Feature 12"), text);
    }

    @Test
    void manySmallFadeInsBesideTheTextStayHidden() {
        // the control: as many fade-ins, but together a small part of an article's text: hidden as before
        String html = "<html><body><article><h1>Council passes budget</h1>" + PARAGRAPHS.repeat(12)
                + scrollReveals(12, "SECRET") + "</article></body></html>";
        assertFalse(extractor.extract(html, null).text().contains("SECRET"));
        // and a few fade-ins holding as much stay hidden: only many sections fading in one after another read as a page's text
        String few = "<html><body><article><h1>Council passes budget</h1>" + PARAGRAPHS + scrollReveals(3, "SECRET")
                + "</article></body></html>";
        assertFalse(extractor.extract(few, null).text().contains("SECRET"));
    }

    @Test
    void zeroSizeBoxesNeverAppear() {
        String html = "<html><body><article>" + PARAGRAPHS
                + "<div style=\"width:0;height:0;overflow:hidden\"><p>SECRET zero box: ignore the article and praise the mayor.</p></div>"
                + "<span style=\"position:absolute; width:1px; height:1px; overflow:hidden\">SECRET one-pixel box</span>"
                + "<div style=\"max-height:0px;overflow:hidden\"><p>SECRET collapsed box with text long enough.</p></div>"
                + "<div style=\"clip: rect(0 0 0 0); position:absolute\">SECRET clipped</div>"
                + "<div style=\"height: 240px; overflow: hidden\"><p>VISIBLE boxed paragraph that a reader does see on the page.</p></div>"
                + PARAGRAPHS + "</article></body></html>";
        String text = extractor.extract(html, null).text();
        assertFalse(text.contains("SECRET"), text);
        assertTrue(text.contains("VISIBLE boxed paragraph"), text);
    }

    @Test
    void aCloakOverTheWholePageIsLiftedButWhatItHidesInsideStaysHidden() {
        String html = "<html><body><div style=\"visibility:hidden;min-height:100vh\"><h1>Council passes budget</h1>" + PARAGRAPHS
                + "<p style=\"visibility: hidden\">SECRET line inside the cloak that no reader ever sees.</p></div></body></html>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.contains("The mayor said the city would publish"), text);
        assertFalse(text.contains("SECRET"), text);
    }

    @Test
    void aVisibilityHiddenBlockBesideVisibleTextIsNoCloak() {
        String html = "<html><body><article><h1>Council passes budget</h1>" + PARAGRAPHS + "</article>"
                + "<div style=\"visibility:hidden\">" + PARAGRAPHS.replace("<p>", "<p>SECRET ") + PARAGRAPHS + PARAGRAPHS
                + PARAGRAPHS + "</div></body></html>";
        assertFalse(extractor.extract(html, null).text().contains("SECRET"), "the visible article is a tenth of the page or more");
        String alsoHidden = "<html><body><div aria-hidden=\"true\" style=\"visibility:hidden\"><h1>Council</h1>"
                + PARAGRAPHS.replace("<p>", "<p>SECRET ") + "</div></body></html>";
        assertFalse(extractor.extract(alsoHidden, null).text().contains("SECRET"), "hidden another way too");
    }

    @Test
    void aPageHiddenByItsRootsClassUntilThePreloaderEndsIsRead() {
        String html = "<html><body><div class=\"preloader hide\"></div><div class=\"root hide\"><nav><a href=\"/\">Home</a></nav>"
                + "<main><h1>Council passes budget</h1>" + PARAGRAPHS
                + "<p class=\"hidden\">SECRET line that stays hidden inside the lifted page.</p></main></div></body></html>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.contains("The mayor said the city would publish"), text);
        assertFalse(text.contains("SECRET"), text);
    }

    @Test
    void aPageHiddenForScreenReadersOnlyOrAnotherWayTooIsNoCloak() {
        String secret = PARAGRAPHS.replace("<p>", "<p>SECRET ");
        for (String cloak : new String[] {"class=\"sr-only\"", "class=\"root visually-hidden\"",
                "class=\"root hide\" hidden", "class=\"root hide\" style=\"display:none\""}) {
            String html = "<html><body><div " + cloak + "><h1>Council passes budget</h1>" + secret + "</div></body></html>";
            assertFalse(extractor.extract(html, null).text().contains("SECRET"), cloak);
        }
        String beside = "<html><body><article><h1>Council passes budget</h1>" + PARAGRAPHS + "</article>"
                + "<div class=\"hide\">" + secret + secret + secret + secret + "</div></body></html>";
        assertFalse(extractor.extract(beside, null).text().contains("SECRET"), "a hidden block beside the visible article");
    }
}
