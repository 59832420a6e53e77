package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * The forum profile's reading of a thread: every post's text is kept (whatever wraps the posts, however long one of
 * them is), and the furniture each post repeats is left out.
 */
class ForumThreadTest {

    private final Extractor extractor = new Extractor();

    private static final String HEAD = "<html><head><title>Fan noise after the update - Forums</title>"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"DiscussionForumPosting\","
            + "\"headline\":\"Fan noise after the update\"}</script></head><body><h1>Fan noise after the update</h1>";

    private static String reply(int k) {
        return "<p>Reply " + k + ": the fans ramp up here too since the firmware update, and lowering the fan curve in the "
                + "settings helped a little for me, although it still spins up whenever the machine wakes from sleep.</p>";
    }

    private Article read(String body) {
        return extractor.extract(HEAD + body + "</body></html>", null);
    }

    @Test
    void postsWrappedInTheModeratorsFormAreTheThread() {
        StringBuilder posts = new StringBuilder();
        for (int k = 1; k <= 4; k++) posts.append("<article class=\"post\"><div class=\"author\">user").append(k).append("</div>")
                .append(reply(k)).append("</article>");
        String welcome = "<p>Welcome to the hardware forums, where owners help each other with noise, heat and driver "
                + "problems; please read the rules before you post, search for an existing thread first, and keep to the topic.</p>";
        Article a = read("<div class=\"intro\">" + welcome.repeat(3) + "</div><form method=\"post\" action=\"/moderate\">" + posts + "</form>"
                + "<form action=\"/search\"><input name=\"q\"><button>Search the forums</button></form>");
        assertEquals("forum", a.pageType());
        for (int k = 1; k <= 4; k++) assertTrue(a.text().contains("Reply " + k + ":"), a.text());
        assertFalse(a.text().contains("Search the forums"), a.text());
    }

    @Test
    void aConsentDialogNamedByItsIdNeverOutscoresTheThread() {
        StringBuilder posts = new StringBuilder();
        for (int k = 1; k <= 3; k++) posts.append("<div class=\"message\">").append(reply(k)).append("</div>");
        String consent = "<p>We and our partners store and access information on your device, such as cookies, and process "
                + "personal data, such as unique identifiers and browsing data, to measure, personalise and improve the content "
                + "and advertising you see, which you can manage in the settings below at any time.</p>";
        Article a = read("<div class=\"thread\">" + posts + "</div><div id=\"privacy-consent-sdk\"><div class=\"pc\">"
                + consent.repeat(12) + "</div></div>");
        assertTrue(a.text().contains("Reply 1:"), a.text());
        assertFalse(a.text().contains("unique identifiers"), a.text());
    }

    @Test
    void aLongPostDoesNotStandAloneForTheThread() {
        StringBuilder log = new StringBuilder("<pre>");
        for (int k = 0; k < 120; k++) log.append("2024-05-03 10:09:").append(k % 60).append(" ERROR worker ").append(k)
                .append(": fan controller timed out, retrying with the default curve, attempt ").append(k).append("\n");
        log.append("</pre>");
        String posts = "<div class=\"topic-body crawler-post\" id=\"post_1\"><div class=\"post\">" + reply(1) + "</div></div>"
                + "<div class=\"topic-body crawler-post\" id=\"post_2\"><div class=\"post\"><p>Here is the log, I hope "
                + "it shows what goes wrong.</p>" + log + "</div></div>"
                + "<div class=\"topic-body crawler-post\" id=\"post_3\"><div class=\"post\">" + reply(3) + "</div></div>";
        Article a = read("<div id=\"main-outlet\"><div>" + posts + "</div></div>");
        assertTrue(a.text().contains("fan controller timed out"), a.text());
        assertTrue(a.text().contains("Reply 1:"), a.text());
        assertTrue(a.text().contains("Reply 3:"), a.text());
    }

