package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The per-element table the pruning and writing passes read instead of asking each element ({@link TextSizes.Size#tags},
 * {@link Cleaner.Labels#attributes}, {@link TextSizes#holds}, {@link TextSizes#marked}) answers as the element does, and
 * the passes built on it give what fresh look-ups give.
 */
class SizeTableTest {

    private static final String PAGE = "<html><head><title>Night trains</title></head><body>"
            + "<header role=\"banner\"><nav><a href=\"/\">Home</a> <a href=\"#top\">Top</a></nav></header>"
            + "<main><article class=\"post-body\" itemprop=\"articleBody\"><h1>Night trains return</h1>"
            + "<p class=\"byline\"><a rel=\"author\" href=\"/jane\">Jane Roe</a></p>"
            + "<span itemprop=\"author\">J. Roe</span>"
            + "<p>Sleeper services come back to the timetable this winter, with new cars and, on most lines, a bar.</p>"
            + "<figure><img src=\"a.jpg\"><figcaption>A sleeper car at dawn</figcaption></figure>"
            + "<table><tbody><tr><td>Route</td><td>Nights</td></tr><tr><th>North</th><td>4</td></tr></tbody></table>"
            + "<blockquote>We sold out in a day.</blockquote><pre>timetable --winter</pre><br><hr>"
            + "<ul><li>Cabins</li><li>Couchettes</li></ul><ol><li>Book</li></ol><dl><dt>Bar</dt><dd>Open</dd></dl>"
            + "</article><aside class=\"related-posts\"><h2>Related</h2><ul><li><a href=\"/b\">Buses</a></li></ul></aside>"
            + "<div role=\"navigation\">Menu</div><section role=\"contentinfo\">Small print</section>"
            + "<form><input name=\"q\"></form></main>"
            + "<footer class=\"site-footer\"><p>© 2024 Night Trains</p><address>1 Station Road</address></footer>"
            + "</body></html>";

    /** The page parsed and its body measured. */
    private record Measured(Document doc, Element body, TextSizes sizes) {
        static Measured page() {
            Document doc = Jsoup.parse(PAGE);
            return new Measured(doc, doc.body(), TextSizes.of(doc.body(), 64));
        }
    }

    /** Each flag of the table is the element's tag in the list the flag names. */
    @Test
    void tagFlagsAreTheTagLists() {
        Measured m = Measured.page();
        Document doc = m.doc();
        TextSizes sizes = m.sizes();
        Map<Integer, Set<String>> lists = Map.ofEntries(Map.entry(Tags.BLOCK, Vocabulary.BLOCK_TAGS),
                Map.entry(Tags.HEADING, Vocabulary.HEADING_TAGS), Map.entry(Tags.LINK, Set.of("a")),
                Map.entry(Tags.ASIDE_BOX, Vocabulary.ASIDE_BOX_TAGS), Map.entry(Tags.FURNITURE, Vocabulary.FURNITURE_TAGS),
                Map.entry(Tags.INLINE, Vocabulary.INLINE_TAGS), Map.entry(Tags.TABLE_PART, Vocabulary.TABLE_PART_TAGS),
                Map.entry(Tags.ARTICLE_OR_MAIN, Set.of("article", "main")), Map.entry(Tags.HEADER, Set.of("header")),
                Map.entry(Tags.FOOTER, Set.of("footer")), Map.entry(Tags.FORM, Set.of("form")),
                Map.entry(Tags.PARAGRAPH, Set.of("p")), Map.entry(Tags.FIGCAPTION, Set.of("figcaption")),
                Map.entry(Tags.BREAK, Set.of("br", "hr")), Map.entry(Tags.ROW, Set.of("tr")),
                Map.entry(Tags.CONDITIONAL, Vocabulary.CONDITIONAL_TAGS), Map.entry(Tags.AUTHORED_LIST, Vocabulary.AUTHORED_LIST_TAGS));
        int elements = doc.body().getAllElements().size();
        assertEquals(elements, sizes.count());
        int flagged = 0;
        for (int k = 0; k < sizes.count(); k++) {
            TextSizes.Size s = sizes.at(k);
            String tag = s.element.normalName();
            for (Map.Entry<Integer, Set<String>> list : lists.entrySet()) {
                assertEquals(list.getValue().contains(tag), (s.tags & list.getKey()) != 0, tag + " in list of flag " + list.getKey());
            }
            assertEquals(Vocabulary.BLOCK_TAGS.contains(tag), s.block, tag);
            assertEquals(tag.equals("a"), s.link, tag);
            if (s.tags != 0) flagged++;
        }
        assertTrue(flagged > 20, "the page holds tags of the lists: " + flagged);
    }

    /** The table is in document order: an index range is a subtree, and the marks are the elements' indexes. */
    @Test
    void indexRangesAreSubtrees() {
        Measured m = Measured.page();
        Document doc = m.doc();
        TextSizes sizes = m.sizes();
        List<Element> all = doc.body().getAllElements(); // document order, the body first
        for (int k = 0; k < sizes.count(); k++) assertTrue(sizes.at(k).element == all.get(k), "index " + k);
        for (int a = 0; a < sizes.count(); a++) {
            for (int d = 0; d < sizes.count(); d++) {
                Element ancestor = sizes.at(a).element;
                Element e = sizes.at(d).element;
                boolean holds = e == ancestor || e.parents().contains(ancestor);
                assertEquals(holds, TextSizes.holds(sizes.at(a), sizes.at(d)), ancestor.normalName() + " over " + e.normalName());
            }
        }
        Element p = doc.selectFirst("p.byline");
        Element outside = doc.head();
        boolean[] marked = sizes.marked(List.of(p, outside));
        for (int k = 0; k < marked.length; k++) assertEquals(sizes.at(k).element == p, marked[k], "index " + k);
    }

    /** The attribute bits read once per element are what the element's attributes say. */
    @Test
    void attributeBitsAreTheAttributes() {
        Measured m = Measured.page();
        Document doc = m.doc();
        TextSizes sizes = m.sizes();
        Cleaner.Labels labels = new Cleaner.Labels();
        labels.fit(sizes);
        Names names = new Names();
        int author = 0;
        for (int k = 0; k < sizes.count(); k++) {
            TextSizes.Size s = sizes.at(k);
            Element e = s.element;
            byte bits = labels.attributes(s, names);
            assertEquals(bits, labels.attributes(s, names), "asked again");
            assertTrue((bits & Cleaner.Labels.ATTRIBUTES_READ) != 0);
            assertEquals(e.attributesSize() > 0, (bits & Cleaner.Labels.HAS_ATTRIBUTES) != 0, e.normalName());
            boolean byAttribute = e.attr("rel").equals("author") || e.attr("itemprop").contains("author");
            assertEquals(byAttribute, (bits & Cleaner.Labels.AUTHOR_ATTRIBUTE) != 0, e.outerHtml());
            assertEquals(Vocabulary.FURNITURE_ROLES.contains(e.attr("role")), (bits & Cleaner.Labels.FURNITURE_ROLE) != 0, e.outerHtml());
            assertEquals(e.attr("role").equals("contentinfo"), (bits & Cleaner.Labels.FOOTER_ROLE) != 0, e.outerHtml());
            if (byAttribute) author++;
        }
        assertEquals(2, author, "rel=author and itemprop=author");
    }

    /** Passes that share one body's labels (read once) prune exactly as passes with labels of their own. */
    @Test
    void sharedLabelsPruneAsFreshOnes() {
        Measured m = Measured.page();
        Document doc = m.doc();
        Element body = m.body();
        TextSizes sizes = m.sizes();
        Names names = new Names();
        Cleaner.Labels shared = new Cleaner.Labels();
        for (boolean discussion : new boolean[] {false, true}) {
            for (Cleaner.Vocab v : Cleaner.Vocab.values()) {
                Cleaner.Pruning fresh = Cleaner.prune(body, sizes, names, new Cleaner.Labels(), true, v, discussion);
                Cleaner.Pruning again = Cleaner.prune(body, sizes, names, shared, true, v, discussion);
                assertEquals(fresh.pruned, again.pruned, v + " discussion " + discussion);
                assertEquals(fresh.byline, again.byline, v + " discussion " + discussion);
            }
        }
        Cleaner.Pruning all = Cleaner.prune(body, sizes, names, shared, true, Cleaner.Vocab.ALL, false);
        assertTrue(all.pruned.contains(doc.selectFirst("aside.related-posts")), "related posts pruned: " + all.pruned);
        assertTrue(all.pruned.contains(doc.selectFirst("footer")), "page footer pruned");
        assertTrue(all.pruned.contains(doc.selectFirst("section[role=contentinfo]")), "contentinfo pruned");
        assertEquals("Jane Roe", all.byline);
    }

    /**
     * A root outside the measured body (a winner promoted above it) is written from a table of its own, with the body's
     * pruned elements left out and its other text in place.
     */
    @Test
    void aRootOutsideTheBodyIsWrittenWithTheBodysPruning() {
        Measured m = Measured.page();
        Document doc = m.doc();
        Element body = m.body();
        TextSizes sizes = m.sizes();
        Names names = new Names();
        Cleaner.Pruning pruning = Cleaner.prune(body, sizes, names, true, Cleaner.Vocab.ALL, false);
        Map<Element, ContentScorer.Stats> stats = ContentScorer.measure(body, pruning.pruned, sizes);
        List<Block> inBody = BlockWriter.write(List.of(body), pruning.pruned, stats, names, false, null, null, false);
        List<Block> above = BlockWriter.write(List.of(doc.selectFirst("html")), pruning.pruned, stats, names, false, null, null, false);
        String text = String.join("\n", BlockWriter.texts(above));
        assertTrue(text.contains("Sleeper services come back"), text);
        assertFalse(text.contains("Buses"), "pruned related posts stay out: " + text);
        assertFalse(text.contains("Small print"), "pruned contentinfo stays out: " + text);
        assertTrue(text.endsWith(String.join("\n", BlockWriter.texts(inBody))), "the body's blocks as written alone: " + text);
    }
}
