package dev.precis.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places a quote that is not a substring of the article: aligns its words ({@link Words}) to the
 * article's words and accepts the best span when it is close enough. An edit distance over words,
 * with free start and end in the article, in which a quote may:
 * <ul>
 *   <li>use one word of its own ({@link #MAX_OWN_WORDS}): a synonym in place of an article word, or a
 *       word the article does not have — never a {@link MeaningWords meaning-bearing} one (negation,
 *       hedge, quantity, time, direction, name);</li>
 *   <li>leave out a run of article words within a sentence (a dropped phrase), unless the run holds a
 *       negation, hedge, quantity, direction or name outside a clause it leaves out whole; first and
 *       last names may be shortened;</li>
 *   <li>skip words at an ellipsis: its fragments must come in the article's order, with at most one
 *       sentence boundary in each gap, and a gap may not swallow a negation or hedge outside a whole
 *       clause ("the landlord is ... permitted" for "is not permitted");</li>
 *   <li>put a bracket ({@code [Pyongyang]}) for up to {@link #MAX_BRACKET_WORDS} article words, which
 *       may not be meaning-bearing words the bracket does not repeat (nor may the bracket add one,
 *       names aside).</li>
 * </ul>
 * Case and punctuation never count. Costs, in edits: a word of its own 1; a left-out run 1, plus
 * {@link #EXTRA_OMITTED_WORD} for each word after the first unless the run is whole clauses; ellipses
 * and brackets 0. Close enough: at most {@link #MAX_EDITS_PER_WORD} edits per word of the quote, so a
 * quote of fewer than 5 words must match word for word.
 *
 * <p>Only the article near the quote's rarest words is searched: all but one of a quote's words
 * must be the article's, so one of its two rarest words found in the article is in the right place.
 */
final class QuoteAligner {

    /** Edits allowed per word of the quote (words in brackets not counted). */
    static final double MAX_EDITS_PER_WORD = 0.2;
    /** Words of the model's own a quote may have: one synonym, or one word added. */
    static final int MAX_OWN_WORDS = 1;
    /** Longest run of article words a quote may leave out without an ellipsis. */
    static final int MAX_OMITTED_WORDS = 30;
    /** Longest gap an ellipsis may stand for, in words (it may also cross one sentence boundary at most). */
    static final int MAX_ELIDED_WORDS = 80;
    /** Most article words a bracket may stand for. */
    static final int MAX_BRACKET_WORDS = 4;
    /** Cost of each left-out word after the first of a run that is not whole clauses. */
    static final double EXTRA_OMITTED_WORD = 0.25;
    /** Longest quote aligned, in words; longer ones must be found as they are. */
    static final int MAX_ALIGNED_WORDS = 200;
    /**
     * Most steps spent aligning one quote (a bound on time for any article and quote, some tenths of
     * a second): article words searched × the steps each quote item takes per word.
     */
    private static final long MAX_STEPS = 60_000_000;

    /** Words a bracket may stand for without repeating them: pronouns and determiners. */
    private static final java.util.Set<String> REFERRING = java.util.Set.of(
            "he", "she", "it", "they", "him", "her", "them", "his", "hers", "its", "their", "theirs", "we", "us",
            "our", "i", "me", "my", "you", "your", "this", "that", "these", "those", "here", "there", "the", "a",
            "an", "ones", "who", "which", "what", "whom", "whose");

    /** Words that open a description a bracket may stand for ("the company", "its leader"). */
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of(
            "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your");

    /** Costs in quarter edits, so they stay integers. */
    private static final int UNIT = 4;
    private static final int OWN = UNIT;
    private static final int OMIT = UNIT;
    private static final int OMIT_EXTRA = (int) Math.round(EXTRA_OMITTED_WORD * UNIT);
    private static final int INF = Integer.MAX_VALUE / 4;

    /**
     * Where a quote was placed.
     *
     * @param first the first article word of the span
     * @param end   one past its last word
     * @param edits what the differences cost
     */
    record Alignment(int first, int end, double edits) {
    }

    private QuoteAligner() {
    }

    /**
     * The best close-enough placement of {@code quote} in {@code body}, or null.
     *
     * @param strict false to let meaning-bearing words differ too: only to tell a near miss from a
     *               quote that is simply not there
     */
    static Alignment align(String quote, BodyIndex index, boolean strict) {
        ArticleWords body = index.words();
        QuoteItems q = QuoteItems.parse(quote, body);
        if (q == null || q.words < Grounding.MIN_QUOTE_WORDS || q.words > MAX_ALIGNED_WORDS) return null;
        int budget = (int) Math.floor(MAX_EDITS_PER_WORD * UNIT * q.words + 1e-9);
        int[] best = null;
        long steps = 0;
        long perWord = stepsPerWord(q);
        for (int[] window : windows(q, body)) {
            steps += (window[1] - window[0] + 1) * perWord;
            if (steps > MAX_STEPS) break;
            int[] found = align(q, body, window[0], window[1], strict);
            if (found != null && found[2] <= budget && (best == null || better(found, best))) best = found;
        }
        return best == null ? null : new Alignment(best[0], best[1], best[2] / (double) UNIT);
    }

    /**
     * Whether alignment {@code a} ({first, end, cost, own words}) beats {@code b}: it costs less; at
     * equal cost it has fewer words of the model's own, then a shorter span (a bracket standing for
     * fewer words, ellipsis fragments closer together); then it comes first.
     */
    private static boolean better(int[] a, int[] b) {
        if (a[2] != b[2]) return a[2] < b[2];
        if (a[3] != b[3]) return a[3] < b[3];
        if (a[1] - a[0] != b[1] - b[0]) return a[1] - a[0] < b[1] - b[0];
        return a[0] < b[0];
    }

    /** Article ranges to search: around each place one of the quote's two rarest words occurs. */
    private static List<int[]> windows(QuoteItems q, ArticleWords body) {
        List<int[]> postings = new ArrayList<>();
        for (QuoteItems.Item it : q.items) {
            if (it.type() != QuoteItems.WORD) continue;
            int[] p = body.postings(it.key());
            if (p.length > 0 && postings.stream().noneMatch(x -> x == p)) postings.add(p);
        }
        postings.sort((a, b) -> Integer.compare(a.length, b.length));
        int reach = 2 * q.words + 2 * MAX_OMITTED_WORDS + q.ellipses * MAX_ELIDED_WORDS + q.brackets * MAX_BRACKET_WORDS;
        List<int[]> raw = new ArrayList<>();
        for (int[] p : postings.subList(0, Math.min(2, postings.size()))) {
            for (int at : p) raw.add(new int[]{Math.max(0, at - reach), Math.min(body.size(), at + reach + 1)});
        }
        raw.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] w : raw) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
            else merged.add(w.clone());
        }
        return merged;
    }

    /** The best alignment within article words {@code [from, to)}: {first, end, cost, own words}, or null. */
    private static int[] align(QuoteItems q, ArticleWords body, int from, int to, boolean strict) {
        int w = to - from;
        int[][] cost = new int[MAX_OWN_WORDS + 1][w + 1];
        int[][] start = new int[MAX_OWN_WORDS + 1][w + 1];
        for (int[] row : cost) Arrays.fill(row, INF);
        for (int j = 0; j <= w; j++) {
            cost[0][j] = 0;
            start[0][j] = j;
        }
        for (int i = 0; i < q.size(); i++) {
            int[][] next = new int[MAX_OWN_WORDS + 1][w + 1];
            int[][] nextStart = new int[MAX_OWN_WORDS + 1][w + 1];
            for (int[] row : next) Arrays.fill(row, INF);
            QuoteItems.Item it = q.items[i];
            switch (it.type()) {
                case QuoteItems.WORD -> word(q, i, body, from, w, strict, cost, start, next, nextStart);
                case QuoteItems.BRACKET -> bracket(it, atEdge(q, i), body, from, w, strict, cost, start, next, nextStart);
                default -> ellipsis(body, from, w, strict, cost, start, next, nextStart);
            }
            if (omissionsAfter(q, i)) omissions(body, from, w, strict, next, nextStart);
            cost = next;
            start = nextStart;
        }
        int[] best = null;
        for (int k = 0; k <= MAX_OWN_WORDS; k++) {
            for (int j = 1; j <= w; j++) {
                if (cost[k][j] < INF && start[k][j] < j) {
                    int[] found = {from + start[k][j], from + j, cost[k][j], k};
                    if (best == null || better(found, best)) best = found;
                }
            }
        }
        return best;
    }

    /** Keeps the cheaper way to reach cell (k, j); at equal cost the later start (the shorter span). */
    private static void relax(int[][] cost, int[][] start, int k, int j, int c, int s) {
        if (c < cost[k][j] || (c == cost[k][j] && s > start[k][j])) {
            cost[k][j] = c;
            start[k][j] = s;
        }
    }

    /** A quote word: the same article word, a substitute for one, or a word of its own. */
    private static void word(QuoteItems q, int i, ArticleWords body, int from, int w, boolean strict,
                             int[][] cost, int[][] start, int[][] next, int[][] nextStart) {
        QuoteItems.Item it = q.items[i];
        boolean editable = q.editable[i];
        boolean mayAdd = editable && (!strict || (it.kinds() & MeaningWords.ANY) == 0);
        for (int j = 0; j <= w; j++) {
            for (int k = 0; k <= MAX_OWN_WORDS; k++) {
                int c = cost[k][j];
                if (c >= INF) continue;
                int s = start[k][j];
                if (j < w) {
                    int p = from + j;
                    if (it.key().equals(body.keys[p])) {
                        relax(next, nextStart, k, j + 1, c, s);
                    } else if (mayAdd && k < MAX_OWN_WORDS && (!strict || (body.kinds[p] & MeaningWords.ANY) == 0)) {
                        relax(next, nextStart, k + 1, j + 1, c + OWN, s);
                    }
                }
                if (mayAdd && k < MAX_OWN_WORDS) relax(next, nextStart, k + 1, j, c + OWN, s);
            }
        }
    }

    /** Steps the table takes per article word: an ellipsis or a left-out run looks back over its longest gap. */
    private static long stepsPerWord(QuoteItems q) {
        long steps = 0;
        for (int i = 0; i < q.size(); i++) {
            int type = q.items[i].type();
            steps += type == QuoteItems.ELLIPSIS ? MAX_ELIDED_WORDS : type == QuoteItems.BRACKET ? MAX_BRACKET_WORDS + 1 : 1;
            if (omissionsAfter(q, i)) steps += MAX_OMITTED_WORDS;
        }
        return steps * (MAX_OWN_WORDS + 1);
    }

    /** Whether article words may be left out between item i and the next: both in one fragment that may differ. */
    private static boolean omissionsAfter(QuoteItems q, int i) {
        return i + 1 < q.size() && q.editable[i] && q.editable[i + 1] && q.items[i].type() != QuoteItems.ELLIPSIS
                && q.items[i + 1].type() != QuoteItems.ELLIPSIS;
    }

    /** Whether item i begins or ends its fragment. */
    private static boolean atEdge(QuoteItems q, int i) {
        return i == 0 || i == q.size() - 1 || q.items[i - 1].type() == QuoteItems.ELLIPSIS
                || q.items[i + 1].type() == QuoteItems.ELLIPSIS;
    }

    /**
     * A bracket: stands for up to {@link #MAX_BRACKET_WORDS} article words of one sentence, at no cost.
     * At either end of a fragment it must stand for at least one (else it would be a free addition).
     */
    private static void bracket(QuoteItems.Item it, boolean edge, ArticleWords body, int from, int w, boolean strict,
                                int[][] cost, int[][] start, int[][] next, int[][] nextStart) {
        for (int j = 0; j <= w; j++) {
            for (int k = 0; k <= MAX_OWN_WORDS; k++) {
                int c = cost[k][j];
                if (c >= INF) continue;
                for (int t = edge ? 1 : 0; t <= MAX_BRACKET_WORDS && j + t <= w; t++) {
                    if (t > 1 && body.sentenceStart[from + j + t - 1]) break;
                    if (!strict || bracketMayReplace(it, body, from + j, t)) relax(next, nextStart, k, j + t, c, start[k][j]);
                }
            }
        }
    }

    /**
     * Whether a bracket may stand for article words {@code [at, at + count)}: each of them is repeated
     * in the bracket, or they are ordinary words that refer to something named elsewhere: pronouns
     * ({@link #REFERRING}) or a description opened by a determiner ("the company"). And every negation,
     * hedge, quantity, time or direction in the bracket is among them. So a bracket may say who "he" or
     * "the company" is ({@code [Kim]}); it may not stand for other words, nor add a date, and a bracket
     * standing for no word may not add a name either.
     */
    private static boolean bracketMayReplace(QuoteItems.Item it, ArticleWords body, int at, int count) {
        if (count == 0) return (it.kinds() & MeaningWords.ANY) == 0;
        List<String> keys = Arrays.asList(it.bracketKeys());
        boolean description = DETERMINERS.contains(body.keys[at]);   // "the company" may be "[Nordwave]"
        for (int p = at; p < at + count; p++) {
            boolean ordinary = (body.kinds[p] & MeaningWords.ANY) == 0;
            if (!keys.contains(body.keys[p]) && !(ordinary && (REFERRING.contains(body.keys[p]) || description))) return false;
        }
        for (int b = 0; b < it.bracketKeys().length; b++) {
            if ((it.bracketKinds()[b] & ~MeaningWords.NAME & MeaningWords.ANY) == 0) continue;
            boolean found = false;
            for (int p = at; p < at + count && !found; p++) found = body.keys[p].equals(it.bracketKeys()[b]);
            if (!found) return false;
        }
        return true;
    }

    /** An ellipsis: skips up to {@link #MAX_ELIDED_WORDS} article words, crossing one sentence boundary at most. */
    private static void ellipsis(ArticleWords body, int from, int w, boolean strict,
                                 int[][] cost, int[][] start, int[][] next, int[][] nextStart) {
        int n = body.size();
        for (int j = 0; j <= w; j++) {
            int boundaries = from + j < n && body.sentenceStart[from + j] ? 1 : 0;
            int clauseFirst = Integer.MAX_VALUE;
            int clauseEnd = -1;
            for (int a = j; a >= 0 && j - a <= MAX_ELIDED_WORDS; a--) {
                if (a < j) {
                    int p = from + a;
                    if (body.sentenceStart[p]) boundaries++;
                    if (strict && (body.kinds[p] & MeaningWords.NOT_ELIDED) != 0) {
                        clauseFirst = Math.min(clauseFirst, body.clauseFirst[p]);
                        clauseEnd = Math.max(clauseEnd, body.clauseEnd[p]);
                    }
                }
                if (boundaries > 1 || clauseEnd > from + j) break;
                if (clauseEnd >= 0 && clauseFirst < from + a) continue;
                for (int k = 0; k <= MAX_OWN_WORDS; k++) {
                    if (cost[k][a] < INF) relax(next, nextStart, k, j, cost[k][a], start[k][a]);
                }
            }
        }
    }

    /**
     * Runs of article words left out between two quote words of one fragment, within one sentence.
     * Applied to a row in place: a run cannot follow another run (two runs side by side are one).
     */
    private static void omissions(ArticleWords body, int from, int w, boolean strict, int[][] row, int[][] rowStart) {
        int[][] before = new int[row.length][];
        int[][] beforeStart = new int[row.length][];
        for (int k = 0; k < row.length; k++) {
            before[k] = row[k].clone();
            beforeStart[k] = rowStart[k].clone();
        }
        for (int j = 1; j < w; j++) {
            int kept = from + j;
            if (body.sentenceStart[kept]) continue;
            boolean nextIsName = (body.kinds[kept] & MeaningWords.NAME) != 0;
            boolean onlyNamesSoFar = true;
            int clauseFirst = Integer.MAX_VALUE;
            int clauseEnd = -1;
            for (int a = j - 1; a >= 1 && j - a <= MAX_OMITTED_WORDS; a--) {
                int p = from + a;
                if (body.sentenceStart[p]) break;   // the run would begin a sentence the quote leaves
                int kinds = body.kinds[p];
                onlyNamesSoFar &= (kinds & MeaningWords.NAME) != 0;
                int bad = kinds & MeaningWords.NOT_OMITTED;
                if (onlyNamesSoFar && nextIsName) bad &= ~MeaningWords.NAME;   // "Vladimir" in "Vladimir Putin"
                if (strict && bad != 0) {
                    clauseFirst = Math.min(clauseFirst, body.clauseFirst[p]);
                    clauseEnd = Math.max(clauseEnd, body.clauseEnd[p]);
                }
                if (clauseEnd > kept) break;
                boolean valid = clauseEnd < 0 || clauseFirst >= p;
                if (valid) {
                    boolean wholeClauses = body.clauseStart[p] && body.clauseStart[kept];
                    int c = OMIT + (wholeClauses ? 0 : (j - a - 1) * OMIT_EXTRA);
                    for (int k = 0; k < row.length; k++) {
                        if (before[k][a] < INF) relax(row, rowStart, k, j, before[k][a] + c, beforeStart[k][a]);
                    }
                }
            }
        }
    }
}
