package dev.precis.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Stage 5: turns the selected elements into paragraphs ({@link Block}s) and cleans them up.
 * <p>
 * Walking the selection, every block element (paragraph, heading, list item, quote, table row…)
 * starts a new entry; {@code <br>} does too. Each entry notes the kind of block it came from (heading
 * level, list depth, quote, code, table row) and where its links and inline code are, for markdown.
 * Containers that read as link lists (high link density, few commas) are skipped, and so are figure
 * captions. The entries are then filtered: "Read more"/"Related:" pointers, separators ("___"),
 * rating widgets, link-only lines, the headline itself, and byline/date lines at the start or end.
 * Code blocks ({@code <pre>}) keep their lines and indentation; all other whitespace runs become one space.
 */
final class BlockWriter {

    /** One entry being written: a range of {@link #text}, with its character counts and kind. */
    private static final class Entry {
        /** Where the entry's text starts in {@link #text}. */
        final int start;
        /** Where it ends (set when the entry is complete). */
        int end;
        int linkChars;
        int chars;
        Block.Kind kind = Block.Kind.PARAGRAPH;
        int level;
        boolean ordered;
        List<Block.Span> spans;

        Entry(int start) {
            this.start = start;
        }
    }

    /** The text of all entries, one after the other (one buffer grows, not one per entry). */
    private final StringBuilder text = new StringBuilder(1024);

    private final Set<Element> prunedElements;
    private final ContentScorer.Measures measures;
    /**
     * The table the walk of the current root reads ({@link #use}): the measured body's, or the root's own when the root
     * lies outside the body. The walk goes over its sizes, each element's children found by index, and reads what the tag
     * says ({@link TextSizes.Size#tags}), whether it is pruned and its stats by index, with no look-up per element.
     */
    private TextSizes sizes;
    /** The pruned elements by their index in {@link #sizes}. */
    private boolean[] pruned;
    /** The stats by index in {@link #sizes} (null for an element not measured). */
    private ContentScorer.Stats[] stats;
    /** {@link #pruned} of the measured body's table, marked once for all roots inside it. */
    private boolean[] prunedInBody;
    private final Names names;
    private final boolean conditional;
    private final boolean cards;
    private final List<Entry> out = new ArrayList<>();
    private Entry current = new Entry(0);
    private int inLink;
    private int inCode;
    private int inPre;
    private int inQuote;
    private int heading;
    /** Ordered flag of each enclosing list, outermost first. */
    private final List<Boolean> lists = new ArrayList<>();
    private int inItem;
    /** An element to write where a pruned element that holds it is met, once ({@link #write}); null when none. */
    private Element keep;
    /** The sizes of {@link #keep}: where it stands in the table (null when none, or when it is not of the body). */
    private TextSizes.Size keepSize;
    /** {@link #keep} once it is being written (itself pruned, it is written all the same). */
    private Element restored;

    private BlockWriter(Set<Element> pruned, Map<Element, ContentScorer.Stats> stats, Names names, boolean conditional,
                        boolean cards) {
        this.cards = cards;
        this.prunedElements = pruned;
        this.measures = ContentScorer.measures(stats);
        this.names = names;
        this.conditional = conditional;
    }

    /**
     * Paragraphs of {@code roots} in reading order, cleaned.
     *
     * @param conditional skip link-list containers (off in the last fallback attempt)
     * @param discussion  a discussion's blocks: date and byline lines are its posts' headers, never dropped
     */
    static List<Block> write(List<Element> roots, Set<Element> pruned, Map<Element, ContentScorer.Stats> stats,
                             Names names, boolean conditional, String title, String byline, boolean discussion) {
        return write(roots, pruned, stats, names, conditional, title, byline, discussion, false);
    }

    /**
     * Paragraphs of {@code roots} in reading order, cleaned; with {@code cards}, a container of card links (links of
     * {@link Tuning#CARD_LINK_CHARS} on average, {@link #isCardGrid}) is content even when it is all links.
     */
    static List<Block> write(List<Element> roots, Set<Element> pruned, Map<Element, ContentScorer.Stats> stats,
                             Names names, boolean conditional, String title, String byline, boolean discussion, boolean cards) {
        return write(roots, pruned, stats, names, conditional, title, byline, discussion, cards, null);
    }

    /**
     * As {@link #write(List, Set, Map, Names, boolean, String, String, boolean, boolean)}, with {@code keep} (or null) put
     * back: where the walk meets a pruned element that is {@code keep} or holds it, {@code keep} is written there (in
     * reading order) instead of nothing; what else that pruned element holds stays out, and so does what is pruned
     * inside {@code keep}. A product's description inside a drawer the vocabulary prunes ({@link Choice}).
     */
    static List<Block> write(List<Element> roots, Set<Element> pruned, Map<Element, ContentScorer.Stats> stats,
                             Names names, boolean conditional, String title, String byline, boolean discussion, boolean cards,
                             Element keep) {
        BlockWriter w = new BlockWriter(pruned, stats, names, conditional, cards);
        w.keep = keep;
        for (Element root : roots) {
            w.flush();
            w.walk(w.use(root), true);
        }
        w.flush();
        return w.filter(title, byline, discussion);
    }

