package dev.precis.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into sentences, keeping each sentence's offsets into the text.
 *
 * <p>A sentence ends at a line break, or at {@code . ! ? …} (with any closing quotes and brackets
 * after it) followed by whitespace and a character that can start a sentence (not a lower-case
 * letter or punctuation). A period does not end a sentence after a title or month abbreviation
 * ({@code Mr.}, {@code Jan.}) or an initial ({@code J. K. Rowling}); after an abbreviation that
 * can also end a sentence ({@code U.S.}, {@code Inc.}, {@code a.m.}) it does only when a common
 * sentence-opening word follows. Numbers such as {@code 3.4M} never split (no space follows).
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

    /** Abbreviations after which a period never ends a sentence (lower-cased, without the period). */
    private static final Set<String> NEVER_FINAL = Set.of(
            "mr", "mrs", "ms", "messrs", "dr", "prof", "sen", "rep", "reps", "gov", "gen", "lt", "col",
            "capt", "cmdr", "sgt", "maj", "adm", "rev", "hon", "pres", "supt", "insp", "det", "cpl", "pvt",
            "st", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "vs", "v", "e.g", "i.e", "approx", "dept", "univ", "ave", "blvd", "rd", "gov't", "atty",
            "sens");

    /** Abbreviations that never end a sentence before a number ({@code No. 5}), but may before a word. */
    private static final Set<String> BEFORE_NUMBER = Set.of("no", "nos", "fig", "vol", "ch", "pp", "art", "p");

    /** Abbreviations that may end a sentence: split after them only before a common opening word. */
    private static final Set<String> MAYBE_FINAL = Set.of(
            "inc", "corp", "ltd", "co", "bros", "plc", "llc", "jr", "sr", "etc", "al", "a.m", "p.m");

    /** Words that commonly open a sentence; after an ambiguous abbreviation they signal a boundary. */
    private static final Set<String> OPENERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "this",
            "that", "these", "those", "there", "its", "his", "her", "their", "our", "on", "at", "for", "as",
            "if", "when", "while", "after", "before", "some", "many", "most", "no", "not", "one", "what",
            "why", "how", "who", "where", "officials", "however", "meanwhile", "also", "so", "yet", "still",
            "since", "during", "last", "earlier", "later", "now", "then", "mr", "mrs", "ms", "dr");

    /** A dotted acronym such as {@code U.S}, {@code U.K}, {@code a.m} (trailing period removed). */
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    private static final String TERMINATORS = ".!?\u2026";
    private static final String CLOSERS = "\"'\u201D\u2019)]}\u00BB";

    public SentenceSplitter() {
    }

    /**
     * Splits {@code text} into sentences; segments without a letter or digit are skipped.
     *
     * @return sentences in order, each trimmed, with offsets into {@code text}
     */
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        int n = text.length();
        int from = 0;
        int paragraph = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(out, text, from, i, paragraph);
                while (i < n && Character.isWhitespace(text.charAt(i))) i++;
                if (!out.isEmpty() && out.get(out.size() - 1).paragraph() == paragraph) paragraph++;
                from = i;
                continue;
            }
            if (TERMINATORS.indexOf(c) >= 0) {
                int j = i + 1;
                while (j < n && (TERMINATORS.indexOf(text.charAt(j)) >= 0 || CLOSERS.indexOf(text.charAt(j)) >= 0)) j++;
                if (isBoundary(text, i, j)) {
                    add(out, text, from, j, paragraph);
                    from = j;
                }
                i = j;
                continue;
            }
            i++;
        }
        add(out, text, from, n, paragraph);
        return out;
    }

    /** Whether terminator run {@code [i, j)} ends a sentence. */
    private static boolean isBoundary(String text, int i, int j) {
        int n = text.length();
        if (j >= n) return true;
        if (!Character.isWhitespace(text.charAt(j))) return false;
        int k = j;
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\u00A0')) k++;
        if (k >= n || text.charAt(k) == '\n' || text.charAt(k) == '\r') return true;
        char next = text.charAt(k);
        if (Character.isLowerCase(next) || ",;:)]}%".indexOf(next) >= 0) return false;
        boolean singlePeriod = text.charAt(i) == '.' && j - i == 1;
        if (!singlePeriod) return true;
        String token = tokenBefore(text, i);
        String lower = token.toLowerCase(Locale.ROOT);
        if (NEVER_FINAL.contains(lower)) return false;
        if (BEFORE_NUMBER.contains(lower)) return !Character.isDigit(next);
        if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) return false;   // an initial
        if (MAYBE_FINAL.contains(lower) || DOTTED.matcher(token).matches()) {
            return OPENERS.contains(wordAt(text, k).toLowerCase(Locale.ROOT));
        }
        return true;
    }

    /** The token just before the period at {@code i}: back to whitespace or an opening bracket/quote. */
    private static String tokenBefore(String text, int i) {
        int s = i;
        while (s > 0) {
            char p = text.charAt(s - 1);
            if (Character.isWhitespace(p) || "([{\"'\u201C\u2018".indexOf(p) >= 0) break;
            s--;
        }
        return text.substring(s, i);
    }

    /** The letters of the word starting at {@code k}, after any opening quotes. */
    private static String wordAt(String text, int k) {
        int s = k;
        while (s < text.length() && !Character.isLetterOrDigit(text.charAt(s))) s++;
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
