package dev.precis.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say in the {@link Vocabulary}, worked out once per
 * distinct value on a page and then looked up: pages repeat the same class values hundreds of times,
 * and every stage asks about them. A value's answer is a set of bit flags, one per vocabulary one of
 * its tokens belongs to. Tokens are the lower-cased parts of a value split on spaces and
 * {@code - _ : . /} (so {@code header} never matches {@code ad}). One instance serves one page (it is
 * not thread-safe).
 */
final class Names {

    /** A token is a strong negative ({@link Vocabulary#STRONG_NEGATIVE_TOKENS}). */
    static final int STRONG_NEGATIVE = 1;
    /** A token is a weak negative ({@link Vocabulary#WEAK_NEGATIVE_TOKENS}). */
    static final int WEAK_NEGATIVE = 1 << 1;
    /** A token marks the article body ({@link Vocabulary#POSITIVE_TOKENS}). */
    static final int POSITIVE = 1 << 2;
    /** A token, or a part of a camelCase name ("articleByline"), names a byline ({@link Vocabulary#BYLINE_TOKENS}). */
    static final int BYLINE = 1 << 3;
    /** A token marks a paywall or teaser ({@link Vocabulary#PAYWALL_TOKENS}). */
    static final int PAYWALL = 1 << 4;
    /** A token names what is never the content of any kind of page ({@link Vocabulary#JUNK_TOKENS}). */
    static final int JUNK = 1 << 5;
    /** A weak-negative token that does not name a post's author or date ({@link Vocabulary#POST_META_TOKENS}). */
    static final int WEAK_NOT_POST_META = 1 << 6;
    /** A token names a cookie-consent box ({@link Vocabulary#CONSENT_TOKENS}). */
    static final int CONSENT = 1 << 7;
    /** A strong-negative token that does not name a reply ({@link Vocabulary#REPLY_TOKENS}). */
    static final int STRONG_NOT_REPLY = 1 << 8;
    /** A junk token that does not name a reply ({@link Vocabulary#REPLY_TOKENS}). */
    static final int JUNK_NOT_REPLY = 1 << 9;

    /** The flags by which a token names a non-content block (what a list item's name does not say on a list page). */
    private static final int NEGATIVE_FLAGS = STRONG_NEGATIVE | WEAK_NEGATIVE | WEAK_NOT_POST_META | STRONG_NOT_REPLY;

    /** How strongly an element's class/id vocabulary marks it as non-content. */
    enum Verdict { NONE, WEAK, STRONG }

    /** The flags of every vocabulary token: one look-up per token instead of one per vocabulary. */
    private static final Map<String, Integer> TOKEN_FLAGS = new HashMap<>();

    static {
        addFlag(Vocabulary.STRONG_NEGATIVE_TOKENS, STRONG_NEGATIVE);
        addFlag(Vocabulary.WEAK_NEGATIVE_TOKENS, WEAK_NEGATIVE);
        addFlag(Vocabulary.POSITIVE_TOKENS, POSITIVE);
        addFlag(Vocabulary.BYLINE_TOKENS, BYLINE);
        addFlag(Vocabulary.PAYWALL_TOKENS, PAYWALL);
        addFlag(Vocabulary.JUNK_TOKENS, JUNK);
        addFlag(Vocabulary.CONSENT_TOKENS, CONSENT);
        for (String t : Vocabulary.STRONG_NEGATIVE_TOKENS) {
            if (!Vocabulary.REPLY_TOKENS.contains(t)) TOKEN_FLAGS.merge(t, STRONG_NOT_REPLY, (a, b) -> a | b);
        }
        for (String t : Vocabulary.JUNK_TOKENS) {
            if (!Vocabulary.REPLY_TOKENS.contains(t)) TOKEN_FLAGS.merge(t, JUNK_NOT_REPLY, (a, b) -> a | b);
        }
        for (String t : Vocabulary.WEAK_NEGATIVE_TOKENS) {
            if (!Vocabulary.POST_META_TOKENS.contains(t)) TOKEN_FLAGS.merge(t, WEAK_NOT_POST_META, (a, b) -> a | b);
        }
    }

