package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A discussion whose content is a tree of replies (a short link post and the comments answering each other) is a
 * forum thread and keeps its replies; an article with a comment tree under it keeps only the article.
 */
class ReplyTreeTest {

    private final Extractor extractor = new Extractor();

    private static final String[] REPLIES = {
            "Does the new scheduler also cover posts in private communities, or only in the public ones for now?",
            "Yes, it works everywhere you can post, private or not, as long as you are allowed to post there.",
            "Thanks, that was the one thing keeping me on the old client; I will switch over this weekend.",
            "Is there a way to edit a scheduled post before it goes out, or do I have to delete it and start over?",
            "Not yet, but editing is on the list for the next release, together with a calendar of what is queued.",
            "The spoiler syntax still renders oddly in the mobile app for me, with the markers shown as plain text.",
            "That is the app's bug and already reported there; the web front end shows spoilers the right way.",
    };

    /** A reply and, inside it, the replies that answer it (comment markup as forum and link-aggregator software writes it). */
    private static String reply(int k, String answers) {
        return "<li class=\"comment list-unstyled\"><article class=\"comment-node\"><div class=\"comment-meta\">"
                + "<a href=\"/u/user" + k + "\">user" + k + "</a> <span>3 h</span></div><div class=\"comment-content\"><p>"
                + REPLIES[k] + "</p></div><div class=\"comment-buttons\"><button>Upvote</button><button>Reply</button></div>"
                + "</article>" + (answers.isEmpty() ? "" : "<ul class=\"comments\">" + answers + "</ul>") + "</li>";
    }

    private static String tree() {
        String sub = reply(2, reply(3, ""));
        return "<ul class=\"comments\">" + reply(0, reply(1, sub)) + reply(4, reply(5, reply(6, ""))) + "</ul>";
    }

    private static final String NAV = "<header><nav><a href=\"/\">Home</a> <a href=\"/c\">Communities</a> <a href=\"/login\">Log in</a>"
            + "</nav></header>";

    @Test
    void aLinkPostWithItsReplyTreeIsAThreadAndKeepsEveryReply() {
        Article a = extractor.extract("<html><head><title>New release: post scheduling</title>"
                + "<meta property=\"og:type\" content=\"website\"></head><body>" + NAV
                + "<main><article class=\"post\"><h1>New release: post scheduling</h1><p>Our regular update on what we "
                + "worked on in the past two weeks, so that everyone can keep up with development without reading every "
                + "code review: post scheduling, a new spoiler syntax and faster loading of long threads.</p></article>" + tree()
                + "<div class=\"comment-form\"><textarea></textarea><button>Post comment</button></div></main></body></html>", null);
        assertEquals("forum", a.pageType());
        for (String r : REPLIES) assertTrue(a.text().contains(r), a.text());
        assertTrue(a.text().contains("Our regular update"), a.text());
        assertFalse(a.text().contains("Log in"), a.text());
    }

    @Test
    void anArticleWithItsOwnProseKeepsTheCommentTreeOut() { // dated but not signed: its prose alone keeps it an article
        String para = "<p>The council approved the new cycle lanes on Tuesday after a year of consultation, and the first "
                + "stretch along the river road will open in the spring, with the rest of the network following later by autumn.</p>";
        Article a = extractor.extract("<html><head><title>Cycle lanes approved</title>"
                + "<meta property=\"article:published_time\" content=\"2025-03-01\"></head><body>" + NAV
                + "<article><h1>Cycle lanes approved</h1>" + para.repeat(8) + "</article>" + tree() + "</body></html>", null);
        assertEquals("article", a.pageType());
        assertTrue(a.text().contains("council approved"), a.text());
        for (String r : REPLIES) assertFalse(a.text().contains(r), a.text());
    }

    @Test
    void aShortDatedAndSignedPostStaysAnArticle() {
        Article a = extractor.extract("<html><head><title>Quick note</title>"
                + "<meta name=\"author\" content=\"Jane Roe\"><meta property=\"article:published_time\" content=\"2025-03-01\">"
                + "</head><body>" + NAV + "<main><article class=\"post\"><h1>Quick note</h1><p>A short note on the release "
                + "we shipped this week.</p></article>" + tree() + "</main></body></html>", null);
        assertEquals("article", a.pageType());
        assertTrue(a.text().contains("A short note"), a.text());
    }

    @Test
    void aFlatCommentListIsNoTree() {
        StringBuilder flat = new StringBuilder("<ol class=\"comment-list\">");
        for (String r : REPLIES) {
            flat.append("<li class=\"comment\"><div class=\"comment-author\">reader</div><div class=\"comment-content\"><p>")
                    .append(r).append("</p></div></li>");
        }
        flat.append("</ol>");
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parse(flat.toString()).body();
        PageTypes.ReplyTree t = PageTypes.replyTree(body, TextSizes.of(body, 100));
        assertEquals(REPLIES.length, t.replies() / 3, "each reply and its two parts are reply blocks");
        assertEquals(0, t.nested(), "a reply's parts answer nothing");
        org.jsoup.nodes.Element threaded = org.jsoup.Jsoup.parse(tree()).body();
        assertEquals(5, PageTypes.replyTree(threaded, TextSizes.of(threaded, 100)).nested(), "the answers nested in replies");
    }

    @Test
    void onAReplyTreeCommentWordsNameThePostsButOtherJunkStillPrunes() {
        org.jsoup.nodes.Element comment = org.jsoup.Jsoup.parse("<li class=\"comment list-unstyled\">x</li>").selectFirst("li");
        org.jsoup.nodes.Element share = org.jsoup.Jsoup.parse("<div class=\"comment-share\">x</div>").selectFirst("div");
        Names tree = new Names(true);
        Names article = new Names(false);
        assertEquals(Names.Verdict.NONE, Names.judge(tree.asDiscussion(tree.ofClass(comment)), 0));
        assertEquals(Names.Verdict.STRONG, Names.judge(article.asDiscussion(article.ofClass(comment)), 0));
        assertEquals(Names.Verdict.STRONG, Names.judge(tree.asDiscussion(tree.ofClass(share)), 0));
    }
}
