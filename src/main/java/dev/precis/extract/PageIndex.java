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

    /** Ids of the panels that visible disclosure controls show ({@link #noteDisclosure}). */
    private final java.util.Set<String> disclosed = new java.util.HashSet<>();
    /** Ids of those controls. */
    private final java.util.Set<String> disclosers = new java.util.HashSet<>();
    /** Panel id to the id of the control without {@code aria-expanded} that names it ({@link #notePair}). */
    private final java.util.Map<String, String> paired = new java.util.HashMap<>();
    /** The page's tabs, found once for all its hidden tab panels ({@link Dom.Tabs}). */
    private final Dom.Tabs tabs = new Dom.Tabs();
    /** {@link Vocabulary#CART_TEXT}, reset for each button and input (pages have hundreds: no new matcher each). */
    private final java.util.regex.Matcher cart = Vocabulary.CART_TEXT.matcher("");

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
            if (!inInvisible) {
                int hiding = Cleaner.invisibility(child, tabs);
                if (hiding == Dom.HIDDEN && !(disclosed.isEmpty() && paired.isEmpty()) && child instanceof Element e && isDisclosed(e)) hiding = Dom.VISIBLE;
                if (hiding == Dom.HIDDEN) {
                    this.invisible.add(child);
                    invisible = true;
                } else if (hiding == Dom.FADE_IN) {
                    fadeIns.add((Element) child);
                }
            }
            if (child instanceof Element e) {
                elementCount++;
                int attributes = e.attributesSize(); // counted once: jsoup counts them anew on each call
                if (!inInvisible && attributes > 1) {
                    if (e.hasAttr(Vocabulary.EXPANDED)) {
                        if (!invisible) noteDisclosure(e);
                    } else if (Cleaner.isPairedControl(e) && Dom.hiding(e, tabs) == Dom.VISIBLE) {
                        notePair(e);
                    }
                }
                visit(e, attributes);
                if (e.childNodeSize() > 0) walk(e, invisible);
            }
        }
    }

    /**
     * Notes what the visible disclosure control {@code control} shows: the ids it names ({@link #controlledIds})
     * and its own id, which a panel's {@code aria-labelledby} may name.
     */
    private void noteDisclosure(Element control) {
        List<String> ids = controlledIds(control);
        if (ids.isEmpty()) return;
        disclosed.addAll(ids);
        String own = control.id();
        if (!own.isEmpty()) disclosers.add(own);
    }

    /**
     * Notes a control without {@link Vocabulary#EXPANDED} that names panels by {@link Vocabulary#CONTROLS}: such a
     * panel is read only when it names the control back by {@code aria-labelledby} ({@link #isDisclosed}).
     */
    private void notePair(Element control) {
        String own = control.id();
        for (String id : controlledIds(control)) paired.put(id, own);
    }

    /** The ids a control's {@link Vocabulary#CONTROLS} names, a leading {@code #} dropped (some pages write it so). */
    private static List<String> controlledIds(Element control) {
        String controls = control.attr(Vocabulary.CONTROLS).strip();
        if (controls.isEmpty()) return List.of();
        List<String> ids = new ArrayList<>(2);
        for (String id : controls.split("\\s+")) ids.add(id.startsWith("#") ? id.substring(1) : id);
        return ids;
    }

    /**
     * True when the hidden element {@code e} is the panel of a disclosure control seen before it (controls come
     * before their panels): its id is one the control names, or its {@code aria-labelledby} names the control.
     * Such a panel (an FAQ's answer, an accordion's section) is shown by a click on its visible control; a hidden
     * element no control opens stays hidden.
     */
    private boolean isDisclosed(Element e) {
        if (e.attributesSize() == 0) return false;
        String id = e.id();
        if (!id.isEmpty() && disclosed.contains(id)) return true;
        String labels = e.attr("aria-labelledby").strip();
        if (labels.isEmpty()) return false;
        String pairedControl = id.isEmpty() ? null : paired.get(id);
        for (String label : labels.split("\\s+")) {
            if (disclosers.contains(label) || label.equals(pairedControl)) return true;
        }
        return false;
    }

    /**
     * The fewest letters a {@link Vocabulary#CART_TEXT} match holds ("buy now"; keep in sync with the pattern): a button
     * whose text has fewer ("Menu", "Close", an icon's) is no cart control, told without writing out its text.
     */
    static final int CART_TEXT_MIN_LETTERS = 6;

    /**
     * The letters in the text under {@code e} ({@link Character#isLetter}), counted up to {@code max}: the letters
     * {@link Element#text()} writes (it adds only spaces), read in place.
     */
    private static int letters(Element e, int max) {
        int letters = 0;
        for (int k = 0, n = e.childNodeSize(); k < n && letters < max; k++) {
            Node c = e.childNode(k);
            if (c instanceof org.jsoup.nodes.TextNode t) {
                String s = t.getWholeText();
                for (int j = 0, m = s.length(); j < m && letters < max; j++) if (Character.isLetter(s.charAt(j))) letters++;
            } else if (c instanceof Element child) {
                letters += letters(child, max - letters);
            }
        }
        return letters;
    }

    private static boolean insideHead(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p.normalName().equals("head")) return true;
        return false;
    }

    /** Notes {@code e}, which has {@code attributes} attributes, in the lists and fields it belongs to. */
    private void visit(Element e, int attributes) {
        switch (e.normalName()) {
            case "meta" -> metas.add(e);
            case "script" -> {
                String type = e.attr("type");
                if (type.toLowerCase(Locale.ROOT).contains("ld+json")) jsonLd.add(e);
                else if (pageData == null && Hydration.isPageData(e)) pageData = e;
                else if (!e.hasAttr("src")) inlineScripts.add(e);
            }
            case "button" -> {
                if (letters(e, CART_TEXT_MIN_LETTERS) >= CART_TEXT_MIN_LETTERS && cart.reset(e.text()).find()) cartControls++;
            }
            case "input" -> {
                if (cart.reset(e.attr("value")).find()) cartControls++;
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
        if (attributes == 0) return;
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
