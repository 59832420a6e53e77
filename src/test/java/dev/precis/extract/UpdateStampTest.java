package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/**
 * A page's maintenance stamp ("Last modified March 3, 2026 at 9:12 AM UTC: Reword the retry section (a1b2c3d)",
 * "This page was last updated on 2026-02-11") says when the site changed the page, not what the page says. It is left
 * out wherever it stands ({@link Vocabulary#UPDATE_STAMP}), not only at the text's edges where dates already go. A
 * sentence that begins "Last updated" without a date after it is text and stays.
 */
class UpdateStampTest {

    private final Extractor extractor = new Extractor();

    private static String page(String stampLine) {
        return "<html><head><title>Retrying failed uploads</title></head><body><main>"
                + "<h1>Retrying failed uploads</h1>"
                + "<p>An upload that fails on a dropped connection is tried again after a short pause, and the pause doubles each time.</p>"
                + "<p>The client gives up after five tries and reports the last error it saw, with the number of bytes it had sent.</p>"
                + "<h2>Changing the limits</h2>"
                + "<p>Both the number of tries and the first pause are settings of the client, read once when it starts.</p>"
                + "<p>Raising the number of tries helps on a poor mobile link, but a server that refuses the file will refuse it again.</p>"
                + "<h2>Resuming instead of restarting</h2>"
                + "<p>Large files are sent in parts, and a retry sends only the parts the server has not acknowledged yet.</p>"
                + "<p>" + stampLine + "</p>"
                + "<h2>Related settings</h2>"
                + "<p>The part size decides how much is sent again after a failure, so smaller parts waste less on a bad link.</p>"
                + "<p>The timeout decides how long a silent connection is trusted before the client counts it as a failure.</p>"
                + "<p>Both can be changed per upload, which overrides what the client read from its settings at start.</p>"
                + "<p>Each of them is described in full in the reference of the client's settings, with its default value.</p>"
                + "</main></body></html>";
    }

    @Test
    void aMaintenanceStampIsLeftOut() {
        Article a = extractor.extract(page("Last modified March 3, 2026 at 9:12 AM UTC: Reword the retry section (a1b2c3d)"),
                "https://client.example.org/docs/uploads/retry");
        assertFalse(a.text().contains("Last modified"), a.text());
        assertTrue(a.text().contains("sends only the parts"), a.text());
        Article b = extractor.extract(page("This page was last updated on 2026-02-11"), "https://client.example.org/docs/uploads/retry");
        assertFalse(b.text().contains("last updated"), b.text());
    }

    @Test
    void aSentenceThatBeginsLastUpdatedStays() {
        Article a = extractor.extract(page("Last updated parts are sent first when the client resumes, so the newest data arrives early."),
                "https://client.example.org/docs/uploads/retry");
        assertTrue(a.text().contains("Last updated parts are sent first"), a.text());
    }
}
