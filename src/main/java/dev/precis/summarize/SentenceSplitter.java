package dev.precis.summarize;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into sentences, keeping each sentence's offsets into the text.
 *
 * <p>A line break always ends a sentence. Within a line, English, German, French and Spanish (and text
 * of no stated language) are split by rules over the tables of {@link SplitRules}: a sentence ends at
 * {@code . ! ? …} (with any closing quotes and brackets after it) followed by whitespace and something
 * that can open a sentence — not a lower-case letter, a dash or closing punctuation, so datelines
 * ({@code MILLBROOK, Vt. — The…}) stay with their sentence. A period after a title, a month or an
 * initial ({@code Gov.}, {@code Sept.}, {@code J. R. R.}) does not end a sentence; after a state or
 * company abbreviation or a dotted acronym ({@code Vt.}, {@code Inc.}, {@code U.S.}) it does only
 * before a common opening word. CJK full stops ({@code 。！？}) end a sentence without a space.
 * Other languages go to {@link BreakIterator}, with the same checks against splitting before a
 * lower-case letter, after an initial, or before a Japanese particle that continues a quote.
 *
 * <pre>{@code
 * new SentenceSplitter().split("Mr. Kim left the U.S. on Jan. 3. He flew.")
 * // -> "Mr. Kim left the U.S. on Jan. 3." and "He flew."
 * }</pre>
 */
public final class SentenceSplitter {

    /** One sentence: its text and {@code [start, end)} offsets in the split text. */
    public record Sentence(int index, int paragraph, int start, int end, String text) {
    }

    /** Marks that end a sentence when whitespace (or the end) follows. */
    private static final String TERMINATORS = ".!?\u2026\u061F\u06D4\u0964";
    /** CJK full stop, exclamation and question marks: they end a sentence with no space after them. */
    private static final String CJK_TERMINATORS = "\u3002\uFF01\uFF1F";
    /** Closing quotes and brackets that belong to the sentence they follow: {@code "Done." She…}. */
    private static final String CLOSERS = "\"'\u201D\u2019)]}\u00BB\u300D\u300F\uFF09\u3011";
    /**
     * Characters that never open a sentence: continuing punctuation, and dashes, which after a period
     * mean a dateline ({@code WASHINGTON, D.C. — }) or an aside, not a new sentence.
     */
    private static final String NEVER_OPENS = ",;:)]}%\u2014\u2013-\u3001\uFF0C";
    /** Opening quotes and brackets skipped to find the first word of the next sentence. */
    private static final String OPENING_MARKS = "\"'\u201C\u2018([{\u00AB\u300C\u300E";
    /**
     * Longest quoted title or slogan kept inside its sentence (characters from the break to its closing
     * quote): {@code South Dakota’s “Meth. We’re on it.” campaign} is one sentence, since the closing quote
     * comes soon, right after a terminator, and lower case follows it. Longer quotes are speech, split as usual.
     */
    private static final int QUOTED_TITLE_SPAN = 60;

    /** A dotted acronym such as {@code U.S}, {@code U.K}, {@code a.m} (trailing period removed). */
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");
    /**
     * Japanese particles that follow a closing quote mark within one sentence: {@code 「本当ですか？」と聞いた}
     * is one sentence.
     */
    private static final String JA_PARTICLES = "\u3068\u304C\u306F\u3082\u3092\u306B\u306E\u3067\u3084";

    public SentenceSplitter() {
    }

    /**
     * Splits {@code text} by the English rules (also right for text of unknown language: the rules only
     * keep abbreviations whole); segments without a letter or digit are skipped.
     *
     * @return sentences in order, each trimmed, with offsets into {@code text}
     */
    public List<Sentence> split(String text) {
        return split(text, null);
    }

