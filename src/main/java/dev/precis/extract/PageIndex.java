package dev.precis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The elements stage 1 reads, found in one traversal of the page (instead of one selector query
 * each): meta tags, JSON-LD scripts, the canonical link, {@code <title>}, the first {@code <h1>},
 * publication {@code <time>} elements and the first microdata author. The same walk notes the
 * invisible nodes stage 2 deletes ({@link Cleaner#isInvisible}), so the page is walked once for both.
 */
final class PageIndex {

    final List<Element> metas = new ArrayList<>();
    final List<Element> jsonLd = new ArrayList<>();
    Element canonical;
    Element title;
    Element firstH1;
    Element publishedTime;
    Element anyTime;
    Element microdataAuthor;
    /** Elements on the page (for sizing per-element tables). */
    int elementCount;
    /** Outermost invisible nodes (comments, non-content tags, hidden elements), in document order. */
    final List<Node> invisible = new ArrayList<>();

    private PageIndex() {
    }

    /** Indexes {@code doc} in one pass. */
    static PageIndex of(Document doc) {
        PageIndex ix = new PageIndex();
        ix.walk(doc, false);
        return ix;
    }

    /**
     * Indexes the children of {@code parent} and their subtrees (a plain recursion over child indexes:
     * cheaper than a NodeTraversor walk; jsoup's parser caps the depth at 512). Below an invisible node
     * the elements are still indexed (JSON-LD scripts, meta tags) but not checked for invisibility.
     */
    private void walk(Element parent, boolean inInvisible) {
        for (int k = 0, n = parent.childNodeSize(); k < n; k++) {
            Node child = parent.childNode(k);
            boolean invisible = inInvisible;
            if (!inInvisible && Cleaner.isInvisible(child)) {
                this.invisible.add(child);
                invisible = true;
            }
            if (child instanceof Element e) {
                elementCount++;
                visit(e);
                if (e.childNodeSize() > 0) walk(e, invisible);
            }
        }
    }

    private void visit(Element e) {
        switch (e.normalName()) {
            case "meta" -> metas.add(e);
            case "script" -> {
                if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) jsonLd.add(e);
            }
            case "link" -> {
                if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) canonical = e;
            }
            case "title" -> {
                if (title == null) title = e;
            }
            case "h1" -> {
                if (firstH1 == null) firstH1 = e;
            }
            case "time" -> {
                if (e.hasAttr("datetime")) {
                    if (anyTime == null) anyTime = e;
                    if (publishedTime == null && (e.hasAttr("pubdate") || e.attr("itemprop").equals("datePublished"))) {
                        publishedTime = e;
                    }
                }
            }
            default -> {
            }
        }
        if (e.attributesSize() == 0) return;
        String itemprop = e.attr("itemprop");
        if (itemprop.isEmpty()) return;
        if (microdataAuthor == null && itemprop.equals("author")) microdataAuthor = e;
        if (publishedTime == null && itemprop.equals("datePublished") && e.hasAttr("content")) publishedTime = e;
    }
}
