package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * An article closed by its questions and answers in a box of their own, beside the body's container: the FAQ is read
 * after the body ({@link Choice#withFaq}), its questions headings or an accordion's lines of plain text; a lone question
 * ("Ready to …?") with a line under it is not an FAQ, nor a question line answered by no sentence.
 */
class ClosingFaqTest {

    private final Extractor extractor = new Extractor();

    private static final String[] PARAGRAPHS = {
        "A compost heap needs air, water and a mix of green and brown material, and a heap that gets all three can become dark, crumbly compost in a couple of months.",
        "Green material, such as grass clippings, vegetable peel and coffee grounds, brings nitrogen, while brown material, such as dry leaves, straw and cardboard, brings carbon.",
        "A neglected heap, left wet and packed down, may take a year or more, and it smells of rot because the microbes that need air have died off.",
        "Turning the heap with a fork every week or two lets air into the middle, where the heap is warmest, and moves the cooler edges into the centre.",
        "A heap that is too dry stops working, so water it in hot weather until it feels like a wrung-out sponge, neither dripping nor dusty.",
        "When the heap no longer warms up after turning, and the material is dark and smells of earth, the compost is ready to spread on the beds."};

    private static String paragraphs(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) b.append("<p>").append(PARAGRAPHS[i]).append("</p>");
        return b.toString();
    }

    private static String page(String after) {
        return "<html><head><title>How to make compost at home</title><meta property=\"og:type\" content=\"article\">"
                + "<meta property=\"article:published_time\" content=\"2024-04-02T09:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/guides\">Guides</a></nav>"
                + "<main><div class=\"wrap\"><div class=\"post\"><div class=\"post-body\"><h1>How to make compost at home</h1>"
                + paragraphs(0, 3) + "<h2>Turning the heap</h2>" + paragraphs(3, 6)
                + "</div></div>"
                + "<div class=\"qa-wrap\"><div class=\"qa-box\">" + after + "</div></div>"
                + "</div></main><footer><a href=\"/about\">About us</a></footer></body></html>";
    }

    @Test
    void theClosingQuestionsAndAnswersAreRead() {
        Article a = extractor.extract(page("<h2>Composting questions</h2>"
                + "<h3>How long does compost take?</h3><div class=\"ans\">From two months to a year.</div>"
                + "<h3>Can I compost citrus peel?</h3><div class=\"ans\">Yes, in small amounts.</div>"
                + "<h3>Does a heap attract rats?</h3><div class=\"ans\">Not when it holds no cooked food.</div>"), null);
        assertTrue(a.text().contains("Turning the heap"), a.text());
        assertTrue(a.text().contains("Can I compost citrus peel?"), a.text());
        assertTrue(a.text().contains("Not when it holds no cooked food."), a.text());
    }

    /** An accordion writes its questions in its toggle buttons (open here): lines of plain text that end with a question mark, not headings. */
    @Test
    void questionsInAccordionButtonsAreReadToo() {
        Article a = extractor.extract(page("<h2>FAQ</h2>"
                + "<div class=\"acc\"><button type=\"button\" aria-expanded=\"true\" aria-controls=\"qa1\"><p>How long does compost take?</p></button>"
                + "<div class=\"panel\" id=\"qa1\"><p>From two months to a year, depending on how often the heap is turned.</p></div></div>"
                + "<div class=\"acc\"><button type=\"button\" aria-expanded=\"true\" aria-controls=\"qa2\"><p>Can I compost citrus peel?</p></button>"
                + "<div class=\"panel\" id=\"qa2\"><p>Yes, in small amounts, chopped up so it breaks down faster.</p></div></div>"
                + "<div class=\"acc\"><button type=\"button\" aria-expanded=\"true\" aria-controls=\"qa3\"><p>Does a heap attract rats?</p></button>"
                + "<div class=\"panel\" id=\"qa3\"><p>Not when it holds no cooked food, meat or bread.</p></div></div>"
                + "<p>Need help with your garden?</p><p>Book a visit</p><p>Contact us</p>"), null);
        assertTrue(a.text().contains("How long does compost take?"), a.text());
        assertTrue(a.text().contains("Yes, in small amounts, chopped up so it breaks down faster."), a.text());
        assertTrue(a.text().contains("Not when it holds no cooked food, meat or bread."), a.text());
        assertFalse(a.text().contains("Book a visit"), a.text());
    }

    @Test
    void aLoneQuestionWithALineIsNotAnFaq() {
        Article a = extractor.extract(page("<h3>Ready to grow your own vegetables?</h3><div class=\"ans\">Join our seed club today.</div>"), null);
        assertFalse(a.text().contains("Join our seed club"), a.text());
    }
}
