package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Read with only the junk words (a service page's whole reading), a line named for authors is a card's or a quote's and
 * stays where it stands; the readings that use the other vocabularies still take it out as the page's byline.
 */
class CardAuthorsTest {

    private static final String CARDS = "<h1>Our research</h1>"
            + "<div class=\"research-card\"><h3>Faster attention on small chips</h3><div class=\"research-card_authors\">Ana Lima, Bo Chen</div></div>"
            + "<div class=\"research-card\"><h3>Mixture models that route well</h3><div class=\"research-card_authors\">Kai Berg, Ola Nordin</div></div>"
            + "<div class=\"research-card\"><h3>Serving long contexts</h3><div class=\"research-card_authors\">Mia Rossi</div></div>";

    private static Cleaner.Pruning prune(Cleaner.Vocab vocabulary) {
        Document doc = Jsoup.parse("<html><body>" + CARDS + "</body></html>");
        Element body = doc.body();
        return Cleaner.prune(body, TextSizes.of(body, 64), new Names(), true, vocabulary, false);
    }

    @Test
    void cardAuthorsStayInTheJunkOnlyReading() {
        Cleaner.Pruning p = prune(Cleaner.Vocab.JUNK);
        assertTrue(p.pruned.stream().noneMatch(e -> e.hasClass("research-card_authors")), "authors pruned: " + p.pruned);
        assertEquals("Ana Lima, Bo Chen", p.byline, "the first authors line is still read as the byline");
    }

    @Test
    void otherReadingsStillTakeTheBylineOut() {
        for (Cleaner.Vocab v : new Cleaner.Vocab[] {Cleaner.Vocab.STRONG, Cleaner.Vocab.ALL}) {
            Cleaner.Pruning p = prune(v);
            assertTrue(p.pruned.stream().anyMatch(e -> e.hasClass("research-card_authors")), v + ": byline kept: " + p.pruned);
        }
    }
}