    /** {@link #TOKEN_FLAGS} bit (never a verdict) of a {@link Vocabulary#SIDEBAR_TOKENS} token in {@link #TABLE}. */
    private static final int SIDEBAR_TOKEN = 1 << 30;
    /** {@link #TOKEN_FLAGS} bit (never a verdict) of a {@link Vocabulary#LAYOUT_TOKENS} token in {@link #TABLE}. */
    private static final int LAYOUT_TOKEN = 1 << 29;
    /** {@link #TOKEN_FLAGS} bit (never a verdict) of a {@link Vocabulary#LIST_ITEM_TOKENS} token in {@link #TABLE}. */
    private static final int LIST_ITEM_TOKEN = 1 << 28;
    /** {@link #TOKEN_FLAGS} bit (never a verdict) of a {@link Vocabulary#CARD_TOKENS} token in {@link #TABLE}. */
    private static final int CARD_TOKEN = 1 << 27;
    /** {@link #TOKEN_FLAGS} bit (never a verdict) of a {@link Vocabulary#PRODUCT_NON_CONTENT_TOKENS} token in {@link #TABLE}. */
    private static final int PRODUCT_TOKEN = 1 << 26;
    /** The bits of {@link #TABLE} that are no verdict: what a token is besides its flags. */
    private static final int KIND_BITS = SIDEBAR_TOKEN | LAYOUT_TOKEN | LIST_ITEM_TOKEN | CARD_TOKEN | PRODUCT_TOKEN;
    /** {@link #TOKEN_FLAGS} with the sidebar, layout, list-item, card and product bits, looked up by a token's place in its value. */
    private static final TokenTable TABLE = TokenTable.of();

    /**
     * The vocabulary's tokens and flags in an open-addressing table looked up by a range of a value (the token's
     * place in it): {@link #tokenFlags} splits a page's class and id values, thousands of tokens, without a
     * substring per token. Gives what {@code TOKEN_FLAGS.getOrDefault(token, 0)} gives.
     */
    private static final class TokenTable {
        final String[] keys;
        final int[] flags;
        final int mask;

        private TokenTable(int capacity) {
            keys = new String[capacity];
            flags = new int[capacity];
            mask = capacity - 1;
        }

        static TokenTable of() {
            Map<String, Integer> all = new HashMap<>(TOKEN_FLAGS);
            for (String t : Vocabulary.SIDEBAR_TOKENS) all.merge(t, SIDEBAR_TOKEN, (a, b) -> a | b);
            for (String t : Vocabulary.LAYOUT_TOKENS) all.merge(t, LAYOUT_TOKEN, (a, b) -> a | b);
            for (String t : Vocabulary.LIST_ITEM_TOKENS) all.merge(t, LIST_ITEM_TOKEN, (a, b) -> a | b);
            for (String t : Vocabulary.CARD_TOKENS) all.merge(t, CARD_TOKEN, (a, b) -> a | b);
            for (String t : Vocabulary.PRODUCT_NON_CONTENT_TOKENS) all.merge(t, PRODUCT_TOKEN, (a, b) -> a | b);
            TokenTable table = new TokenTable(Integer.highestOneBit(all.size() * 4));
            all.forEach((key, f) -> {
                int i = slot(key.hashCode(), table.mask);
                while (table.keys[i] != null) i = (i + 1) & table.mask;
                table.keys[i] = key;
                table.flags[i] = f;
            });
            return table;
        }

        private static int slot(int hash, int mask) {
            return (hash ^ (hash >>> 16)) & mask;
        }

