package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The "Date: …" line of a page without dated metadata is looked for in the text a reader sees from the top: the text of
 * buttons, forms' controls and other non-content tags is skipped, and the scan ends after
 * {@link Tuning#TEXT_DATE_SCAN_CHARS} characters, though the text node that crosses the mark is read whole.
 */
class TextDateScanTest {

    private static String published(String body) {
        Document doc = Jsoup.parse("<html><body>" + body + "</body></html>");
        return MetadataReader.read(doc, PageIndex.of(doc)).published();
    }

    private static String filler(int chars) {
        return "<p>" + "word ".repeat(chars / 5) + "</p>";
    }

    @Test
    void aDateInANonContentTagIsSkipped() {
        assertEquals("2023-03-04", published("<div><button>Posted: 2021-01-02</button><p>Posted: 2023-03-04</p></div>"));
    }

    @Test
    void theScanStopsAfterTheTextNodeThatCrossesTheMark() {
        int half = Tuning.TEXT_DATE_SCAN_CHARS / 2;
        assertEquals("2022-02-02", published(filler(half) + "<div><p>" + "word ".repeat(half / 5 + 10) + " Posted: 2022-02-02</p></div>"),
                "in the node that crosses the mark");
        assertNull(published(filler(half) + "<div>" + filler(half + 10) + "<p>Posted: 2022-02-02</p></div>"), "in the node after it");
    }
}