    @Test
    void eachPostsUserPanelEditNoteAndButtonsAreLeftOut() {
        StringBuilder posts = new StringBuilder();
        for (int k = 1; k <= 3; k++) {
            posts.append("<div class=\"postrow\"><div class=\"userinfo\"><div>member").append(k).append("</div><div>Posts: 41")
                    .append(k).append("</div><dl><dt>Joined</dt><dd>Dec 2").append(k).append(", 2009</dd></dl></div>")
                    .append("<div class=\"postbody\"><h3>Re: Fan noise after the update</h3>").append(reply(k))
                    .append("<p>Last edited by member").append(k).append(" on Sun Feb 22, 2026 2:08 am, edited 2 times in total.</p>")
                    .append("<div>3 Likes</div><div>Quote</div></div></div>");
        }
        Article a = read("<div class=\"topic\">" + posts + "</div>");
        String t = a.text();
        assertTrue(t.contains("Reply 1:") && t.contains("Reply 3:"), t);
        assertTrue(t.contains("member2"), "a post keeps its author: " + t);
        for (String furniture : new String[] {"Posts: 41", "Joined", "Dec 21, 2009", "Last edited by", "3 Likes", "Quote",
                "Re: Fan noise"}) {
            assertFalse(t.contains(furniture), furniture + " in: " + t);
        }
    }

    @Test
    void postNumbersAgesQuoteButtonsAndAskPromptsAreLeftOut() {
        StringBuilder posts = new StringBuilder();
        for (int k = 1; k <= 4; k++) {
            posts.append("<div class=\"post\"><div class=\"meta\"><span>member").append(k).append("</span><div>#").append(k).append("</div><div>").append(k)
                    .append(" years ago</div></div>")
                    .append("<div>Reply ").append(k).append("</div>").append(reply(k))
                    .append("<div><a href=\"/posting\">Reply with quote</a></div><div>Multi-quote</div></div>");
        }
        Article a = read("<div class=\"topic\">" + posts + "</div><aside class=\"ask\"><h2>Start asking to get answers</h2>"
                + "<p>Find the answer to your question by asking.</p></aside>");
        String t = a.text();
        assertTrue(t.contains("Reply 1:") && t.contains("Reply 4:"), t);
        for (String furniture : new String[] {"#2", "Reply 3\n", "2 years ago", "Reply with quote", "Multi-quote",
                "Start asking", "Find the answer"}) {
            assertFalse(t.contains(furniture), furniture + " in: " + t);
        }
    }

    @Test
    void aPostsTimeStampLosesOnlyThePostNumberAfterIt() {
        StringBuilder posts = new StringBuilder();
        for (int k = 1; k <= 4; k++) {
            posts.append("<div class=\"post\"><div class=\"topic-avatar\"><span>member").append(k).append("</span><div>April 2").append(k)
                    .append(", 2024, 6:2").append(k).append("am <a href=\"/t/fan-noise/").append(k).append("\">").append(k)
                    .append("</a></div></div>").append(reply(k)).append("</div>");
        }
        String t = read("<div class=\"topic\">" + posts + "</div>").text();
        assertTrue(t.contains("Reply 1:") && t.contains("Reply 4:"), t);
        assertTrue(t.contains("April 23, 2024, 6:23am"), t);
        assertFalse(t.contains("6:23am 3"), t);
    }

    @Test
    void appTagLinesQuestionCountersAndUnrenderedTemplateSlotsAreLeftOut() {
        StringBuilder posts = new StringBuilder();
        for (int k = 1; k <= 3; k++) {
            posts.append("<div class=\"postrow\">").append(reply(k))
                    .append("<p>Sent from my SM-S90").append(k).append("U using Tapatalk</p>")
                    .append("<div class=\"error\">{{ DiscussionBoard.errors[1179311").append(k).append("].message }}</div></div>");
        }
        Article a = read("<div class=\"topic\"><div class=\"stats\"><div>Asked 2 years, 2 months ago</div>"
                + "<div>Modified today</div><div>Viewed 434k times</div></div>" + posts + "</div>");
        String t = a.text();
        assertTrue(t.contains("Reply 1:") && t.contains("Reply 3:"), t);
        for (String furniture : new String[] {"Sent from my", "Tapatalk", "DiscussionBoard", "{{", "Asked 2 years", "Modified today",
                "Viewed 434k"}) {
            assertFalse(t.contains(furniture), furniture + " in: " + t);
        }
    }

