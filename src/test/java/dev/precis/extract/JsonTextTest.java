package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

class JsonTextTest {

    @Test
    void readsWhatPagesReallyShip() {
        Object v = JsonText.parse("<![CDATA[ {\"@type\": \"NewsArticle\", // a comment\n \"headline\": \"Tab\there\","
                + " \"keywords\": [\"a\", \"b\",], } ]]>");
        assertTrue(v instanceof Map<?, ?>, String.valueOf(v));
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals("Tab\there", m.get("headline"));
        assertEquals(List.of("a", "b"), m.get("keywords"));
    }

    @Test
    void notJsonIsNull() {
        assertNull(JsonText.parse("var x = {a: 1};"));
        assertNull(JsonText.parse(""));
        assertNull(JsonText.parse(null));
        assertNull(JsonText.parse("{\"a\": "));
    }

    @Test
    void nestingPastTheLimitIsRefusedNotRecursedInto() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertNull(JsonText.parse(deep));
        String objects = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        assertNull(JsonText.parse(objects));
        String withinLimit = "[".repeat(Tuning.JSON_MAX_DEPTH - 1) + "]".repeat(Tuning.JSON_MAX_DEPTH - 1);
        assertTrue(JsonText.parse(withinLimit) instanceof List<?>);
    }

    @Test
    void aPageWithAHundredThousandNestedBracketsInJsonLdStillExtracts() {
        String body = "<p>The council met on Tuesday evening to discuss the new budget, which includes funding for roads, "
                + "schools and the library, and voted to approve it after a long debate that lasted into the night.</p>"
                + "<p>Residents spoke for and against the plan, and several asked for more details about the costs, "
                + "the timeline and the companies that would do the work over the next three years.</p>";
        String html = "<html><head><title>Budget approved</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}</script>"
                + "<script type=\"application/ld+json\">" + "{\"a\":".repeat(100_000) + "}</script>"
                + "</head><body><article>" + body + "</article></body></html>";
        Article a = new Extractor().extract(html, null);
        assertTrue(a.text().startsWith("The council met on Tuesday"), a.text());
        assertEquals("Budget approved", a.title());
    }
}