        /**
         * The flags of the token {@code value[from, to)}, whose {@link String#hashCode} is {@code h} (worked out as the
         * token is split off); 0 for a word of no vocabulary.
         */
        int get(String value, int from, int to, int h) {
            int len = to - from;
            for (int i = slot(h, mask); keys[i] != null; i = (i + 1) & mask) {
                String key = keys[i];
                if (key.length() == len && key.regionMatches(0, value, from, len)) return flags[i];
            }
            return 0;
        }
    }

    /** The flags a sidebar word gives a class that names the sidebar itself, not a layout with one. */
    private static final int SIDEBAR_FLAGS = flagsOfAll(Vocabulary.SIDEBAR_TOKENS);

    private static int flagsOfAll(Set<String> tokens) {
        int f = 0;
        for (String t : tokens) f |= TOKEN_FLAGS.getOrDefault(t, 0);
        return f;
    }

    private static void addFlag(Set<String> tokens, int flag) {
        for (String t : tokens) TOKEN_FLAGS.merge(t, flag, (a, b) -> a | b);
    }

    /** The page is a reply tree ({@link PageTypes#replyTree}): comment words name its posts, not furniture. */
    private final boolean replyTree;

    private final Map<String, Integer> classFlags = new HashMap<>();
    private final Map<String, Integer> idFlags = new HashMap<>();

    /** The page is read as a product page: its customer reviews and rating widgets are not its content ({@link Vocabulary#PRODUCT_NON_CONTENT_TOKENS}). */
    private final boolean product;

    /** The page is read as a list: {@link Vocabulary#LIST_ITEM_TOKENS} name its items ({@link #Names(boolean, boolean, boolean)}). */
    private final boolean list;

    Names() {
        this(false);
    }

    /** @param replyTree the page's content is a tree of replies ({@link PageTypes#isReplyTree}) */
    Names(boolean replyTree) {
        this(replyTree, false);
    }

    /**
     * @param replyTree the page's content is a tree of replies ({@link PageTypes#isReplyTree})
     * @param product   the page is read as a product page: {@link Vocabulary#PRODUCT_NON_CONTENT_TOKENS} are strong negatives
     */
    Names(boolean replyTree, boolean product) {
        this(replyTree, product, false);
    }

    /**
     * @param replyTree the page's content is a tree of replies ({@link PageTypes#isReplyTree})
     * @param product   the page is read as a product page: {@link Vocabulary#PRODUCT_NON_CONTENT_TOKENS} are strong negatives
     * @param list      the page is read as a list of items: {@link Vocabulary#LIST_ITEM_TOKENS} name its items, no negatives
     */
    Names(boolean replyTree, boolean product, boolean list) {
        this.replyTree = replyTree;
        this.product = product;
        this.list = list;
    }

    /**
     * Whether a run of strongly named cards with long plain text may be the page's own list ({@code Cleaner}'s card
     * runs): not on a shop's product page, whose review cards are long plain text and never its content, nor on a
     * list page, whose cards are named as items already.
     */
    boolean mayOwnCards() {
        return !product && !list;
    }

    /** The flags of the element's {@code class} value (0 without one). */
    int ofClass(Element e) {
        String value = e.attr("class");
        if (value.isEmpty()) return 0;
        Integer f = classFlags.get(value);
        if (f == null) {
            f = tokenFlags(value, list, product) | (hasCamelCaseBylineWord(value.trim()) ? BYLINE : 0); // trimmed as className()
            classFlags.put(value, f);
        }
        return f;
    }

    /** The flags of the element's {@code id} value (0 without one). */
    int ofId(Element e) {
        String value = e.id();
        if (value.isEmpty()) return 0;
        Integer f = idFlags.get(value);
        if (f == null) {
            f = tokenFlags(value, list, product) | (hasCamelCaseBylineWord(value) ? BYLINE : 0);
            idFlags.put(value, f);
        }
        return f;
    }

