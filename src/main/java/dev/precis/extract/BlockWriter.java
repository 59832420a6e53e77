package dev.precis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Stage 5: turns the selected elements into paragraphs and cleans them up.
 * <p>
 * Walking the selection, every block element (paragraph, heading, list item, quote, table row…)
 * starts a new entry; {@code <br>} does too. Containers that read as link lists (high link
 * density, few commas) are skipped, and so are figure captions. The entries are then filtered:
 * "Read more"/"Related:" pointers, separators ("___"), rating widgets, link-only lines, the
 * headline itself, and byline/date lines at the start or end.
 */
final class BlockWriter {

    /** One output entry: a range of {@link #text}, with its character counts. */
    private static final class Block {
        /** Where the entry's text starts in {@link #text}. */
        final int start;
        /** Where it ends (set when the entry is complete). */
        int end;
        int linkChars;
        int chars;

        Block(int start) {
            this.start = start;
        }
    }

    /** The text of all entries, one after the other (one buffer grows, not one per entry). */
    private final StringBuilder text = new StringBuilder(1024);

    private final Set<Element> pruned;
    private final Map<Element, ContentScorer.Stats> stats;
    private final Names names;
    private final boolean conditional;
    private final List<Block> out = new ArrayList<>();
    private Block current = new Block(0);
    private int inLink;

    private BlockWriter(Set<Element> pruned, Map<Element, ContentScorer.Stats> stats, Names names, boolean conditional) {
        this.pruned = pruned;
        this.stats = stats;
        this.names = names;
        this.conditional = conditional;
    }

    /**
     * Paragraphs of {@code roots} in reading order, cleaned.
     *
     * @param conditional skip link-list containers (off in the last fallback attempt)
     */
    static List<String> write(List<Element> roots, Set<Element> pruned, Map<Element, ContentScorer.Stats> stats,
                              Names names, boolean conditional, String title, String byline) {
        BlockWriter w = new BlockWriter(pruned, stats, names, conditional);
        for (Element root : roots) {
            w.flush();
            w.walk(root, true);
        }
        w.flush();
        return w.filter(title, byline);
    }

    private void walk(Element e, boolean isRoot) {
        if (pruned.contains(e)) return;
        String tag = e.normalName();
        if (!isRoot && skipContainer(e, tag)) return;
        boolean block = Vocabulary.BLOCK_TAGS.contains(tag);
        if (tag.equals("br") || tag.equals("hr")) {
            flush();
            return;
        }
        if (tag.equals("tr") && isDataRow(e)) {
            writeRow(e);
            return;
        }
        if (block) flush();
        if (tag.equals("a")) inLink++;
        // child nodes by index: childNodes() would copy the list for every element
        for (int k = 0, n = e.childNodeSize(); k < n; k++) {
            Node child = e.childNode(k);
            if (child instanceof TextNode t) {
                append(t.getWholeText());
            } else if (child instanceof Element c) {
                walk(c, false);
            }
        }
        if (tag.equals("a")) inLink--;
        if (block) flush();
    }

    /** A table row of simple cells (no nested blocks): written as one entry, cells joined by " | ". */
    private static boolean isDataRow(Element tr) {
        return !hasBlock(tr, false);
    }

    /** True when an element below {@code e} is a block ({@code blocksCount}: the children themselves count). */
    private static boolean hasBlock(Element e, boolean blocksCount) {
        for (int k = 0, n = e.childNodeSize(); k < n; k++) {
            if (e.childNode(k) instanceof Element c
                    && (blocksCount && Vocabulary.BLOCK_TAGS.contains(c.normalName()) || hasBlock(c, true))) return true;
        }
        return false;
    }

    private void writeRow(Element tr) {
        flush();
        boolean first = true;
        for (int k = 0, n = tr.childNodeSize(); k < n; k++) {
            if (!(tr.childNode(k) instanceof Element cell) || pruned.contains(cell)) continue;
            int before = current.chars;
            if (!first && current.chars > 0) text.append(" | ");
            walkInline(cell);
            if (current.chars > before) first = false;
        }
        flush();
    }

    private void walkInline(Element e) {
        if (pruned.contains(e)) return;
        if (e.normalName().equals("a")) inLink++;
        for (int k = 0, n = e.childNodeSize(); k < n; k++) {
            Node child = e.childNode(k);
            if (child instanceof TextNode t) append(t.getWholeText());
            else if (child instanceof Element c) walkInline(c);
        }
        if (e.normalName().equals("a")) inLink--;
    }

