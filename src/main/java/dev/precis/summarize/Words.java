package dev.precis.summarize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words of normalized text ({@link MatchText#normalize}), each with the key by which a quote's
 * word and an article's word are compared: lower case, accents off (Latin script), dotted acronyms
 * without dots ({@code U.S.} = {@code US}), digit groups without commas, number words up to ninety as
 * digits, {@code n't} split off as "not" ({@code isn't} = {@code is not}), {@code %} as "percent".
 * Punctuation is not a word, so it never counts against a quote.
 */
final class Words {

    /**
     * One word.
     *
     * @param key         how it compares
     * @param from        its first character in the normalized text
     * @param to          just past its last character
     * @param capitalized it starts with an upper-case letter
     * @param allCaps     two or more letters, none lower case ({@code AP}, {@code WASHINGTON})
     */
    record Word(String key, int from, int to, boolean capitalized, boolean allCaps) {
    }

    /** Scripts written without spaces between words: each character is a word. */
    private static final java.util.Set<Character.UnicodeScript> CHARACTER_SCRIPTS = java.util.EnumSet.of(
            Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
            Character.UnicodeScript.THAI, Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER,
            Character.UnicodeScript.MYANMAR, Character.UnicodeScript.TIBETAN);

    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");
    private static final Pattern GROUPED_DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** A number with an abbreviated magnitude: {@code 2.3m}, {@code 4.2bn}, {@code 50k}. */
    private static final Pattern ABBREVIATED = Pattern.compile("\\d+(?:[.,]\\d+)*(k|m|mn|mln|b|bn|tn)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> MAGNITUDES = Map.of("k", "thousand", "m", "million", "mn", "million",
            "mln", "million", "b", "billion", "bn", "billion", "tn", "trillion");

    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", "0"), Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"),
            Map.entry("twelve", "12"), Map.entry("thirteen", "13"), Map.entry("fourteen", "14"),
            Map.entry("fifteen", "15"), Map.entry("sixteen", "16"), Map.entry("seventeen", "17"),
            Map.entry("eighteen", "18"), Map.entry("nineteen", "19"), Map.entry("twenty", "20"),
            Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("fifty", "50"), Map.entry("sixty", "60"),
            Map.entry("seventy", "70"), Map.entry("eighty", "80"), Map.entry("ninety", "90"));

    /** Contraction stems whose written form is not the word ({@code can't}, {@code won't}, {@code shan't}). */
    private static final Map<String, String> STEMS = Map.of("ca", "can", "wo", "will", "sha", "shall");

    private Words() {
    }

    /** The words of {@code s}, in order. */
    static List<Word> of(String s) {
        List<Word> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (isCharacterScript(cp) || Character.getType(cp) == Character.CURRENCY_SYMBOL) {
                add(out, s, i, i + len);
                i += len;
                continue;
            }
            if (!isWordChar(cp)) {
                i += len;
                continue;
            }
            int j = i + len;
            while (j < n) {
                int c = s.codePointAt(j);
                if (isWordChar(c) && !isCharacterScript(c)) {
                    j += Character.charCount(c);
                } else if (joins(s, i, j)) {
                    j++;
                } else {
                    break;
                }
            }
            String magnitude = magnitude(s, i, j);
            if (magnitude != null) {                                       // $2.3m = $2.3 million
                int digits = j;
                while (!Character.isDigit(s.charAt(digits - 1))) digits--;
                add(out, s, i, digits);
                out.add(new Word(magnitude, digits, j, false, false));
            } else {
                split(out, s, i, j);
            }
            if (j < n && s.charAt(j) == '%' && Character.isDigit(s.charAt(j - 1))) {
                out.add(new Word("percent", j, j + 1, false, false));
                j++;
            }
            i = j;
        }
        return out;
    }

    /**
     * The word a number's abbreviated magnitude stands for ({@code 2.3m}, {@code 4bn}, {@code 50k}),
     * or null when {@code [from, to)} is not such a number.
     */
    private static String magnitude(String s, int from, int to) {
        if (!Character.isDigit(s.charAt(from)) || Character.isDigit(s.charAt(to - 1))) return null;
        java.util.regex.Matcher m = ABBREVIATED.matcher(s.substring(from, to));
        return m.matches() ? MAGNITUDES.get(m.group(1).toLowerCase(Locale.ROOT)) : null;
    }

    /** Whether the punctuation at {@code j} belongs inside the word begun at {@code from}. */
    private static boolean joins(String s, int from, int j) {
        char c = s.charAt(j);
        if (j + 1 >= s.length() || (c != '\'' && c != '.' && c != ',')) return false;
        char prev = s.charAt(j - 1);
        char next = s.charAt(j + 1);
        if (!isWordChar(next)) return false;
        if (c == '\'') return Character.isLetter(prev) && Character.isLetter(next);          // isn't, Shoigu's
        if (c == '.' && Character.isDigit(prev)) return Character.isDigit(next);             // 3.4
        if (c == '.') {                                                                       // U.S, e.g
            return Character.isLetter(prev) && Character.isLetter(next) && (j - 1 == from || s.charAt(j - 2) == '.');
        }
        return Character.isDigit(prev) && digitsAt(s, j + 1, 3)                               // 1,000
                && (j + 4 >= s.length() || !Character.isDigit(s.charAt(j + 4)));
    }

    private static boolean digitsAt(String s, int at, int count) {
        if (at + count > s.length()) return false;
        for (int k = at; k < at + count; k++) if (!Character.isDigit(s.charAt(k))) return false;
        return true;
    }

    /** Adds the word {@code [from, to)}, split in two when it ends in {@code n't} or is "cannot". */
    private static void split(List<Word> out, String s, int from, int to) {
        String lower = s.substring(from, to).toLowerCase(Locale.ROOT);
        if (lower.endsWith("n't") && lower.length() > 3) {
            add(out, s, from, to - 3);
            out.add(new Word("not", to - 3, to, false, false));
        } else if (lower.equals("cannot")) {
            add(out, s, from, from + 3);
            out.add(new Word("not", from + 3, to, false, false));
        } else {
            add(out, s, from, to);
        }
    }

    private static void add(List<Word> out, String s, int from, int to) {
        String text = s.substring(from, to);
        int first = text.codePointAt(0);
        boolean capitalized = Character.isUpperCase(first) || Character.isTitleCase(first);
        int letters = 0;
        boolean lower = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) letters++;
            if (Character.isLowerCase(c)) lower = true;
        }
        out.add(new Word(key(text), from, to, capitalized, letters >= 2 && !lower));
    }

    /** How a word compares: see the class comment. */
    static String key(String word) {
        String k = word.toLowerCase(Locale.ROOT);
        String stem = STEMS.get(k);
        if (stem != null) return stem;
        if (!isAscii(k) && Character.UnicodeScript.of(k.codePointAt(0)) == Character.UnicodeScript.LATIN) {
            String decomposed = Normalizer.normalize(k, Normalizer.Form.NFD);
            if (!decomposed.equals(k)) k = Normalizer.normalize(MARKS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
        }
        if (k.indexOf('.') >= 0 && DOTTED.matcher(k).matches()) return k.replace(".", "");
        if (k.indexOf(',') >= 0 && GROUPED_DIGITS.matcher(k).matches()) return k.replace(",", "");
        return NUMBER_WORDS.getOrDefault(k, k);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static boolean isCharacterScript(int cp) {
        return Character.isLetter(cp) && CHARACTER_SCRIPTS.contains(Character.UnicodeScript.of(cp));
    }
}