    /**
     * Judges the class/id flags: {@code STRONG} when a class token is a strong negative (share,
     * related, comments…); {@code WEAK} when a weak negative (or a strong one in the id, which is
     * often derived from a heading, e.g. {@code #sharing-with-a-single-developer}; a consent word in the id is
     * strong all the same) appears and no
     * positive token does; else {@code NONE}.
     */
    static Verdict judge(int classFlags, int idFlags) {
        if ((classFlags & STRONG_NEGATIVE) != 0 || (idFlags & CONSENT) != 0) return Verdict.STRONG;
        boolean weak = (classFlags & WEAK_NEGATIVE) != 0 || (idFlags & (STRONG_NEGATIVE | WEAK_NEGATIVE)) != 0;
        boolean positive = ((classFlags | idFlags) & POSITIVE) != 0;
        return weak && !positive ? Verdict.WEAK : Verdict.NONE;
    }

    /**
     * The flags as they read on a discussion page, where every post has its author and date: the
     * weak-negative flag stays only when a token other than a post's author or date set it. Comment words
     * still prune (on question-and-answer pages the comments under a post are not part of the thread), except
     * on a page whose content is a tree of replies ({@link #Names(boolean)}): there they name the posts.
     */
    int asDiscussion(int flags) {
        int f = flags & ~WEAK_NEGATIVE;
        if ((flags & WEAK_NOT_POST_META) != 0) f |= WEAK_NEGATIVE;
        if (replyTree) {
            f &= ~(STRONG_NEGATIVE | JUNK);
            if ((flags & STRONG_NOT_REPLY) != 0) f |= STRONG_NEGATIVE;
            if ((flags & JUNK_NOT_REPLY) != 0) f |= JUNK;
        }
        return f;
    }

    /**
     * Readability-style class weight: each of class and id adds {@link Tuning#CLASS_WEIGHT} when it
     * has a positive token and subtracts it when it has a negative one.
     */
    int classWeight(Element e) {
        return weight(ofClass(e)) + weight(ofId(e));
    }

    private static int weight(int flags) {
        int w = 0;
        if ((flags & (STRONG_NEGATIVE | WEAK_NEGATIVE)) != 0) w -= Tuning.CLASS_WEIGHT;
        if ((flags & POSITIVE) != 0) w += Tuning.CLASS_WEIGHT;
        return w;
    }

    /** Characters that split a class or id value into tokens: whitespace and {@code - _ : . /}. */
    private static boolean isTokenSeparator(char c) {
        return c == ' ' || c == '-' || c == '_' || c == ':' || c == '.' || c == '/' || Character.isWhitespace(c);
    }

    /** The lower-cased tokens of an attribute value (class or id). */
    static List<String> tokensOf(String value) {
        List<String> out = new ArrayList<>();
        value = value.toLowerCase(Locale.ROOT); // once, not per token (no copy when already lower-case)
        int n = value.length();
        int start = -1;
        for (int k = 0; k <= n; k++) {
            boolean sep = isTokenSeparator(k < n ? value.charAt(k) : ' ');
            if (!sep && start < 0) start = k;
            if (sep && start >= 0) {
                out.add(value.substring(start, k));
                start = -1;
            }
        }
        return out;
    }

    /**
     * True when every negative token of the class value ({@link Vocabulary#STRONG_NEGATIVE_TOKENS},
     * {@link Vocabulary#WEAK_NEGATIVE_TOKENS}) is an {@link Vocabulary#AD_ABBREVIATIONS} word, and there is one.
     * Asked only of headings and paragraphs a vocabulary verdict would prune (rare), so it splits the value again.
     */
    static boolean negativeOnlyAsAbbreviation(String classValue) {
        return negativeOnlyIn(classValue, Vocabulary.AD_ABBREVIATIONS);
    }

    /**
     * True when every negative token of the class value ({@link Vocabulary#STRONG_NEGATIVE_TOKENS},
     * {@link Vocabulary#WEAK_NEGATIVE_TOKENS}) is one of {@code words}, and there is one. Asked only of the few elements
     * a vocabulary verdict would prune, so it splits the value again.
     */
    static boolean negativeOnlyIn(String classValue, Set<String> words) {
        boolean hit = false;
        for (String t : tokensOf(classValue)) {
            if (words.contains(t)) hit = true;
            else if (Vocabulary.STRONG_NEGATIVE_TOKENS.contains(t) || Vocabulary.WEAK_NEGATIVE_TOKENS.contains(t)) return false;
        }
        return hit;
    }