    @Test
    void answersTheQuestionsJsonLdDeclaresAreReadFromTheCommentsBlockThatHoldsThem() {
        String q = "My laptop's fans spin at full speed right after the firmware update, even with nothing open, and the "
                + "machine gets hot on the desk; I have reset the settings twice and it did not help. What else can I try?";
        String a1 = "Roll the firmware back to the previous release from the vendor's support page, the fan table changed in this one.";
        String a2 = "Clean the vents with compressed air first, then check the power plan: balanced mode keeps the fans quiet here.";
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"QAPage\","
                + "\"mainEntity\":{\"@type\":\"Question\",\"name\":\"Fans at full speed\",\"text\":\"" + q.replace("'", "\\u0027")
                + "\",\"answerCount\":2,\"acceptedAnswer\":{\"@type\":\"Answer\",\"text\":\"" + a1 + "\"},"
                + "\"suggestedAnswer\":[{\"@type\":\"Answer\",\"text\":\"" + a2 + "\"}]}}</script>";
        StringBuilder comments = new StringBuilder();
        for (String a : new String[] {a1, a2}) {
            comments.append("<div class=\"comment comment-container\"><div class=\"author\">member</div><div class=\"comment-content\"><p>")
                    .append(a).append("</p></div></div>");
        }
        String html = "<html><head><title>Fans at full speed | Forum</title>" + ld + "</head><body><div class=\"node\">"
                + "<h1>Fans at full speed</h1><div class=\"question-body\"><p>" + q + "</p><p>" + q + "</p></div></div>"
                + "<div id=\"comments\" class=\"post-comments hidden-print comment-wrapper\">" + comments + "</div>"
                + "<div class=\"related\"><a href=\"/t/1\">Other threads about fans</a></div></body></html>";
        Article a = extractor.extract(html, null);
        assertEquals("forum", a.pageType());
        String t = a.text();
        assertTrue(t.contains("What else can I try?"), t);
        assertTrue(t.contains("Roll the firmware back") && t.contains("Clean the vents"), "the declared answers are read: " + t);
        assertTrue(t.indexOf("What else can I try?") < t.indexOf("Roll the firmware back"), "after the question: " + t);
    }

    @Test
    void aTemplateExpressionShownAsCodeStays() {
        String docs = "<html><head><title>Forms</title></head><body><article><h1>Working with forms</h1>"
                + "<p>A form renders all of its fields, each with its label and its errors, when the template names it "
                + "in a single expression, and the fields come out in the order the form class declares them.</p>"
                + "<p><code>{{ form }}</code></p>"
                + "<p>To lay the fields out by hand, loop over the form and write each field's label and widget where the "
                + "page design wants them, which is what most projects end up doing for anything but a quick prototype.</p>"
                + "</article></body></html>";
        assertTrue(extractor.extract(docs, null).text().contains("{{ form }}"));
    }

