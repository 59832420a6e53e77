package dev.precis.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model's quote as {@link QuoteAligner} reads it: its words, bracket insertions and ellipses, in
 * order. An ellipsis ({@code ...}, {@code …}, {@code [...]}) splits the quote into fragments; a bracket
 * ({@code [Pyongyang]}) stands for words of the article it replaces; a bracket inside a word
 * ({@code [T]he}) only changes case and is read as the word. Ellipses at either end are dropped.
 */
final class QuoteItems {

    static final int WORD = 0;
    static final int BRACKET = 1;
    static final int ELLIPSIS = 2;

    /** Fewest words an ellipsis fragment may have: one word could be placed almost anywhere. */
    static final int MIN_FRAGMENT_WORDS = 2;
    /**
     * Fewest words a fragment needs before any word of it may differ from the article: shorter
     * fragments must match word for word.
     */
    static final int MIN_EDITABLE_FRAGMENT_WORDS = 4;

    /** A bracket not glued to a word: an editorial insertion, or an ellipsis written {@code [...]}. */
    private static final Pattern BRACKET_OR_ELLIPSIS = Pattern.compile("\\[([^\\[\\]]{0,120})\\]|\\((?:\\s?\\.){3,}\\s?\\)|\\.(?:\\s?\\.){2,}");
    /** A bracket inside a word: {@code [T]he}, {@code Pyongyang['s]}. */
    private static final Pattern GLUED_BRACKET = Pattern.compile("(?<=[\\p{L}\\p{N}])\\[([^\\[\\]\\s]{1,20})\\]|\\[([^\\[\\]\\s]{1,20})\\](?=[\\p{L}\\p{N}])");
    private static final Pattern DOTS = Pattern.compile("(?:\\s?\\.){3,}\\s?");
    private static final String QUOTE_MARKS = "\"'`";

    /**
     * One item of a quote.
     *
     * @param type         {@link #WORD}, {@link #BRACKET} or {@link #ELLIPSIS}
     * @param key          a word's {@link Words#key key} (null otherwise)
     * @param kinds        a word's {@link MeaningWords} kinds; a bracket's, all its words' together
     * @param bracketKeys  a bracket's words (null otherwise)
     * @param bracketKinds the kinds of each of a bracket's words
     */
    record Item(int type, String key, int kinds, String[] bracketKeys, int[] bracketKinds) {

        static Item word(String key, int kinds) {
            return new Item(WORD, key, kinds, null, null);
        }

        static Item bracket(String[] keys, int[] kinds) {
            int all = 0;
            for (int k : kinds) all |= k;
            return new Item(BRACKET, null, all, keys, kinds);
        }

        static final Item ELLIPSIS_ITEM = new Item(ELLIPSIS, null, 0, null, null);
    }

    final Item[] items;
    /** Whether a word of item i's fragment may differ from the article. */
    final boolean[] editable;
    /** Words outside brackets. */
    final int words;
    final int ellipses;
    final int brackets;

    private QuoteItems(List<Item> list) {
        items = list.toArray(new Item[0]);
        int n = items.length;
        editable = new boolean[n];
        int w = 0;
        int e = 0;
        int b = 0;
        for (Item it : items) {
            if (it.type() == WORD) w++;
            else if (it.type() == BRACKET) b++;
            else e++;
        }
        words = w;
        ellipses = e;
        brackets = b;
        int from = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || items[i].type() == ELLIPSIS) {
                int count = 0;
                for (int k = from; k < i; k++) if (items[k].type() == WORD) count++;
                for (int k = from; k < i; k++) editable[k] = count >= MIN_EDITABLE_FRAGMENT_WORDS;
                from = i + 1;
            }
        }
    }

    int size() {
        return items.length;
    }

    /**
     * The quote's items, or null when it cannot be aligned: an ellipsis fragment of fewer than
     * {@link #MIN_FRAGMENT_WORDS} words, or no words.
     */
    static QuoteItems parse(String quote, ArticleWords body) {
        String q = strip(MatchText.normalize(quote));
        Matcher glued = GLUED_BRACKET.matcher(q);
        q = glued.replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        List<Item> items = new ArrayList<>();
        Matcher m = BRACKET_OR_ELLIPSIS.matcher(q);
        int at = 0;
        while (m.find()) {
            words(q.substring(at, m.start()), body, items);
            String inner = m.group(1);
            if (inner == null || DOTS.matcher(inner).matches() || inner.isBlank()) {
                if (inner == null || !inner.isBlank()) ellipsis(items);
            } else {
                List<Words.Word> ws = Words.of(inner);
                if (!ws.isEmpty()) {
                    String[] keys = new String[ws.size()];
                    int[] kinds = new int[ws.size()];
                    for (int k = 0; k < ws.size(); k++) {
                        keys[k] = ws.get(k).key();
                        kinds[k] = kindsOf(ws.get(k), body);
                    }
                    items.add(Item.bracket(keys, kinds));
                }
            }
            at = m.end();
        }
        words(q.substring(at), body, items);
        while (!items.isEmpty() && items.get(0).type() == ELLIPSIS) items.remove(0);
        while (!items.isEmpty() && items.get(items.size() - 1).type() == ELLIPSIS) items.remove(items.size() - 1);
        if (items.isEmpty()) return null;
        QuoteItems parsed = new QuoteItems(items);
        int count = 0;
        for (int i = 0; i <= parsed.size(); i++) {
            if (i == parsed.size() || parsed.items[i].type() == ELLIPSIS) {
                if (count < MIN_FRAGMENT_WORDS) return null;
                count = 0;
            } else if (parsed.items[i].type() == WORD) {
                count++;
            }
        }
        return parsed;
    }

    private static void ellipsis(List<Item> items) {
        if (!items.isEmpty() && items.get(items.size() - 1).type() == ELLIPSIS) return;
        items.add(Item.ELLIPSIS_ITEM);
    }

    private static void words(String text, ArticleWords body, List<Item> items) {
        for (Words.Word w : Words.of(text)) items.add(Item.word(w.key(), kindsOf(w, body)));
    }

    /**
     * A quote word's kinds. It counts as a name when the article uses it as one, or when the quote
     * capitalizes it and it is not a function word (a model adding "Putin" at the start of its quote
     * adds a name, capitalized or not).
     */
    private static int kindsOf(Words.Word w, ArticleWords body) {
        boolean name = body.isName(w.key()) || ((w.capitalized() || w.allCaps()) && MeaningWords.canBeName(w.key()));
        return MeaningWords.kinds(w.key()) | (name ? MeaningWords.NAME : 0);
    }

    /** The quote without surrounding whitespace and quotation marks. */
    private static String strip(String q) {
        int from = 0;
        int to = q.length();
        while (from < to && (QUOTE_MARKS.indexOf(q.charAt(from)) >= 0 || Character.isWhitespace(q.charAt(from)))) from++;
        while (to > from && (QUOTE_MARKS.indexOf(q.charAt(to - 1)) >= 0 || Character.isWhitespace(q.charAt(to - 1)))) to--;
        return q.substring(from, to);
    }
}