    /**
     * True when the class value's only negative words are {@link Vocabulary#WIDGET_TOKENS} and one of its tokens is a
     * {@link Vocabulary#TEXT_WIDGET_TOKENS} word: a page builder's rich-text box. Asked only of the few elements a
     * weak verdict would prune, so it splits the value again.
     */
    static boolean namesTextWidget(String classValue) {
        if (!negativeOnlyIn(classValue, Vocabulary.WIDGET_TOKENS)) return false;
        for (String t : tokensOf(classValue)) if (Vocabulary.TEXT_WIDGET_TOKENS.contains(t)) return true;
        return false;
    }

    /**
     * The flags of the tokens of a class or id value ({@link #tokensOf}, split in place, each token's hash worked out as
     * it is read); on a product page ({@code product}) a {@link Vocabulary#PRODUCT_NON_CONTENT_TOKENS} token is a strong
     * negative.
     */
    private static int tokenFlags(String value, boolean list, boolean product) {
        int f = 0;
        boolean sidebar = false;
        boolean layout = false;
        boolean card = false;
        boolean productNonContent = false;
        value = value.toLowerCase(Locale.ROOT); // the tokens of tokensOf, found in place
        int n = value.length();
        int start = -1;
        int h = 0;
        for (int k = 0; k <= n; k++) {
            char c = k < n ? value.charAt(k) : ' ';
            if (!isTokenSeparator(c)) {
                if (start < 0) {
                    start = k;
                    h = 0;
                }
                h = 31 * h + c;
                continue;
            }
            if (start < 0) continue;
            int t = TABLE.get(value, start, k, h);
            start = -1;
            productNonContent |= product && (t & PRODUCT_TOKEN) != 0;
            if ((t & SIDEBAR_TOKEN) != 0) {
                sidebar = true;
                continue;
            }
            if ((t & LAYOUT_TOKEN) != 0) layout = true;
            card |= list && (t & CARD_TOKEN) != 0;
            int flags = t & ~KIND_BITS;
            f |= list && (t & LIST_ITEM_TOKEN) != 0 ? flags & ~NEGATIVE_FLAGS : flags;
        }
        // on a list page an item's card ("card-wrapper underline-links-hover") is not pruned for a weak word beside it
        if (card) f &= ~(WEAK_NEGATIVE | WEAK_NOT_POST_META);
        // "has-sidebar", "content-sidebar-wrap", "sidebar-layout": a page layout with a sidebar, i.e. its wrapper
        if (sidebar && !layout) f |= SIDEBAR_FLAGS;
        return productNonContent ? f | STRONG_NEGATIVE : f;
    }

    /** True when a camelCase name ("articleByline", "gnPriBylines") holds a byline word as one of its parts. */
    private static boolean hasCamelCaseBylineWord(String name) {
        if (name.isEmpty()) return false;
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower == name) return false; // already lower-case (no copy made): no camelCase; plain tokens were checked
        if (!Dom.containsAny(lower, Vocabulary.BYLINE_TOKENS)) return false;
        int n = name.length();
        int start = 0;
        boolean camel = false;
        for (int k = 1; k <= n; k++) {
            boolean boundary = k == n || Character.isUpperCase(name.charAt(k)) && Character.isLowerCase(name.charAt(k - 1));
            boolean sep = k < n && !Character.isLetterOrDigit(name.charAt(k));
            if (boundary && k < n) camel = true;
            if (boundary || sep) {
                if (camel && k > start && Vocabulary.BYLINE_TOKENS.contains(name.substring(start, k).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = sep ? k + 1 : k;
            }
        }
        return false;
    }
}