    /**
     * Splits {@code text} written in {@code lang} (a BCP-47 tag such as {@code de} or {@code ja}, or
     * null for English rules).
     *
     * @return sentences in order, each trimmed, with offsets into {@code text}
     */
    public List<Sentence> split(String text, String lang) {
        List<Sentence> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        SplitRules rules = SplitRules.forLanguage(lang);
        int n = text.length();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = lineStart;
            while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') lineEnd++;
            int before = out.size();
            if (rules != null) splitByRules(text, lineStart, lineEnd, rules, paragraph, out);
            else splitByBreakIterator(text, lineStart, lineEnd, lang, paragraph, out);
            if (out.size() > before) paragraph++;   // each line of text is a paragraph
            lineStart = lineEnd;
            while (lineStart < n && Character.isWhitespace(text.charAt(lineStart))) lineStart++;
        }
        return out;
    }

    private static void splitByRules(String text, int from, int to, SplitRules rules, int paragraph, List<Sentence> out) {
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            boolean cjk = CJK_TERMINATORS.indexOf(c) >= 0;
            if (cjk || TERMINATORS.indexOf(c) >= 0) {
                int j = closingRunEnd(text, i + 1, to);
                if (cjk ? cjkBoundary(text, j, to) : isBoundary(text, start, i, j, to, rules)) {
                    add(out, text, start, j, paragraph);
                    start = j;
                }
                i = j;
                continue;
            }
            i++;
        }
        add(out, text, start, to, paragraph);
    }

    /**
     * The end of the run of further terminators and closing marks after a terminator; a French closing
     * guillemet counts with the space before it ({@code « Bonjour. »}).
     */
    private static int closingRunEnd(String text, int j, int to) {
        while (j < to) {
            char c = text.charAt(j);
            if (TERMINATORS.indexOf(c) >= 0 || CJK_TERMINATORS.indexOf(c) >= 0 || CLOSERS.indexOf(c) >= 0) {
                j++;
            } else if ((c == ' ' || c == '\u00A0' || c == '\u202F') && j + 1 < to && text.charAt(j + 1) == '\u00BB') {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    /** Whether the terminator run {@code [i, j)} ends the sentence that began at {@code start}. */
    private static boolean isBoundary(String text, int start, int i, int j, int to, SplitRules rules) {
        if (j >= to) return true;
        if (!Character.isWhitespace(text.charAt(j))) return false;   // 3.4M, U.S.-based, Yahoo!Inc
        int k = j;
        while (k < to && Character.isWhitespace(text.charAt(k))) k++;
        if (k >= to) return true;
        char next = text.charAt(k);
        if (Character.isLowerCase(next) || NEVER_OPENS.indexOf(next) >= 0) return false;
        if (insideQuotedTitle(text, start, j, to)) return false;
        boolean singlePeriod = text.charAt(i) == '.' && j - i == 1;
        if (!singlePeriod) return true;
        String token = tokenBefore(text, i, start);
        String lower = token.toLowerCase(Locale.ROOT);
        if (token.isEmpty()) return true;
        boolean digits = token.chars().allMatch(Character::isDigit);
        if (digits && text.substring(start, i - token.length()).isBlank()) return false;   // "1. Start…": list item
        if (rules.neverFinal().contains(lower)) return false;
        // an initial ("J. R. R. Tolkien", "James P. Kennedy") before a word, even where the letter is also
        // a word before a number ("p. 4"): a capital letter and a period before a name is a middle initial
        boolean initial = token.length() == 1 && Character.isUpperCase(token.charAt(0)) && !Character.isDigit(next);
        if (!initial && rules.beforeNumber().contains(lower)) return !Character.isDigit(next);
        if (token.length() == 1 && Character.isLowerCase(token.charAt(0))) return false;   // "z. B."
        String following = wordAt(text, k).toLowerCase(Locale.ROOT);
        if (initial || rules.maybeFinal().contains(lower) || DOTTED.matcher(token).matches()
                || (digits && rules.ordinalDots())) {
            return rules.openers().contains(following);
        }
        return true;
    }

    /**
     * Whether the break at {@code j} falls inside a curly-quoted title or slogan that the sentence goes on
     * after: a {@code “} opened since {@code start} and not closed, whose {@code ”} comes within
     * {@link #QUOTED_TITLE_SPAN} characters right after a terminator and before a lower-case word.
     */
    private static boolean insideQuotedTitle(String text, int start, int j, int to) {
        int open = 0;
        for (int p = start; p < j; p++) {
            char c = text.charAt(p);
            if (c == '\u201C') open++;
            else if (c == '\u201D' && open > 0) open--;
        }
        if (open == 0) return false;
        int limit = Math.min(to, j + QUOTED_TITLE_SPAN);
        for (int p = j; p < limit; p++) {
            char c = text.charAt(p);
            if (c == '\u201C') return false;
            if (c != '\u201D') continue;
            if (p == 0 || TERMINATORS.indexOf(text.charAt(p - 1)) < 0) return false;
            int k = p + 1;
            if (k >= to || !Character.isWhitespace(text.charAt(k))) return false;
            while (k < to && Character.isWhitespace(text.charAt(k))) k++;
            return k < to && Character.isLowerCase(text.charAt(k));
        }
        return false;
    }

    /** After a CJK terminator: a boundary, unless a particle continues the sentence after a closing quote. */
    private static boolean cjkBoundary(String text, int j, int to) {
        if (j >= to) return true;
        return !(CLOSERS.indexOf(text.charAt(j - 1)) >= 0 && JA_PARTICLES.indexOf(text.charAt(j)) >= 0);
    }

    /**
     * Languages without rules: {@link BreakIterator}'s sentence boundaries for the language, less those
     * before a lower-case letter or continuing punctuation, after an initial, or between a closing quote
     * and a Japanese particle; plus boundaries after an Arabic question mark, which it does not know.
     */
    private static void splitByBreakIterator(String text, int from, int to, String lang, int paragraph,
                                             List<Sentence> out) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.forLanguageTag(lang));
        String line = text.substring(from, to);
        it.setText(line);
        List<Integer> cuts = new ArrayList<>();
        for (int b = it.next(); b != BreakIterator.DONE && b < line.length(); b = it.next()) cuts.add(b);
        for (int i = 0; i < line.length() - 1; i++) {
            if (line.charAt(i) == '\u061F' && Character.isWhitespace(line.charAt(i + 1))) cuts.add(i + 1);
        }
        cuts.sort(null);
        int start = 0;
        for (int cut : cuts) {
            if (cut <= start || !keepBreak(line, start, cut)) continue;
            add(out, text, from + start, from + cut, paragraph);
            start = cut;
        }
        add(out, text, from + start, to, paragraph);
    }

    private static boolean keepBreak(String line, int start, int cut) {
        int end = cut;
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) end--;
        if (end <= start) return false;
        int k = cut;
        while (k < line.length() && Character.isWhitespace(line.charAt(k))) k++;
        if (k >= line.length()) return true;
        char next = line.charAt(k);
        if (Character.isLowerCase(next) || NEVER_OPENS.indexOf(next) >= 0) return false;
        if (CLOSERS.indexOf(line.charAt(end - 1)) >= 0 && JA_PARTICLES.indexOf(next) >= 0) return false;
        if (line.charAt(end - 1) == '.') {
            String token = tokenBefore(line, end - 1, start);
            if (token.length() == 1 && Character.isLetter(token.charAt(0))) return false;   // an initial
        }
        return true;
    }

    /** The token just before the period at {@code i}: back to whitespace, an opening mark or {@code start}. */
    private static String tokenBefore(String text, int i, int start) {
        int s = i;
        while (s > start) {
            char p = text.charAt(s - 1);
            if (Character.isWhitespace(p) || OPENING_MARKS.indexOf(p) >= 0) break;
            s--;
        }
        return text.substring(s, i);
    }

    /** The letters of the word starting at {@code k}, after any opening quotes or brackets. */
    private static String wordAt(String text, int k) {
        int s = k;
        while (s < text.length() && OPENING_MARKS.indexOf(text.charAt(s)) >= 0) s++;
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        return text.substring(s, e);
    }

    private static void add(List<Sentence> out, String text, int from, int to, int paragraph) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        if (from >= to) return;
        String s = text.substring(from, to);
        if (s.codePoints().noneMatch(Character::isLetterOrDigit)) return;
        out.add(new Sentence(out.size(), paragraph, from, to, s));
    }
}
