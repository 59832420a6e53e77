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
    /** Elements hidden only as fade-ins ({@link Dom#FADE_IN}), outside invisible ones, in document order ({@link Reveal#fadeIns}). */
    final List<Element> fadeIns = new ArrayList<>();
    /** Inline scripts, which may move streamed segments ({@link Reveal#streamedSegments}). */
    final List<Element> inlineScripts = new ArrayList<>();
    /** Elements with a streaming id ({@code S:…}, {@code B:…}, {@code P:…}) by id. */
    final java.util.Map<String, Element> segments = Reveal.newSegmentMap();
    /** Shopping-cart controls: buttons and inputs whose text says "Add to cart" ({@link Vocabulary#CART_TEXT}). */
    int cartControls;
    /** The last path segment of each microdata {@code itemtype} ({@code Product}, {@code Article}…). */
    final java.util.Set<String> itemTypes = new java.util.LinkedHashSet<>();
    /** The Next.js page data script ({@code __NEXT_DATA__}), or null. */
    Element pageData;
    /** {@code <noscript>} elements of the body: what the page shows without scripts (a fallback source). */
    final List<Element> noscripts = new ArrayList<>();
    /** Outermost hidden elements with an id, by id: a disclosure control may name them ({@link #revealDisclosed}). */
    private java.util.Map<String, Element> hiddenById;
    /** Ids a disclosure control names ({@code aria-controls} of an element with {@code aria-expanded}). */
    private java.util.Set<String> disclosed;

    private PageIndex() {
    }

    /** Indexes {@code doc} in one pass. */
    static PageIndex of(Document doc) {
        PageIndex ix = new PageIndex();
        ix.walk(doc, false);
        ix.revealDisclosed();
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
            if (!inInvisible) {
                int hiding = Cleaner.invisibility(child);
                if (hiding == Dom.HIDDEN) {
                    this.invisible.add(child);
                    invisible = true;
                    if (child instanceof Element h && h.attributesSize() > 0 && !h.id().isEmpty()) {
                        if (hiddenById == null) hiddenById = new java.util.HashMap<>();
                        hiddenById.putIfAbsent(h.id(), h);
                    }
                } else if (hiding == Dom.FADE_IN) {
                    fadeIns.add((Element) child);
                }
            }
            if (child instanceof Element e) {
                elementCount++;
                visit(e);
                if (e.childNodeSize() > 0) walk(e, invisible);
            }
        }
    }

    /**
     * A hidden panel a disclosure control opens (an accordion's answer, a "show more" box: the element an
     * {@code aria-expanded} control names in {@code aria-controls}, the ARIA disclosure and accordion
     * patterns) is shown by a click, like a tab set's other panels: it is read, not deleted. Its own
     * descendants are still checked for hiding. The control must be on the page (outside hidden parts):
     * a hidden box no control opens stays hidden.
     */
    private void revealDisclosed() {
        if (hiddenById == null || disclosed == null) return;
        java.util.Set<Node> hidden = null;
        java.util.Set<Node> shown = null;
        for (String id : disclosed) {
            Element panel = hiddenById.get(id);
            if (panel == null) continue;
            if (hidden == null) {
                hidden = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                hidden.addAll(invisible);
            }
            if (!controlShown(panel, hidden)) continue;
            if (shown == null) shown = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            shown.add(panel);
        }
        if (shown == null) return;
        invisible.removeIf(shown::contains);
        for (Node panel : shown) markHidden((Element) panel);
    }

    /**
     * True when an {@code aria-expanded} control naming {@code panel} is not itself hidden and lies outside every
     * hidden part of the page ({@code hidden}: the outermost invisible nodes; a {@code <button>} is one of them for
     * its tag, not for being hidden, so the control's own tag does not count).
     */
    private static boolean controlShown(Element panel, java.util.Set<Node> hidden) {
        org.jsoup.nodes.Document doc = panel.ownerDocument();
        if (doc == null) return false;
        for (Element c : doc.getElementsByAttributeValue("aria-controls", panel.id())) {
            if (!c.hasAttr("aria-expanded") || Dom.hiding(c) == Dom.HIDDEN) continue;
            boolean inHidden = false;
            for (Element p = c.parent(); p != null && !inHidden; p = p.parent()) inHidden = hidden.contains(p);
            if (!inHidden) return true;
        }
        return false;
    }

    /** The hiding checks of {@link #walk} below a revealed panel, without indexing its elements again. */
    private void markHidden(Element parent) {
        for (int k = 0, n = parent.childNodeSize(); k < n; k++) {
            Node child = parent.childNode(k);
            int hiding = Cleaner.invisibility(child);
            if (hiding == Dom.HIDDEN) invisible.add(child);
            else {
                if (hiding == Dom.FADE_IN) fadeIns.add((Element) child);
                if (child instanceof Element e && e.childNodeSize() > 0) markHidden(e);
            }
        }
    }

    private static boolean insideHead(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p.normalName().equals("head")) return true;
        return false;
    }

    private void visit(Element e) {
        switch (e.normalName()) {
            case "meta" -> metas.add(e);
            case "script" -> {
                String type = e.attr("type");
                if (type.toLowerCase(Locale.ROOT).contains("ld+json")) jsonLd.add(e);
                else if (pageData == null && Hydration.isPageData(e)) pageData = e;
                else if (!e.hasAttr("src")) inlineScripts.add(e);
            }
            case "button" -> {
                if (Vocabulary.CART_TEXT.matcher(e.text()).find()) cartControls++;
            }
            case "input" -> {
                if (Vocabulary.CART_TEXT.matcher(e.attr("value")).find()) cartControls++;
            }
            case "noscript" -> {
                if (!insideHead(e)) noscripts.add(e);
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
        String controls = e.attr("aria-controls");
        if (!controls.isEmpty() && e.hasAttr("aria-expanded")) {
            if (disclosed == null) disclosed = new java.util.HashSet<>();
            for (String c : Vocabulary.WHITESPACE.split(controls.strip())) disclosed.add(c);
        }
        String id = e.id();
        if (!id.isEmpty() && Reveal.isSegmentId(id)) Reveal.noteSegment(segments, e);
        String itemtype = e.attr("itemtype");
        if (!itemtype.isEmpty()) {
            String t = itemtype.strip();
            int slash = t.lastIndexOf('/');
            if (slash >= 0 && slash < t.length() - 1) itemTypes.add(t.substring(slash + 1));
        }
        String itemprop = e.attr("itemprop");
        if (itemprop.isEmpty()) return;
        if (microdataAuthor == null && itemprop.equals("author")) microdataAuthor = e;
        if (publishedTime == null && itemprop.equals("datePublished") && e.hasAttr("content")) publishedTime = e;
    }
}
