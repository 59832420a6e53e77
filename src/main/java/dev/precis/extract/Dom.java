package dev.precis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.jsoup.nodes.Element;

/** Small DOM and text helpers shared by the stages: whitespace, class tokens, class weights. */
final class Dom {

    /** {@link Character#isWhitespace} of each ASCII character, looked up instead of computed per character. */
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (char c = 0; c < ASCII_SPACE.length; c++) ASCII_SPACE[c] = Character.isWhitespace(c);
    }

    private Dom() {
    }

    /** Collapses whitespace runs (incl. no-break spaces) to one space and strips the ends; null stays null. */
    static String normalize(String s) {
        if (s == null) return null;
        StringBuilder b = null;
        int n = s.length();
        boolean pendingSpace = false;
        int kept = 0;
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (isSpace(c)) {
                pendingSpace = kept > 0;
                if (b == null) b = new StringBuilder(n).append(s, 0, k);
                continue;
            }
            if (b != null) {
                if (pendingSpace) b.append(' ');
                b.append(c);
            }
            pendingSpace = false;
            kept++;
        }
        return b == null ? s : b.toString();
    }

    /** True for whitespace including no-break, zero-width and ideographic spaces. */
    static boolean isSpace(char c) {
        if (c < ASCII_SPACE.length) return ASCII_SPACE[c]; // most text: a table look-up
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u202f' || c == '\u2007'
                || c == '\ufeff' || c == '\u3000';
    }

    /** {@code s} normalized, or null when that is empty. */
    static String clean(String s) {
        String n = normalize(s);
        return n == null || n.isEmpty() ? null : n;
    }

    /** The lower-cased tokens of an attribute value (class or id). */
    static List<String> tokensOf(String value) {
        List<String> out = new ArrayList<>();
        addTokens(value, out);
        return out;
    }

    /** The lower-cased tokens of the element's class and id attributes. */
    static List<String> tokens(Element e) {
        List<String> out = new ArrayList<>();
        addTokens(e.attr("class"), out);
        addTokens(e.id(), out);
        return out;
    }

    private static void addTokens(String value, List<String> out) {
        value = value.toLowerCase(java.util.Locale.ROOT); // once, not per token (no copy when already lower-case)
        int n = value.length();
        int start = -1;
        for (int k = 0; k <= n; k++) {
            char c = k < n ? value.charAt(k) : ' ';
            boolean sep = c == ' ' || c == '-' || c == '_' || c == ':' || c == '.' || c == '/' || Character.isWhitespace(c);
            if (!sep && start < 0) start = k;
            if (sep && start >= 0) {
                out.add(value.substring(start, k));
                start = -1;
            }
        }
    }

    /**
     * Readability-style class weight: each of class and id adds {@link Tuning#CLASS_WEIGHT} when it
     * has a positive token and subtracts it when it has a negative one.
     */
    static int classWeight(Element e) {
        int w = 0;
        w += weightOf(e.attr("class"));
        w += weightOf(e.id());
        return w;
    }

    private static int weightOf(String value) {
        if (value.isEmpty()) return 0;
        List<String> toks = new ArrayList<>();
        addTokens(value, toks);
        int w = 0;
        boolean neg = false;
        boolean pos = false;
        for (String t : toks) {
            if (Vocabulary.STRONG_NEGATIVE_TOKENS.contains(t) || Vocabulary.WEAK_NEGATIVE_TOKENS.contains(t)) neg = true;
            if (Vocabulary.POSITIVE_TOKENS.contains(t)) pos = true;
        }
        if (neg) w -= Tuning.CLASS_WEIGHT;
        if (pos) w += Tuning.CLASS_WEIGHT;
        return w;
    }

    /** How strongly an element's class/id vocabulary marks it as non-content. */
    enum NameVerdict { NONE, WEAK, STRONG }

    /**
     * Judges the class/id tokens: {@code STRONG} when a class token is a strong negative (share,
     * related, comments…); {@code WEAK} when a weak negative (or a strong one in the id, which is
     * often derived from a heading, e.g. {@code #sharing-with-a-single-developer}) appears and no
     * positive token does; else {@code NONE}.
     */
    static NameVerdict judgeName(Element e) {
        List<String> classTokens = new ArrayList<>();
        addTokens(e.attr("class"), classTokens);
        List<String> idTokens = new ArrayList<>();
        addTokens(e.id(), idTokens);
        return judgeName(classTokens, idTokens);
    }

    /** {@link #judgeName(Element)} on already split tokens. */
    static NameVerdict judgeName(List<String> classTokens, List<String> idTokens) {
        boolean weak = false;
        boolean pos = false;
        for (String t : classTokens) {
            if (Vocabulary.STRONG_NEGATIVE_TOKENS.contains(t)) return NameVerdict.STRONG;
            if (Vocabulary.WEAK_NEGATIVE_TOKENS.contains(t)) weak = true;
            if (Vocabulary.POSITIVE_TOKENS.contains(t)) pos = true;
        }
        for (String t : idTokens) {
            if (Vocabulary.STRONG_NEGATIVE_TOKENS.contains(t) || Vocabulary.WEAK_NEGATIVE_TOKENS.contains(t)) weak = true;
            if (Vocabulary.POSITIVE_TOKENS.contains(t)) pos = true;
        }
        return weak && !pos ? NameVerdict.WEAK : NameVerdict.NONE;
    }

    /** True when the element is hidden by attribute, ARIA, inline style or a hiding CSS class. */
    static boolean isHidden(Element e) {
        if (e.attributesSize() == 0) return false;
        // keyed look-ups: no Attribute objects and no lower-casing of every attribute name
        org.jsoup.nodes.Attributes at = e.attributes();
        if (at.hasKeyIgnoreCase("hidden")) return true;
        if ("true".equalsIgnoreCase(at.getIgnoreCase("aria-hidden").strip())) return true;
        String style = at.getIgnoreCase("style");
        if (!style.isEmpty() && mayHide(style) && Vocabulary.HIDDEN_STYLE.matcher(style).find()) return true;
        String cls = at.getIgnoreCase("class");
        return !cls.isEmpty() && hasHidingClass(cls);
    }

    /**
     * Cheap pre-check for {@link Vocabulary#HIDDEN_STYLE}: each of its alternatives needs a "none",
     * "hidden", "opacity", "font-size" or a minus sign before a digit (the {@code -1234px} offsets).
     * Most inline styles (widths, colours, margins) have none of them and skip the regex.
     */
    private static boolean mayHide(String style) {
        for (int k = 0, n = style.length(); k < n; k++) {
            switch (style.charAt(k)) {
                case 'n', 'N' -> {
                    if (style.regionMatches(true, k, "none", 0, 4)) return true;
                }
                case 'h', 'H' -> {
                    if (style.regionMatches(true, k, "hidden", 0, 6)) return true;
                }
                case 'o', 'O' -> {
                    if (style.regionMatches(true, k, "opacity", 0, 7)) return true;
                }
                case 'f', 'F' -> {
                    if (style.regionMatches(true, k, "font-size", 0, 9)) return true;
                }
                case '-' -> {
                    if (k + 1 < n && style.charAt(k + 1) >= '0' && style.charAt(k + 1) <= '9') return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static boolean hasHidingClass(String cls) {
        cls = cls.toLowerCase(java.util.Locale.ROOT); // once, not per token (returns cls itself when already lower-case)
        if (!containsAny(cls, Vocabulary.HIDDEN_CLASS_TOKENS)) return false; // a token match needs a substring match
        int n = cls.length();
        int start = -1;
        for (int k = 0; k <= n; k++) {
            boolean sep = k == n || Character.isWhitespace(cls.charAt(k));
            if (!sep && start < 0) start = k;
            if (sep && start >= 0) {
                if (Vocabulary.HIDDEN_CLASS_TOKENS.contains(cls.substring(start, k))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    /** True when {@code s} contains one of {@code words} as a substring (a cheap pre-check before tokenizing). */
    static boolean containsAny(String s, java.util.Collection<String> words) {
        for (String w : words) {
            if (s.contains(w)) return true;
        }
        return false;
    }

    /** True when an ancestor of {@code e} is an {@code article} or {@code main} element. */
    static boolean insideArticle(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String t = p.normalName();
            if (t.equals("article") || t.equals("main")) return true;
        }
        return false;
    }

    /** Number of words (whitespace-separated runs) in a normalized string. */
    static int wordCount(String s) {
        if (s == null || s.isBlank()) return 0;
        int n = 0;
        boolean in = false;
        for (int k = 0; k < s.length(); k++) {
            boolean sp = Character.isWhitespace(s.charAt(k));
            if (!sp && !in) n++;
            in = !sp;
        }
        return n;
    }
}