    private boolean skipContainer(Element e, String tag) {
        if (tag.equals("figcaption")) return true;
        if (!conditional || !Vocabulary.CONDITIONAL_TAGS.contains(tag)) return false;
        ContentScorer.Stats s = stats.get(e);
        if (s == null || s.text == 0) return false;
        if (s.commas >= Tuning.PROSE_COMMAS) return false;
        double limit = names.classWeight(e) > 0 ? Tuning.MAX_LINK_DENSITY_POSITIVE : Tuning.MAX_LINK_DENSITY;
        if (tag.equals("p")) {
            return s.linkDensity() > Tuning.LINE_MAX_LINK_DENSITY && s.text < Tuning.SHORT_LINE_CHARS
                    && !(e.parent() != null && e.parent().normalName().equals("li"));
        }
        return s.linkDensity() > limit;
    }

    /** Appends text with each whitespace run collapsed to one space, counting its characters (and link characters). */
    private void append(String raw) {
        int n = raw.length();
        StringBuilder b = text;
        int k = 0;
        while (k < n) {
            if (Dom.isSpace(raw.charAt(k))) { // a whitespace run becomes one space
                if (b.length() > current.start && b.charAt(b.length() - 1) != ' ') b.append(' ');
                do k++; while (k < n && Dom.isSpace(raw.charAt(k)));
                continue;
            }
            // words separated by single plain spaces need no collapsing: copied in one piece
            int start = k;
            int end = k;
            int chars = 0;
            while (k < n) {
                char c = raw.charAt(k);
                if (!Dom.isSpace(c)) {
                    chars++;
                    end = ++k;
                } else if (c == ' ' && k + 1 < n && !Dom.isSpace(raw.charAt(k + 1))) {
                    k++;
                } else {
                    break;
                }
            }
            b.append(raw, start, end);
            current.chars += chars;
            if (inLink > 0) current.linkChars += chars;
        }
    }

    /** Completes the current entry; one without characters (at most a space) is dropped. */
    private void flush() {
        if (current.chars > 0) {
            current.end = text.length();
            out.add(current);
            current = new Block(text.length());
        } else {
            text.setLength(current.start);
        }
    }

    private List<String> filter(String title, String byline) {
        List<String> result = new ArrayList<>();
        String titleKey = key(Dom.normalize(title));
        String bylineKey = key(Dom.normalize(byline));
        int n = out.size();
        for (int k = 0; k < n; k++) {
            Block b = out.get(k);
            String text = stripped(b);
            if (text.isEmpty()) continue;
            boolean edge = k < Tuning.EDGE_BLOCKS || k >= n - Tuning.EDGE_BLOCKS;
            if (isBoilerplate(text, b, edge, titleKey, bylineKey)) continue;
            result.add(text);
        }
        return result;
    }

    /**
     * The entry's text without its outer spaces: append() collapsed all whitespace to single plain
     * spaces, so this equals {@code String.strip()} of the range.
     */
    private String stripped(Block b) {
        int start = b.start;
        int end = b.end;
        while (start < end && text.charAt(start) == ' ') start++;
        while (end > start && text.charAt(end - 1) == ' ') end--;
        return text.substring(start, end);
    }

    private static boolean isBoilerplate(String text, Block b, boolean edge, String titleKey, String bylineKey) {
        if (Vocabulary.SEPARATOR_LINE.matcher(text).matches()) return true;
        if (titleKey != null && text.length() == titleKey.length() && key(text).equals(titleKey)) return true;
        if (text.length() > Tuning.SHORT_LINE_CHARS) return false;
        if (bylineKey != null) {
            String k = key(text);
            if (k.equals(bylineKey) || k.equals("by " + bylineKey)) return true;
        }
        if (Vocabulary.BOILERPLATE_LINE.matcher(text).matches()) return true;
        if (text.indexOf('[') >= 0 && Vocabulary.TAGGED_TEASER_LINE.matcher(text).matches()) return true;
        if (Vocabulary.RATING_LINE.matcher(text).matches()) return true;
        double density = (double) b.linkChars / Math.max(1, b.chars);
        if (density > Tuning.LINE_MAX_LINK_DENSITY && Vocabulary.POINTER_PREFIX.matcher(text).matches()) return true;
        if (b.linkChars == b.chars && b.chars <= Tuning.NAV_LINE_CHARS) return true;
        if (b.linkChars > 0 && Vocabulary.POINTER_PREFIX.matcher(text).matches()) return true;
        if (edge && (Vocabulary.DATE_LINE.matcher(text).matches() || Vocabulary.BYLINE_LINE.matcher(text).matches())) {
            return true;
        }
        return false;
    }

    private static String key(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
