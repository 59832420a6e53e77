package dev.precis.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of an article body ({@link Words}, read from its normalized form) with their
 * {@link MeaningWords kinds}, where sentences and clauses begin, and where each word occurs: what
 * {@link QuoteAligner} aligns quotes to. Built once per article ({@link BodyIndex#words()}), only when a
 * quote needs aligning.
 *
 * <p>A sentence begins after a line break, or after {@code . ! ?} followed by a capital, a digit or an
 * opening quote, unless the period ends a title or initial ({@code Dr.}, {@code J.}) or an acronym
 * ({@code U.S.}). A clause begins at a sentence, or after a comma, semicolon, colon, parenthesis,
 * bracket, double quote or dash, and at a conjunction ({@code and}, {@code but}, {@code while}…). A word is a name when the article capitalizes it where a sentence
 * does not begin (or writes it in capitals), and it is not a function word; then every use of it is.
 */
final class ArticleWords {

    /** Abbreviations after which a period does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "maj",
            "adm", "rev", "st", "mt", "ft", "jr", "sr", "no", "vs", "v", "inc", "corp", "co", "ltd", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "vol", "pp");

    private static final String TERMINATORS = ".!?\u3002\uFF01\uFF1F";
    /** Full stops of scripts without capitals: they end a sentence whatever follows. */
    private static final String WIDE_TERMINATORS = "\u3002\uFF01\uFF1F";
    private static final String CLAUSE_MARKS = ",;:()[]\"";
    /** Words that begin a clause of their own: "and now expects …" can be left out whole. */
    private static final Set<String> CONJUNCTIONS = Set.of(
            "and", "but", "or", "nor", "yet", "while", "whereas", "although", "though", "because");

    /** The original body; offsets index into it. */
    final String body;
    final String[] keys;
    /** {@link MeaningWords} kinds of each word, {@link MeaningWords#NAME} included. */
    final int[] kinds;
    /** Offsets of each word in {@link #body}. */
    final int[] starts;
    final int[] ends;
    /** A sentence begins at word i. */
    final boolean[] sentenceStart;
    /** A clause begins at word i (every sentence start is one). */
    final boolean[] clauseStart;
    /** The clause holding word i: its first word, and the first word after it. */
    final int[] clauseFirst;
    final int[] clauseEnd;
    private final Set<String> nameKeys;
    private Map<String, int[]> postings;

    ArticleWords(String body, MatchText text) {
        this.body = body;
        List<Words.Word> words = Words.of(text.text);
        int n = words.size();
        keys = new String[n];
        kinds = new int[n];
        starts = new int[n];
        ends = new int[n];
        sentenceStart = new boolean[n];
        clauseStart = new boolean[n];
        clauseFirst = new int[n];
        clauseEnd = new int[n];
        boolean[] initial = new boolean[n];
        Map<String, String> vocabulary = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Words.Word w = words.get(i);
            keys[i] = vocabulary.computeIfAbsent(w.key(), k -> k);   // one String per distinct word
            Span span = text.originalSpan(w.from(), w.to());
            starts[i] = span.start();
            ends[i] = span.end();
            if (i == 0) {
                sentenceStart[i] = clauseStart[i] = initial[i] = true;
                continue;
            }
            Words.Word prev = words.get(i - 1);
            String t = text.text;
            int from = prev.to();
            int to = w.from();
            sentenceStart[i] = has(body, ends[i - 1], starts[i], '\n') || endsSentence(t, from, to, prev, w);
            clauseStart[i] = sentenceStart[i] || endsClause(t, from, to, body, ends[i - 1], starts[i])
                    || CONJUNCTIONS.contains(keys[i]);
            initial[i] = sentenceStart[i] || has(t, from, to, '"') || has(t, from, to, ':') || has(t, from, to, '(');
        }
        nameKeys = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Words.Word w = words.get(i);
            if ((w.allCaps() || (w.capitalized() && !initial[i])) && MeaningWords.canBeName(keys[i])) nameKeys.add(keys[i]);
        }
        for (int i = 0; i < n; i++) {
            kinds[i] = MeaningWords.kinds(keys[i]) | (nameKeys.contains(keys[i]) ? MeaningWords.NAME : 0);
        }
        int first = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || (i > 0 && clauseStart[i])) {
                for (int k = first; k < i; k++) {
                    clauseFirst[k] = first;
                    clauseEnd[k] = i;
                }
                first = i;
            }
        }
    }

    /** Number of words. */
    int size() {
        return keys.length;
    }

    /** Whether the article uses a word with this key as a name. */
    boolean isName(String key) {
        return nameKeys.contains(key);
    }

    /** Where words with this key occur, in order (empty when nowhere). */
    int[] postings(String key) {
        if (postings == null) {
            Map<String, List<Integer>> lists = new HashMap<>();
            for (int i = 0; i < keys.length; i++) lists.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
            Map<String, int[]> built = new HashMap<>(lists.size() * 2);
            lists.forEach((k, v) -> built.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            postings = built;
        }
        return postings.getOrDefault(key, new int[0]);
    }

    /**
     * The original text of words {@code [first, end)}: from the first word's first character to the last
     * word's last, then the sentence's final punctuation right after it, and a quotation mark on either
     * side that the span opens or closes without its partner.
     */
    Span span(int first, int end) {
        int s = starts[first];
        int e = ends[end - 1];
        while (e < body.length() && TERMINATORS.indexOf(body.charAt(e)) >= 0) e++;
        if (e < body.length() && needs(s, e, body.charAt(e), '\u201C', '\u201D')) e++;
        if (s > 0 && needs(s, e, body.charAt(s - 1), '\u201D', '\u201C')) s--;
        return new Span(s, e);
    }

    /**
     * Whether the quotation mark {@code mark} beside {@code [from, to)} belongs to it: a curly
     * {@code partner} inside is unmatched, or a straight {@code "} inside is unpaired.
     */
    private boolean needs(int from, int to, char mark, char partner, char same) {
        if (mark == '"') return count(from, to, '"') % 2 == 1;
        return mark == same && count(from, to, partner) > count(from, to, same);
    }

    private int count(int from, int to, char c) {
        int n = 0;
        for (int i = from; i < to; i++) if (body.charAt(i) == c) n++;
        return n;
    }

    /** Whether the separator {@code text[from, to)} between words {@code prev} and {@code next} ends a sentence. */
    private static boolean endsSentence(String text, int from, int to, Words.Word prev, Words.Word next) {
        int t = -1;
        for (int k = from; k < to && t < 0; k++) if (TERMINATORS.indexOf(text.charAt(k)) >= 0) t = k;
        if (t < 0) return false;
        if (WIDE_TERMINATORS.indexOf(text.charAt(t)) >= 0) return true;
        if (t == from && text.charAt(t) == '.' && (ABBREVIATIONS.contains(prev.key()) || isInitialOrAcronym(prev))) return false;
        return next.capitalized() || has(text, t, to, '"') || has(text, t, to, '\'')
                || Character.isDigit(next.key().isEmpty() ? 'x' : next.key().charAt(0));
    }

    /** A single capital ({@code J.}) or a dotted acronym ({@code U.S.}): its period is not an ending. */
    private static boolean isInitialOrAcronym(Words.Word w) {
        int length = w.to() - w.from();
        return (length == 1 && w.capitalized()) || (w.allCaps() && w.key().length() <= 3 && length > w.key().length());
    }

    private static boolean has(String s, int from, int to, char c) {
        for (int k = from; k < to; k++) if (s.charAt(k) == c) return true;
        return false;
    }

    /** Whether the separator {@code text[from, to)} (originally {@code body[rawFrom, rawTo)}) ends a clause. */
    private static boolean endsClause(String text, int from, int to, String body, int rawFrom, int rawTo) {
        for (int k = from; k < to; k++) if (CLAUSE_MARKS.indexOf(text.charAt(k)) >= 0) return true;
        if (has(body, rawFrom, rawTo, '\u2014') || has(body, rawFrom, rawTo, '\u2013')) return true;
        return has(text, from, to, '-') && has(text, from, to, ' ');   // a spaced hyphen used as a dash
    }
}