    /** The texts of {@code blocks}: the body's paragraphs. */
    static List<String> texts(List<Block> blocks) {
        List<String> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) out.add(b.text());
        return out;
    }

    /**
     * Makes the walk of {@code root} read the measured body's table, or, for a root outside the body (a winner promoted
     * above it), a table of the root's own with the stats and pruned marks of its elements looked up once; returns the
     * root's sizes in it.
     */
    private TextSizes.Size use(Element root) {
        TextSizes body = measures.sizes();
        TextSizes.Size s = body.size(root);
        if (s != null) {
            if (prunedInBody == null) prunedInBody = body.marked(prunedElements);
            sizes = body;
            pruned = prunedInBody;
            stats = measures.byIndex();
        } else {
            sizes = TextSizes.of(root, 64); // 64: a first guess, the table grows
            pruned = sizes.marked(prunedElements);
            stats = new ContentScorer.Stats[sizes.count()];
            for (int k = 0; k < stats.length; k++) stats[k] = measures.get(sizes.at(k).element);
            s = sizes.at(0);
        }
        keepSize = keep == null ? null : sizes.size(keep);
        return s;
    }

    private void walk(TextSizes.Size s, boolean isRoot) {
        Element e = s.element;
        if (pruned[s.index] && e != restored) {
            if (keepSize != null && keep != null && TextSizes.holds(s, keepSize)) { // it is keep or holds it
                Element k = keep;
                keep = null; // once
                restored = k;
                flush();
                walk(keepSize, true);
                flush();
            }
            return;
        }
        int tags = s.tags;
        if (!isRoot && skipContainer(s)) return;
        boolean block = s.block;
        if ((tags & Tags.BREAK) != 0) {
            if (inPre > 0) appendPreText("\n");
            else flush();
            return;
        }
        if ((tags & Tags.ROW) != 0 && isDataRow(s)) {
            writeRow(s);
            return;
        }
        if (block) flush();
        String tag = e.normalName();
        int before = enter(e, tag);
        int next = s.index + 1; // the first child element's index; each next one's is the end of the one before
        for (int k = 0, n = e.childNodeSize(); k < n; k++) {
            Node child = e.childNode(k);
            if (child instanceof TextNode t) {
                append(t.getWholeText());
            } else if (child instanceof Element) {
                TextSizes.Size c = sizes.at(next);
                next = c.end;
                walk(c, false);
            }
        }
        leave(e, tag, before);
        if (block) flush();
    }

    /** Notes what {@code e} starts (link, code, list, quote, heading); returns where its text begins. */
    private int enter(Element e, String tag) {
        switch (tag) {
            case "a" -> inLink++;
            case "pre" -> inPre++;
            case "code", "kbd", "samp", "tt" -> inCode++;
            case "blockquote" -> inQuote++;
            case "ul", "menu" -> lists.add(Boolean.FALSE);
            case "ol" -> lists.add(Boolean.TRUE);
            case "li" -> inItem++;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading = tag.charAt(1) - '0';
            default -> {
            }
        }
        return text.length();
    }

    private void leave(Element e, String tag, int start) {
        switch (tag) {
            case "a" -> {
                inLink--;
                if (inLink == 0 && inPre == 0) span(start, e);
            }
            case "pre" -> inPre--;
            case "code", "kbd", "samp", "tt" -> {
                inCode--;
                if (inCode == 0 && inPre == 0 && inLink == 0) span(start, null);
            }
            case "blockquote" -> inQuote--;
            case "ul", "menu", "ol" -> lists.remove(lists.size() - 1);
            case "li" -> inItem--;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading = 0;
            default -> {
            }
        }
    }

    /** Records a link or inline code span from {@code start} to the end of the text, when it is inside the current entry. */
    private void span(int start, Element link) {
        if (start < current.start || text.length() <= start) return; // an entry ended inside it, or nothing written
        if (current.spans == null) current.spans = new ArrayList<>(4);
        current.spans.add(new Block.Span(start - current.start, text.length() - current.start, link));
    }

    /** A table row of simple cells (no nested blocks): written as one entry, cells joined by " | ". */
    private boolean isDataRow(TextSizes.Size tr) {
        return !hasBlock(tr, false);
    }

    /** True when an element below {@code e} is a block ({@code blocksCount}: the children themselves count). */
    private boolean hasBlock(TextSizes.Size e, boolean blocksCount) {
        for (int child = e.index + 1; child < e.end; ) {
            TextSizes.Size c = sizes.at(child);
            child = c.end;
            if (blocksCount && c.block || hasBlock(c, true)) return true;
        }
        return false;
    }

    private void writeRow(TextSizes.Size row) {
        flush();
        Element tr = row.element;
        boolean first = true;
        boolean header = tr.parent() != null && tr.parent().normalName().equals("thead");
        boolean allTh = true;
        for (int child = row.index + 1; child < row.end; ) {
            TextSizes.Size cell = sizes.at(child);
            child = cell.end;
            if (pruned[cell.index]) continue;
            if (!cell.element.normalName().equals("th")) allTh = false;
            int before = current.chars;
            if (!first && current.chars > 0) text.append(" | ");
            walkInline(cell);
            if (current.chars > before) first = false;
        }
        if (current.chars > 0) {
            current.kind = header || allTh ? Block.Kind.HEADER_ROW : Block.Kind.ROW;
            current.level = 0;
        }
        flush();
    }

    private void walkInline(TextSizes.Size s) {
        if (pruned[s.index]) return;
        Element e = s.element;
        String tag = e.normalName();
        int before = enter(e, tag);
        int next = s.index + 1;
        for (int k = 0, n = e.childNodeSize(); k < n; k++) {
            Node child = e.childNode(k);
            if (child instanceof TextNode t) {
                append(t.getWholeText());
            } else if (child instanceof Element) {
                TextSizes.Size c = sizes.at(next);
                next = c.end;
                walkInline(c);
            }
        }
        leave(e, tag, before);
    }

    private boolean skipContainer(TextSizes.Size size) {
        int tags = size.tags;
        if ((tags & Tags.FIGCAPTION) != 0) return true;
        if (!conditional || (tags & Tags.CONDITIONAL) == 0) return false;
        Element e = size.element;
        ContentScorer.Stats s = stats[size.index];
        if (s == null || s.text == 0) return false;
        if (s.commas >= Tuning.PROSE_COMMAS) return false;
        if (cards && isCardGrid(s)) return false;
        if (s.text - s.links >= Tuning.LINK_LIST_MAX_PLAIN_CHARS) return false; // a wrapper with real text: its parts are judged
        double limit = names.classWeight(e) > 0 ? Tuning.MAX_LINK_DENSITY_POSITIVE : Tuning.MAX_LINK_DENSITY;
        if ((tags & Tags.PARAGRAPH) != 0) {
            return s.linkDensity() > Tuning.LINE_MAX_LINK_DENSITY && s.text < Tuning.SHORT_LINE_CHARS
                    && !(e.parent() != null && e.parent().normalName().equals("li"));
        }
        if ((tags & Tags.AUTHORED_LIST) != 0) return s.linkDensity() > limit && linksWithinPage(size);
        return s.linkDensity() > limit;
    }

    /**
     * True when a link of {@code e} points into the page itself ({@code href="#…"}): a table of contents, or controls a
     * script drives. Looked for only in a link-dense list or table ({@link Vocabulary#AUTHORED_LIST_TAGS}).
     */
    private boolean linksWithinPage(TextSizes.Size e) {
        for (int k = e.index; k < e.end; k++) { // the subtree's elements, in the table's document order
            TextSizes.Size d = sizes.at(k);
            if (d.link && d.element.attr("href").startsWith("#")) return true;
        }
        return false;
    }

    /**
     * A container whose links hold {@link Tuning#CARD_LINK_CHARS} characters each on average: cards, each one link
     * around a title and its description (a service page's feature grid), not a menu of short link labels.
     */
    private static boolean isCardGrid(ContentScorer.Stats s) {
        return s.anchors > 0 && s.links >= s.anchors * Tuning.CARD_LINK_CHARS;
    }

    /** The kind of the entry that is about to get its first characters, from where the walk is. */
    private void startEntry() {
        Entry c = current;
        if (inPre > 0) {
            c.kind = Block.Kind.CODE;
        } else if (heading > 0) {
            c.kind = Block.Kind.HEADING;
            c.level = heading;
        } else if (inItem > 0 && !lists.isEmpty()) {
            c.kind = Block.Kind.ITEM;
            c.level = lists.size();
            c.ordered = lists.get(lists.size() - 1);
        } else if (inQuote > 0) {
            c.kind = Block.Kind.QUOTE;
            c.level = inQuote;
        }
    }

    /** Appends text with each whitespace run collapsed to one space, counting its characters (and link characters). */
    private void append(String raw) {
        if (inPre > 0) {
            appendPreText(raw);
            return;
        }
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
            if (current.chars == 0) startEntry();
            b.append(raw, start, end);
            current.chars += chars;
            if (inLink > 0) current.linkChars += chars;
        }
    }

    /** Appends code text line by line: line breaks kept (blank lines become one), other whitespace as written. */
    private void appendPreText(String raw) {
        StringBuilder b = text;
        for (int k = 0, n = raw.length(); k < n; k++) {
            char c = raw.charAt(k);
            if (c == '\r') continue;
            if (c == '\n') { // trailing spaces of the line go; blank lines become one line break
                int len = b.length();
                while (len > current.start && (b.charAt(len - 1) == ' ' || b.charAt(len - 1) == '\t')) len--;
                b.setLength(len);
                if (len > current.start && b.charAt(len - 1) != '\n') b.append('\n');
                continue;
            }
            if (Dom.isSpace(c)) { // indentation and inner spaces kept, leading ones of the block dropped
                if (b.length() > current.start) b.append(c == '\t' ? '\t' : ' ');
                continue;
            }
            // a run of text characters (none of them a line break or space) is copied in one piece, not char by char
            int end = k + 1;
            while (end < n && !Dom.isSpace(raw.charAt(end))) end++;
            if (current.chars == 0) startEntry();
            b.append(raw, k, end);
            current.chars += end - k;
            if (inLink > 0) current.linkChars += end - k;
            k = end - 1;
        }
    }

    /** Completes the current entry; one without characters (at most a space) is dropped. */
    private void flush() {
        if (current.chars > 0) {
            current.end = text.length();
            out.add(current);
            current = new Entry(text.length());
        } else {
            text.setLength(current.start);
            current.spans = null;
            current.kind = Block.Kind.PARAGRAPH;
            current.level = 0;
            current.ordered = false;
        }
    }

    /**
     * One matcher per line pattern, reset for each line ({@link Matcher#reset(CharSequence)}): a pass tries them on
     * every short block, and a new matcher per try (its group and state arrays) cost more than the match itself. Each is
     * made when a line first gets to its pattern: most writes try only a few of them (the gates before them rule the
     * lines out), and a write made all nine.
     */
    static final class LineMatchers {
        private static final Pattern[] PATTERNS = {Vocabulary.SEPARATOR_LINE, Vocabulary.BOILERPLATE_LEADING,
                Vocabulary.BOILERPLATE_TRAILING, Vocabulary.TAGGED_TEASER_LINE, Vocabulary.RATING_LINE,
                Vocabulary.POINTER_PREFIX, Vocabulary.DATE_LINE, Vocabulary.UPDATE_STAMP, Vocabulary.BYLINE_LINE};
        static final int SEPARATOR = 0, BOILERPLATE = 1, BOILERPLATE_TRAILING = 2, TAGGED_TEASER = 3, RATING = 4,
                POINTER = 5, DATE = 6, UPDATE_STAMP = 7, BYLINE = 8;
        private final Matcher[] made = new Matcher[PATTERNS.length];

        /** True when {@code line} matches the pattern {@code which} ({@link #SEPARATOR}, ...) whole. */
        boolean matches(int which, String line) {
            Matcher m = made[which];
            if (m == null) {
                m = PATTERNS[which].matcher(line);
                made[which] = m;
                return m.matches();
            }
            return m.reset(line).matches();
        }

        /**
         * {@link Vocabulary#SEPARATOR_LINE} (symbols, punctuation and spaces only): a line that starts with a letter
         * or digit is none, and most lines do (the pattern's classes hold no letter or digit).
         */
        boolean isSeparator(String line) {
            return (line.isEmpty() || !Character.isLetterOrDigit(line.charAt(0))) && matches(SEPARATOR, line);
        }

        /**
         * {@link Vocabulary#BOILERPLATE_LINE}, in its two parts: the one of many words only on a line whose first two
         * characters may begin one ({@link Vocabulary#BOILERPLATE_STARTS}), the one that begins with any text only on a
         * line holding {@link Vocabulary#SHOP_RELATED_WORD} (in any case: {@link String#regionMatches(boolean, int,
         * String, int, int)} accepts every character the pattern's case-blind match does).
         */
        boolean isBoilerplate(String line) {
            return Vocabulary.BOILERPLATE_STARTS.mayStart(line) && matches(BOILERPLATE, line)
                    || holdsIgnoringCase(line, Vocabulary.SHOP_RELATED_WORD) && matches(BOILERPLATE_TRAILING, line);
        }

        /** True when {@code line} holds {@code word}, which begins with a space, in any case. */
        private static boolean holdsIgnoringCase(String line, String word) {
            for (int i = line.indexOf(' '); i >= 0; i = line.indexOf(' ', i + 1)) {
                if (line.regionMatches(true, i, word, 0, word.length())) return true;
            }
            return false;
        }
    }

    private List<Block> filter(String title, String byline, boolean discussion) {
        LineMatchers lines = new LineMatchers();
        List<Block> result = new ArrayList<>();
        String titleKey = key(Dom.normalize(title));
        String bylineKey = key(Dom.normalize(byline));
        int n = out.size();
        for (int k = 0; k < n; k++) {
            Entry e = out.get(k);
            int start = e.start;
            int end = e.end;
            while (start < end && Character.isWhitespace(text.charAt(start))) start++;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
            if (start == end) continue;
            String s = text.substring(start, end);
            if (discussion && s.length() <= Tuning.POST_FURNITURE_MAX_CHARS) {
                if (Vocabulary.POST_NOTE_LINE.matcher(s).matches() || Vocabulary.POST_ACTION_LINE.matcher(s).matches()
                        || isReplySubject(s, titleKey)) continue;
                Matcher stat = Vocabulary.POST_STAT_LINE.matcher(s);
                if (stat.matches()) {
                    if (stat.group(1).isEmpty() && k + 1 < n && out.get(k + 1).chars <= Tuning.POST_STAT_VALUE_MAX_CHARS) k++;
                    continue;
                }
                if (Character.isDigit(s.charAt(s.length() - 1))) {
                    Matcher stamp = Vocabulary.POST_NUMBERED_STAMP.matcher(s);
                    if (stamp.matches()) s = stamp.group(1);
                }
            }
            boolean edge = !discussion && (k < Tuning.EDGE_BLOCKS || k >= n - Tuning.EDGE_BLOCKS);
            if (isBoilerplate(s, e, edge, titleKey, bylineKey, lines)) continue;
            // an affiliate notice also stands under the headline, after a byline, a date and a photo credit
            if ((edge || !discussion && k < Tuning.DISCLOSURE_LEAD_BLOCKS) && isDisclosure(s, e)) continue;
            if (edge && isCookieNotice(s, e.kind)) continue;
            if (k >= n - Tuning.EDGE_BLOCKS && isCopyrightNotice(s, e.kind)) continue;
            result.add(new Block(s, e.kind, e.level, e.ordered, e.chars, e.linkChars, spans(e, start - e.start, s.length())));
        }
        return discussion ? withoutQuotedPosts(result) : withoutCopies(withoutAuthorBio(withoutPaywallTail(result), byline));
    }

    /**
     * {@code blocks} without a subscription prompt that cuts the text short ({@link Vocabulary#PAYWALL_TEXT}: "Become a
     * paid subscriber to unlock this piece") and all that follows it: the pitch for the subscription (what members get,
     * the publisher's other products). Only a prompt of at most {@link Tuning#PAYWALL_PROMPT_MAX_CHARS} (a sentence, not a
     * paragraph about subscriptions) after at least {@link Tuning#PAYWALL_PROMPT_MIN_SHARE} of the text (the teaser
     * came first; a prompt at the top is a banner over the text).
     */
    static List<Block> withoutPaywallTail(List<Block> blocks) {
        int total = Quality.chars(blocks);
        int seen = 0;
        Vocabulary.PaywallSearch paywall = new Vocabulary.PaywallSearch();
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (seen >= total * Tuning.PAYWALL_PROMPT_MIN_SHARE && b.text().length() <= Tuning.PAYWALL_PROMPT_MAX_CHARS
                    && b.kind() != Block.Kind.CODE && paywall.in(b.text())) {
                return new ArrayList<>(blocks.subList(0, k));
            }
            seen += b.chars();
        }
        return blocks;
    }

    /**
     * An affiliate or sponsorship disclosure ({@link Vocabulary#DISCLOSURE}) in a paragraph of at most
     * {@link Tuning#DISCLOSURE_MAX_CHARS}: a notice about the page's links, not its text.
     */
    static boolean isDisclosure(String text, Block.Kind kind) {
        if (text.length() > Tuning.DISCLOSURE_MAX_CHARS || kind == Block.Kind.CODE || kind == Block.Kind.HEADING) return false;
        return Dom.containsAny(text, Vocabulary.DISCLOSURE_WORDS) && Vocabulary.DISCLOSURE.matcher(text).find();
    }

    /**
     * A cookie notice ({@link Vocabulary#COOKIE_NOTICE}: consent by use of the site) in a paragraph of at most
     * {@link Tuning#COOKIE_NOTICE_MAX_CHARS} that says "cookie".
     */
    static boolean isCookieNotice(String text, Block.Kind kind) {
        if (text.length() > Tuning.COOKIE_NOTICE_MAX_CHARS || kind == Block.Kind.CODE || kind == Block.Kind.HEADING) return false;
        return text.contains("ookie") && Vocabulary.COOKIE_NOTICE.matcher(text).find();
    }

    /**
     * A site's copyright notice ({@link Vocabulary#COPYRIGHT_NOTICE}) of at most {@link Tuning#COPYRIGHT_NOTICE_MAX_CHARS}:
     * the page footer's line, not the text's. Never a code block's line (a program's banner quoted in a post).
     */
    static boolean isCopyrightNotice(String text, Block.Kind kind) {
        if (text.length() > Tuning.COPYRIGHT_NOTICE_MAX_CHARS || kind == Block.Kind.CODE || kind == Block.Kind.HEADING) return false;
        return holdsCopyrightMark(text) && Vocabulary.COPYRIGHT_NOTICE.matcher(text).find();
    }

    /**
     * True when {@code text} holds a copyright mark: "©", or "(c)" or "copyright" in any case. Every
     * {@link Vocabulary#COPYRIGHT_NOTICE} match holds one (each of its alternatives names the mark; its case-blind match
     * takes no other character for these letters, and {@link String#regionMatches(boolean, int, String, int, int)} accepts
     * every one it does), and few lines do: the pattern, a search from every index, runs on few.
     */
    static boolean holdsCopyrightMark(String text) {
        for (int k = 0, n = text.length(); k < n; k++) {
            char c = text.charAt(k);
            if (c == '©' || c == '(' && text.regionMatches(true, k, "(c)", 0, 3)
                    || (c | 0x20) == 'c' && text.regionMatches(true, k, "copyright", 0, 9)) return true;
        }
        return false;
    }

    private static boolean isDisclosure(String text, Entry e) {
        return isDisclosure(text, e.kind);
    }

    /**
     * {@code blocks} without the author's bio: a paragraph among the first {@link Tuning#EDGE_BLOCKS} of at least
     * {@link Tuning#LEADING_BIO_MIN_CHARS} that opens with the byline's first name and says what the author is or does
     * ({@link Vocabulary#BIO_VERB}), the bio box of an article's header (a one-line "Jane Roe is a researcher at…" above
     * the text is its standfirst and stays); and one among the last {@link Tuning#EDGE_BLOCKS} only when an
     * "About the author:" label opens it ({@link Vocabulary#BIO_LABEL}), with all that follows it. An unlabelled bio
     * at the end stays: Readability's expected outputs (Mozilla dev) keep it. Only for a byline of a person's name
     * (two capitalised words or more, {@link #bylineFirstName}): an organisation's name opens its own paragraphs.
     */
    static List<Block> withoutAuthorBio(List<Block> blocks, String byline) {
        int n = blocks.size();
        if (n <= Tuning.EDGE_BLOCKS) return blocks;
        String first = bylineFirstName(byline);
        if (first == null) return blocks;
        int end = n;
        for (int k = n - Tuning.EDGE_BLOCKS; k < n; k++) {
            if (Vocabulary.BIO_LABEL.matcher(blocks.get(k).text()).lookingAt() && isBio(blocks.get(k), first, Tuning.BIO_MIN_CHARS)) {
                end = k;
                break;
            }
        }
        List<Block> kept = null;
        for (int k = 0; k < Tuning.EDGE_BLOCKS && k < end; k++) {
            if (isBio(blocks.get(k), first, Tuning.LEADING_BIO_MIN_CHARS)) {
                if (kept == null) kept = new ArrayList<>(blocks.subList(0, k));
            } else if (kept != null) {
                kept.add(blocks.get(k));
            }
        }
        if (kept == null) return end == n ? blocks : blocks.subList(0, end);
        kept.addAll(blocks.subList(Math.min(Tuning.EDGE_BLOCKS, end), end));
        return kept;
    }

    /** A paragraph of at least {@code minChars} that opens with {@code first} (a name) and a {@link Vocabulary#BIO_VERB}. */
    private static boolean isBio(Block b, String first, int minChars) {
        String text = b.text();
        if (b.kind() != Block.Kind.PARAGRAPH || text.length() < minChars) return false;
        int at = 0;
        Matcher label = Vocabulary.BIO_LABEL.matcher(text);
        if (label.lookingAt()) at = label.end();
        if (!text.startsWith(first, at)) return false;
        int after = at + first.length();
        if (after < text.length() && Character.isLetterOrDigit(text.charAt(after))) return false;
        Matcher verb = Vocabulary.BIO_VERB.matcher(text);
        verb.region(after, Math.min(text.length(), after + Tuning.BIO_VERB_REACH));
        return verb.find();
    }

    /**
     * The first name of a byline that reads as a person's name ("Jane Roe", "By Jane Roe", "Jane Roe, Editor"): its
     * first word when it and the next are capitalised words of letters; null for an organisation's single name or a
     * byline that is not a name.
     */
    static String bylineFirstName(String byline) {
        if (byline == null) return null;
        String[] words = Dom.normalize(byline).split(" ", 4);
        int k = words.length > 0 && words[0].equalsIgnoreCase("by") ? 1 : 0;
        if (words.length < k + 2 || !isNameWord(words[k]) || !isNameWord(stripComma(words[k + 1]))) return null;
        return words[k];
    }

    private static String stripComma(String w) {
        return w.endsWith(",") ? w.substring(0, w.length() - 1) : w;
    }

    /** A capitalised word of letters, hyphens, apostrophes and dots ("Jean-Luc", "O’Neil", "J."). */
    private static boolean isNameWord(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) return false;
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.') return false;
        }
        return true;
    }

    /**
     * A discussion's blocks without the quotes of what the thread already shows: a reply that quotes an
     * earlier post repeats its paragraphs inside a block quote; the reader has read them above. A quote of
     * text not on the page (a post on an earlier page, a source) stays.
     */
    static List<Block> withoutQuotedPosts(List<Block> blocks) {
        Set<String> shown = null;
        List<Block> kept = null;
        for (int k = 0, n = blocks.size(); k < n; k++) {
            Block b = blocks.get(k);
            if (b.kind() == Block.Kind.QUOTE) {
                if (shown != null && shown.contains(b.text())) {
                    if (kept == null) kept = new ArrayList<>(blocks.subList(0, k));
                    continue;
                }
            } else {
                if (shown == null) shown = new HashSet<>();
                shown.add(b.text());
            }
            if (kept != null) kept.add(b);
        }
        return kept == null ? blocks : kept;
    }

    /**
     * {@code blocks} without second copies of a run: a page that carries its article twice (one copy per
     * screen size, a tab and a print view) repeats a whole stretch of blocks in order. A run of at least
     * {@link Tuning#COPY_MIN_BLOCKS} blocks holding {@link Tuning#COPY_MIN_SHARE} of the text that repeats an
     * earlier stretch word for word goes; a single repeated block (a table's header row, a quoted sentence)
     * and the short recurring stretches of a plan or a schedule stay.
     */
    static List<Block> withoutCopies(List<Block> blocks) {
        if (blocks.size() < 2 * Tuning.COPY_MIN_BLOCKS) return blocks;
        int total = 0;
        for (Block b : blocks) total += b.text().length();
        return withoutCopies(blocks, Tuning.COPY_MIN_BLOCKS, total * Tuning.COPY_MIN_SHARE, false);
    }

    /**
     * {@code blocks} without the later copies of a run of at least {@code minBlocks} blocks and {@code minChars}
     * characters, holding a heading, that repeats an earlier stretch word for word, anywhere: a service page's section
     * built again for another screen size (a site builder writes its desktop, tablet and phone layouts one after the
     * other, with other sections between). Unlike {@link #withoutCopies(List)} the run need not hold a share of the page: a
     * service page has many sections and each is a small part of it. The first copy stays where it stands; a plan's
     * list of features repeated under each plan (no heading in the repeated run) and a card's few lines stay.
     * Calibration in {@link Tuning#SERVICE_COPY_MIN_BLOCKS}.
     */
    static List<Block> withoutRepeatedRuns(List<Block> blocks, int minBlocks, int minChars) {
        return blocks.size() < 2 * minBlocks ? blocks : withoutCopies(blocks, minBlocks, minChars, true);
    }

    /** The run finder of {@link #withoutCopies(List)} and {@link #withoutRepeatedRuns}; {@code heading}: a run must hold one. */
    private static List<Block> withoutCopies(List<Block> blocks, int minBlocks, double minChars, boolean heading) {
        int n = blocks.size();
        Map<TextKey, Integer> first = new HashMap<>();
        boolean[] drop = null;
        int k = 0;
        while (k < n) {
            Integer m = first.putIfAbsent(new TextKey(blocks.get(k).text()), k);
            if (m == null) {
                k++;
                continue;
            }
            int len = 0;
            int chars = 0;
            while (k + len < n && m + len < k && blocks.get(m + len).text().equals(blocks.get(k + len).text())) {
                chars += blocks.get(k + len).text().length();
                len++;
            }
            if (len >= minBlocks && chars >= minChars && (!heading || hasHeading(blocks.subList(k, k + len)))) {
                if (drop == null) drop = new boolean[n];
                for (int j = k; j < k + len; j++) drop[j] = true;
                k += len;
            } else {
                k++;
            }
        }
        if (drop == null) return blocks;
        List<Block> kept = new ArrayList<>(n);
        for (int j = 0; j < n; j++) if (!drop[j]) kept.add(blocks.get(j));
        return kept;
    }

    /** True when one of {@code blocks} is a heading. */
    private static boolean hasHeading(List<Block> blocks) {
        for (Block b : blocks) if (b.kind() == Block.Kind.HEADING) return true;
        return false;
    }

    /**
     * {@code blocks} without the second and later copies of a block of at least {@code minChars} (a heading or a code
     * block excepted): a product page's description written again for another screen size or tab. The first copy stays
     * where it stands; a short line (a spec value, a size) recurs on purpose and stays.
     */
    static List<Block> withoutSecondCopies(List<Block> blocks, int minChars) {
        Set<TextKey> shown = null;
        List<Block> kept = null;
        for (int k = 0, n = blocks.size(); k < n; k++) {
            Block b = blocks.get(k);
            if (b.text().length() >= minChars && b.kind() != Block.Kind.HEADING && b.kind() != Block.Kind.CODE) {
                if (shown == null) shown = new HashSet<>();
                if (!shown.add(new TextKey(b.text()))) {
                    if (kept == null) kept = new ArrayList<>(blocks.subList(0, k));
                    continue;
                }
            }
            if (kept != null) kept.add(b);
        }
        return kept == null ? blocks : kept;
    }

    /**
     * A block's text as a map key for {@link #withoutCopies}, equal to another when the texts are equal, hashed on its
     * length and its first and last {@link #HASHED_ENDS} characters: a String's own hash reads all of every paragraph,
     * and most blocks differ in length or at an end anyway.
     */
    private record TextKey(String text) {
        /** Characters hashed at each end of the text. */
        private static final int HASHED_ENDS = 16;

        @Override
        public int hashCode() {
            int n = text.length();
            int h = n;
            for (int k = 0, m = Math.min(n, HASHED_ENDS); k < m; k++) h = 31 * h + text.charAt(k);
            for (int k = Math.max(HASHED_ENDS, n - HASHED_ENDS); k < n; k++) h = 31 * h + text.charAt(k);
            return h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TextKey other && text.equals(other.text);
        }
    }

    /**
     * {@code blocks} without a stretch of up to {@link Tuning#REPEAT_MAX_BLOCKS} blocks that repeats the stretch right
     * before it word for word: a card or a tile written twice (its hover overlay, its mobile and desktop copies) shows
     * once. A reader never sees the same paragraph twice in a row on an article or in a list of posts; a grid of product
     * tiles or a docs page's code tabs does, so the collection and documentation readings keep theirs ({@code Choice}).
     */
    static List<Block> withoutRepeats(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(b);
            int size = out.size();
            for (int len = 1; len <= Tuning.REPEAT_MAX_BLOCKS && 2 * len <= size; len++) {
                if (!repeats(out, size, len)) continue;
                if (longest(out, size, len) > Tuning.REPEAT_MAX_CHARS) break;
                out.subList(size - len, size).clear();
                break;
            }
        }
        return out.size() == blocks.size() ? blocks : out; // nothing left out: the same list
    }

    /**
     * {@code blocks} without the short lines that invite the reader to a newsletter by its delivery
     * ({@link Vocabulary#INBOX_INVITE}: "The best of X, delivered to your inbox", "Want updates to your inbox?") or by
     * what they ask ({@link Vocabulary#NEWSLETTER_INVITE}: "Join our newsletter", "Sign up for our newsletter"); only
     * lines of at most {@link Tuning#SHORT_LINE_CHARS} characters, never a code block. The same list when nothing is left
     * out. Not called on a service page, whose own newsletter is one of the offers it describes.
     */
    static List<Block> withoutInboxInvites(List<Block> blocks) {
        Matcher invite = Vocabulary.INBOX_INVITE.matcher("");
        Matcher newsletter = Vocabulary.NEWSLETTER_INVITE.matcher("");
        return without(blocks, b -> b.kind() != Block.Kind.CODE && b.text().length() <= Tuning.SHORT_LINE_CHARS
                && (holdsBox(b.text()) && invite.reset(b.text()).find()
                    || holdsLetterOrList(b.text()) && newsletter.reset(b.text()).find()));
    }

    /**
     * True when {@code line} holds "letter" or " list" in any case: every {@link Vocabulary#NEWSLETTER_INVITE} match does
     * (its case-blind match takes no other character for these letters), and few lines do.
     */
    private static boolean holdsLetterOrList(String line) {
        return holdsIgnoringCase(line, "letter") || holdsIgnoringCase(line, " list");
    }

    /**
     * True when {@code line} holds "box" in any case: every {@link Vocabulary#INBOX_INVITE} match does (its case-blind
     * match, Unicode's included, takes no other character for b, o or x), and few lines do, so the pattern, tried at
     * every index, runs on few.
     */
    private static boolean holdsBox(String line) {
        return holdsIgnoringCase(line, "box");
    }

    /**
     * True when {@code line} holds {@code word} (lower-case ASCII) in any case: the pre-check of a line pattern that
     * every match of it passes. Only where the word's first character stands is the rest compared.
     */
    private static boolean holdsIgnoringCase(String line, String word) {
        char first = word.charAt(0);
        for (int k = 0, n = line.length() - word.length(); k <= n; k++) {
            if ((line.charAt(k) | 0x20) == first && line.regionMatches(true, k, word, 0, word.length())) return true;
        }
        return false;
    }

    /**
     * {@code blocks} without those {@code drop} is true of, in order; the same list when it is true of none (no copy
     * for the common case of a filter that finds nothing).
     */
    static List<Block> without(List<Block> blocks, java.util.function.Predicate<Block> drop) {
        List<Block> kept = null;
        for (int k = 0, n = blocks.size(); k < n; k++) {
            Block b = blocks.get(k);
            boolean dropped = drop.test(b);
            if (dropped && kept == null) kept = new ArrayList<>(blocks.subList(0, k));
            if (!dropped && kept != null) kept.add(b);
        }
        return kept == null ? blocks : kept;
    }

    /** The longest text among the last {@code len} of the first {@code size} blocks. */
    private static int longest(List<Block> blocks, int size, int len) {
        int max = 0;
        for (int i = size - len; i < size; i++) max = Math.max(max, blocks.get(i).text().length());
        return max;
    }

    /** True when the last {@code len} of the first {@code size} blocks repeat the {@code len} before them. */
    private static boolean repeats(List<Block> blocks, int size, int len) {
        for (int i = size - len; i < size; i++) if (!blocks.get(i).text().equals(blocks.get(i - len).text())) return false;
        return true;
    }

    /** The entry's spans, moved by the {@code shift} characters stripped at its start and clipped to its text. */
    private static List<Block.Span> spans(Entry e, int shift, int length) {
        if (e.spans == null) return List.of();
        List<Block.Span> out = new ArrayList<>(e.spans.size());
        for (Block.Span s : e.spans) {
            int a = Math.max(0, s.start() - shift);
            int b = Math.min(length, s.end() - shift);
            if (b > a) out.add(new Block.Span(a, b, s.link()));
        }
        return out;
    }

    private static boolean isBoilerplate(String text, Entry b, boolean edge, String titleKey, String bylineKey,
                                         LineMatchers m) {
        if (m.isSeparator(text)) return true;
        if (titleKey != null && text.length() == titleKey.length() && key(text).equals(titleKey)) return true;
        if (b.kind == Block.Kind.CODE) return false;
        char first = (char) (text.charAt(0) | 0x20); // a stamp begins "Last …" or "This page was last …"
        if ((first == 'l' || first == 't') && text.length() <= Tuning.UPDATE_STAMP_MAX_CHARS
                && Vocabulary.UPDATE_STAMP_STARTS.mayStart(text) && m.matches(LineMatchers.UPDATE_STAMP, text)) return true;
        if (text.length() > Tuning.SHORT_LINE_CHARS) return false;
        if (isTemplateExpression(text) && !hasCode(b)) return true;
        if (bylineKey != null && mayBeByline(text, bylineKey)) {
            String k = key(text);
            if (k.equals(bylineKey) || k.equals("by " + bylineKey)) return true;
        }
        // from here on each test that holds makes the line boilerplate, in any order: the ones without a pattern first
        if (b.linkChars == b.chars && b.chars <= Tuning.NAV_LINE_CHARS && b.kind != Block.Kind.HEADING) return true;
        if (b.linkChars == b.chars && text.regionMatches(true, 0, Vocabulary.SKIP_LINK_START, 0, Vocabulary.SKIP_LINK_START.length())) return true;
        if (m.isBoilerplate(text)) return true;
        // a version picker ("Supported versions: Current (18) / 17 / 16"): with links, a slash or bar
        if (b.linkChars > 0 && (text.indexOf('/') >= 0 || text.indexOf('|') >= 0)
                && Vocabulary.VERSION_PICKER.matcher(text).matches()) return true;
        if (text.indexOf('[') >= 0 && m.matches(LineMatchers.TAGGED_TEASER, text)) return true;
        if (Vocabulary.RATING_STARTS.mayStart(text) && m.matches(LineMatchers.RATING, text)) return true;
        // a pointer with any link (a line more than LINE_MAX_LINK_DENSITY links has some: one try answers for both)
        if (b.linkChars > 0 && Vocabulary.POINTER_STARTS.mayStart(text) && m.matches(LineMatchers.POINTER, text)) return true;
        if (edge && (PageTypes.hasDigit(text) && m.matches(LineMatchers.DATE, text) || m.matches(LineMatchers.BYLINE, text))) {
            return true;
        }
        return false;
    }

    /**
     * A line that is one client-side template expression left unrendered ("{{ DiscussionBoard.errors[42].message }}"):
     * a script fills it in (usually with nothing, an error slot) when the page runs; its raw form is markup, not text.
     * Never in a code block or inline code, where it is an example (a template language's docs: "{{ form }}").
     */
    static boolean isTemplateExpression(String text) {
        return text.length() > 4 && text.startsWith("{{") && text.endsWith("}}") && text.indexOf("}}") == text.length() - 2;
    }

    /** True when the entry holds inline code ({@link Block.Span} without a link). */
    private static boolean hasCode(Entry e) {
        if (e.spans == null) return false;
        for (Block.Span sp : e.spans) if (sp.link() == null) return true;
        return false;
    }

    /**
     * A reply's subject line that only echoes the thread's title ("Re: Discuss the 7.1 release here" under a page
     * titled "Discuss the 7.1 release here - Forums"): repeated over every post, it says nothing the title did not.
     */
    private static boolean isReplySubject(String text, String titleKey) {
        if (titleKey == null || text.length() < Tuning.REPLY_SUBJECT_MIN_CHARS || !text.regionMatches(true, 0, "re:", 0, 3)) return false;
        return titleKey.contains(key(text.substring(3).strip()));
    }

    /**
     * False when {@code text} lower-cased can be neither {@code bylineKey} nor "by " and it, by length: lower-casing
     * keeps a text's length but for each 'İ' (U+0130, which becomes two chars), so most lines are ruled out without a
     * lower-cased copy.
     */
    private static boolean mayBeByline(String text, String bylineKey) {
        int n = text.length();
        return n == bylineKey.length() || n == bylineKey.length() + 3 || text.indexOf('\u0130') >= 0;
    }

    private static String key(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
