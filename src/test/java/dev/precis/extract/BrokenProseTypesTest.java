package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * Prose written as runs between line breaks ({@code text<br><br>text}, as older publishing systems write a story)
 * counts as the page's prose where the type is decided ({@link PageTypes.Signals#brokenProse}), unless it is written
 * inside a post or a reply: an old-build story is typed article, not a service page, a discussion under its comments
 * or a shop's grid; a forum whose posts are written with breaks stays a forum.
 */
class BrokenProseTypesTest {

    private final Extractor extractor = new Extractor();

    private static final String[] RUNS = {
        "The ferry between the two islands ran for the last time on Saturday, after ninety years of crossings in every "
            + "kind of weather, and most of the people who live on the smaller island came down to the pier to watch it go, on a grey and windy morning in early May.",
        "The council says the new bridge, which opened a week earlier after four years of building, makes the boat "
            + "unnecessary, and that the money it cost each year will now go to the island's school and its small clinic, as agreed in a vote taken last spring.",
        "Not everyone agrees that the change is for the better, and several older residents said they would miss the "
            + "half hour on deck, where neighbours met, traded news and watched for seals on the rocks below the lighthouse, near the old customs house by the quay.",
        "The last skipper, who took over from his father two decades ago, steered the boat into the harbour to a long "
            + "round of applause and said he would keep it moored there for the summer while the town decides its future, once the passengers are ashore.",
        "A group of volunteers hopes to turn the old waiting room into a small museum of the crossing, with the "
            + "timetables, tickets and photographs that families have kept in drawers and albums since the first sailings, and will meet in the church hall.",
        "The bridge itself carries a footpath and a cycle lane, and on its first weekend more people walked across it "
            + "than had taken the ferry in the whole of the previous month, according to the counters at either end of it, on both of its first two days and on the evenings after.",
        "Shops on the smaller island say trade has already picked up, although some worry that the quiet that drew "
            + "visitors in the first place will not last long now that cars can drive straight onto the island at any hour, in the busy months of July and August above all.",
        "The council will hold a meeting next month about parking near the beach, where residents say the narrow lane "
            + "cannot take the traffic of a busy summer day, and about a speed limit on the road that crosses the island, from the bridge to the ferry slipway beyond the beach."
    };

    private static String brokenStory() {
        StringBuilder b = new StringBuilder("<div class=\"storytext\">");
        for (String run : RUNS) b.append(run).append("<br><br>");
        return b.append("</div>").toString();
    }

    @Test
    void anUndatedStoryWrittenBetweenBreaksIsAnArticle() {
        Article a = extractor.extract("<html><body><h1>Last crossing for the island ferry</h1>" + brokenStory()
                + "</body></html>", null);
        assertEquals("article", a.pageType(), "eight runs of prose are a story's paragraphs");
        assertTrue(a.text().contains("last skipper"), a.text());
    }

    @Test
    void aDatedStoryWrittenBetweenBreaksUnderItsCommentsIsAnArticle() {
        StringBuilder comments = new StringBuilder("<div class=\"replies\">");
        for (int k = 1; k <= 4; k++) {
            comments.append("<div class=\"reply\"><p>Reader ").append(k).append(" writes: I took that boat to school every ")
                    .append("day for years and will miss the crossing, but the bridge will make winter far easier for all of us here, and for the children who cross to school in the dark.</p></div>");
        }
        comments.append("</div>");
        Article a = extractor.extract("<html><body><h1>Last crossing for the island ferry</h1><p>June 3, 2024</p>"
                + brokenStory() + comments + "</body></html>", null);
        assertEquals("article", a.pageType(), "the story's own runs are prose; the comments are not the page");
        assertTrue(a.text().contains("last skipper"), a.text());
    }

    @Test
    void aDatedStoryWrittenBetweenBreaksBesideAPricedGridIsAnArticle() {
        StringBuilder grid = new StringBuilder("<div class=\"shop\">");
        for (int k = 1; k <= 8; k++) {
            grid.append("<div class=\"tile\"><a href=\"/prints/").append(k).append("\">Harbour print ").append(k)
                    .append("</a> <span>$").append(10 + k).append(".00</span></div>");
        }
        grid.append("</div>");
        Article a = extractor.extract("<html><body><h1>Last crossing for the island ferry</h1><p>June 3, 2024</p>"
                + brokenStory() + grid + "</body></html>", null);
        assertEquals("article", a.pageType(), "a story beside a few priced links is no shop's grid");
    }

    @Test
    void aThreadWhosePostsAreWrittenBetweenBreaksStaysAForum() {
        StringBuilder posts = new StringBuilder("<div class=\"thread\">");
        posts.append("<div class=\"post\">").append(brokenStory()).append("</div>");
        for (int k = 1; k <= 3; k++) {
            posts.append("<div class=\"post\">Member ").append(k).append(" replies: we crossed on the last sailing too and ")
                    .append("the skipper let the children ring the bell as the boat came in for the very last time.<br><br>Thanks for the write-up, it brought back a lot of good memories of the old boat.</div>");
        }
        posts.append("</div>");
        Article a = extractor.extract("<html><body><h1>Last crossing for the island ferry</h1>" + posts + "</body></html>", null);
        assertEquals("forum", a.pageType(), "runs written inside posts are the posts' text, not the page's own prose");
    }
}
