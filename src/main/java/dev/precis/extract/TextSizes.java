package dev.precis.extract;

import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text sizes of every element under a root, measured once in one bottom-up pass and then looked
 * up. Pruning asks for the size of a subtree again and again (each nested block it protects, each
 * relaxed attempt), which was quadratic on deep pages when measured anew; scoring needs the size of
 * each element's own text nodes for every attempt. Every text character is read once, here. The
 * tree must not change after the measurement.
 * <p>
 * Two counts, as the stages have always counted: pruning counts every non-whitespace character
 * ({@link #text}), scoring also leaves out no-break spaces ({@link #directChars}).
 */
final class TextSizes {

    /** Sizes of one element. */
    static final class Size {
        /** The element's place in the measurement's document order (0 for the root): a dense index for per-pass tables. */
        int index;
        /**
         * The index after the last element of the subtree: the {@link #index} of the element measured next after it, so
         * a walk in document order finds each child's sizes by index ({@link #at}) instead of looking it up.
         */
        int end;
        /** The element measured. */
        Element element;
        /** It starts a new line ({@link Vocabulary#BLOCK_TAGS}): it owns the inline text below it ({@code ContentScorer}). */
        boolean block;
        /** It is a link ({@code <a>}). */
        boolean link;
        /** What its tag name says ({@link Tags}): read by every pass instead of looking the name up in each tag list. */
        int tags;
        /** Non-whitespace characters in the subtree. */
        int text;
        /** The part of {@link #text} inside links. */
        int links;
        /** Characters of the element's own text nodes (children, not deeper), no-break spaces left out. */
        int directChars;
        /** Commas ({@link Vocabulary#COMMA_CHARS}) in the element's own text nodes. */
        int directCommas;
    }

    /** 1 for an ASCII character that is text, 0 for whitespace: a table look-up instead of a branch per character. */
    private static final byte[] ASCII_TEXT = new byte[128];

    static {
        for (char c = 0; c < ASCII_TEXT.length; c++) ASCII_TEXT[c] = (byte) (Character.isWhitespace(c) ? 0 : 1);
    }

    private final Map<Element, Size> sizes;
    /** The sizes by {@link Size#index}: document order. */
    private final java.util.ArrayList<Size> byIndex;
    private Element firstHeadline;
    /** Text nodes with text inside headings (h1–h6): at least as many as the heading blocks any reading writes. */
    private int headingTexts;
    /** Text nodes holding a currency sign ({@link #currencyTexts}). */
    private final java.util.List<String> currencyTexts = new java.util.ArrayList<>();

    private TextSizes(int expectedElements) {
        sizes = new IdentityHashMap<>(expectedElements);
        byIndex = new java.util.ArrayList<>(expectedElements);
    }

    /**
     * Measures {@code root} and every element below it.
     *
     * @param expectedElements about how many elements there are (sizes the table once instead of growing it)
     */
    static TextSizes of(Element root, int expectedElements) {
        TextSizes t = new TextSizes(expectedElements);
        t.measure(root, 0, false);
        return t;
    }

    /**
     * Measures {@code e}'s subtree, children first (a plain recursion over child indexes: cheaper than
     * a NodeTraversor walk; jsoup's parser caps the depth at 512).
     */
    private Size measure(Element e, int depth, boolean inHeading) {
        Size s = new Size();
        s.index = byIndex.size();
        s.element = e;
        sizes.put(e, s);
        byIndex.add(s);
        String tag = e.normalName();
        int tags = Tags.of(tag);
        s.tags = tags;
        s.block = (tags & Tags.BLOCK) != 0;
        s.link = (tags & Tags.LINK) != 0;
        if (firstHeadline == null && depth > 0 && tag.equals("h1")) firstHeadline = e;
        inHeading |= (tags & Tags.HEADING) != 0;
        for (int k = 0, n = e.childNodeSize(); k < n; k++) {
            Node child = e.childNode(k);
            if (child instanceof TextNode text) {
                String whole = text.getWholeText();
                int before = s.text;
                if (count(whole, s)) currencyTexts.add(whole);
                if (inHeading && s.text > before) headingTexts++;
            } else if (child instanceof Element c) {
                Size cs = measure(c, depth + 1, inHeading);
                s.text += cs.text;
                s.links += cs.links;
            }
        }
        if (s.link) s.links = s.text; // all of a link's text is link text
        s.end = byIndex.size();
        return s;
    }

    /**
     * Adds the characters and commas of one text node to its parent's sizes, in one reading of the text.
     *
     * @return true when the text holds a currency sign ($ € £ ¥ ₹)
     */
    private static boolean count(String s, Size parent) {
        int text = 0;
        int chars = 0;
        int commas = 0;
        boolean currency = false;
        for (int k = 0, n = s.length(); k < n; k++) {
            char c = s.charAt(k);
            if (c < ASCII_TEXT.length) { // ASCII (most text): never a no-break space or a CJK comma
                int t = ASCII_TEXT[c];
                text += t;
                chars += t;
                if (c == ',') commas++;
                else if (c == '$') currency = true;
            } else if (!Character.isWhitespace(c)) {
                text++;
                if (c != '\u00a0') chars++;
                if (Vocabulary.COMMA_CHARS.indexOf(c) >= 0) commas++;
                else if (c == '€' || c == '£' || c == '¥' || c == '₹') currency = true;
            }
        }
        parent.text += text;
        parent.directChars += chars;
        parent.directCommas += commas;
        return currency;
    }

    /** The texts under the root that hold a currency sign, in document order (where prices can be). */
    java.util.List<String> currencyTexts() {
        return currencyTexts;
    }

    /** Number of elements measured. */
    int count() {
        return sizes.size();
    }

    /**
     * The sizes of {@code e} (its {@link Size#index}, {@link Size#directChars} and {@link Size#directCommas} in one
     * look-up, for a pass that reads all three); null for an element not measured. Read only.
     */
    Size size(Element e) {
        return sizes.get(e);
    }

    /**
     * The sizes of the element measured at {@code index} (0 to {@link #count}, document order): a walk over the table
     * finds an element's first child element at its index plus one, and each next one at the {@link Size#end} of the
     * one before, with no look-up per element.
     */
    Size at(int index) {
        return byIndex.get(index);
    }

    /**
     * The elements of {@code elements} that were measured, marked by their {@link Size#index} (a table a walk over the
     * sizes reads without a look-up per element); elements not measured are left out.
     */
    boolean[] marked(java.util.Collection<Element> elements) {
        boolean[] at = new boolean[count()];
        for (Element e : elements) {
            Size size = sizes.get(e);
            if (size != null) at[size.index] = true;
        }
        return at;
    }

    /** True when {@code d} is {@code ancestor} or lies below it: its index falls in the ancestor's subtree. */
    static boolean holds(Size ancestor, Size d) {
        return d.index >= ancestor.index && d.index < ancestor.end;
    }

    /** Non-whitespace characters of the text under {@code e}; 0 for an element not measured. */
    int text(Element e) {
        Size s = sizes.get(e);
        return s == null ? 0 : s.text;
    }

    /** The part of {@link #text} inside links ({@code <a>} elements at or below {@code e}). */
    int links(Element e) {
        Size s = sizes.get(e);
        return s == null ? 0 : s.links;
    }

    /** Characters of the text nodes directly under {@code e}, whitespace and no-break spaces left out. */
    int directChars(Element e) {
        Size s = sizes.get(e);
        return s == null ? 0 : s.directChars;
    }

    /** Commas in the text nodes directly under {@code e}. */
    int directCommas(Element e) {
        Size s = sizes.get(e);
        return s == null ? 0 : s.directCommas;
    }

    /**
     * Text nodes with text (not only whitespace) inside an {@code h1}–{@code h6} below the root. Each heading
     * block a reading writes starts in one of them and no two start in the same one, so no reading of the
     * root holds more heading blocks.
     */
    int headingTexts() {
        return headingTexts;
    }

    /** The first {@code <h1>} below the root (the page's headline), or null. */
    Element firstHeadline() {
        return firstHeadline;
    }
}