    @Test
    void aQuoteOfAPostShownAboveIsLeftOutAndAQuoteFromElsewhereStays() {
        String first = "<p>The fans ramp up as soon as the firmware update is installed, even when the machine is idle.</p>"
                + "<p>Has anyone found a setting that calms them down again?</p>";
        String quoted = "<blockquote><div>member1 said:</div><p>The fans ramp up as soon as the firmware update is installed, "
                + "even when the machine is idle.</p><p>Has anyone found a setting that calms them down again?</p></blockquote>";
        String outside = "<blockquote><p>Lowering the fan curve below forty percent voids nothing, says the vendor's support page.</p>"
                + "</blockquote>";
        Article a = read("<div class=\"thread\"><div class=\"message\">" + first + "</div>"
                + "<div class=\"message\">" + quoted + reply(2) + "</div>"
                + "<div class=\"message\">" + outside + reply(3) + "</div></div>");
        String t = a.text();
        assertEquals(1, t.split("Has anyone found a setting", -1).length - 1, "the quoted post is read once: " + t);
        assertTrue(t.contains("Reply 2:") && t.contains("Reply 3:"), t);
        assertTrue(t.contains("says the vendor's support page"), "a quote from elsewhere stays: " + t);
    }
    @Test
    void theQuestionAboveItsAnswersIsPartOfTheThread() {
        String question = "<div class=\"question js-question\" id=\"question\"><div class=\"postcell\"><div class=\"s-prose\">"
                + "<p>Since the firmware update my laptop's fans spin at full speed even when it is idle, and the noise wakes "
                + "the whole house at night.</p><p>Is there a way to bring back the old fan curve without rolling back?</p>"
                + "</div></div></div>";
        StringBuilder answers = new StringBuilder("<div id=\"answers\"><h2>4 Answers</h2>");
        for (int k = 1; k <= 4; k++) {
            answers.append("<div class=\"answer js-answer\" itemprop=\"suggestedAnswer\" itemscope itemtype=\"https://schema.org/Answer\">")
                    .append("<div class=\"answercell\"><div class=\"s-prose\">").append(reply(k)).append(reply(k + 10))
                    .append("</div></div></div>");
        }
        answers.append("</div>");
        Article a = extractor.extract("<html><head><title>Fans at full speed after the update - Q&amp;A</title></head>"
                + "<body itemscope itemtype=\"https://schema.org/QAPage\"><div id=\"mainbar\" role=\"main\">"
                + "<div itemprop=\"mainEntity\" itemscope itemtype=\"https://schema.org/Question\">"
                + "<h1 itemprop=\"name\">Fans at full speed after the update</h1>" + question + answers + "</div></div>"
                + "<div id=\"sidebar\"><p>Hot network questions</p></div></body></html>", null);
        String t = a.text();
        assertEquals("forum", a.pageType());
        assertTrue(t.contains("bring back the old fan curve"), "the question is read: " + t);
        assertTrue(t.contains("Reply 1:") && t.contains("Reply 4:"), t);
        assertFalse(t.contains("Hot network questions"), t);
    }

    @Test
    void theOpeningPostInItsOwnBoxAboveTheRepliesStaysWithThem() {
        String opening = "Since the last firmware update my laptop fans spin at full speed as soon as I open a browser tab";
        String head = "<html><head><title>Fan noise after the update - Forums</title><meta name=\"description\" content=\""
                + opening + ", even when the machine is idle.\"></head><body><h1>Fan noise after the update</h1>";
        StringBuilder replies = new StringBuilder();
        for (int k = 1; k <= 6; k++) replies.append("<div class=\"reply\"><div class=\"who\">user").append(k).append("</div>")
                .append(reply(k)).append("</div>");
        String page = head + "<div class=\"thread-head\"><div class=\"first-post\"><div class=\"bubble\"><b>" + opening
                + ", even when the machine is idle.</b></div></div></div><div class=\"thread-body\"><div class=\"reply-list\">" + replies
                + "</div></div></body></html>";
        Article a = extractor.extract(page, null);
        assertEquals("forum", a.pageType());
        assertTrue(a.text().startsWith(opening), a.text());
        for (int k = 1; k <= 6; k++) assertTrue(a.text().contains("Reply " + k + ":"), a.text());
        // the description alone, with no such post on the page, adds nothing
        Article without = extractor.extract(head + "<div class=\"reply-list\">" + replies + "</div></body></html>", null);
        assertFalse(without.text().contains("full speed"), without.text());
    }
}
