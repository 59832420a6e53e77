package dev.precis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.jsoup.nodes.Element;

/** Small DOM and text helpers shared by the stages: whitespace, class tokens, class weights. */
final class Dom {

    private Dom() {
    }

    /** Collapses whitespace runs (incl. no-break spaces) to one space and strips the ends; null stays null. */
    static String normalize(String s) {
        if (s == null) return null;
        Matcher m = Vocabulary.WHITESPACE.matcher(s);
        return m.replaceAll(" ").strip();
    }

    /** {@code s} normalized, or null when that is empty. */
    static String clean(String s) {
        String n = normalize(s);
        return n == null || n.isEmpty() ? null : n;
    }

    /** The lower-cased tokens of the element's class and id attributes. */
    static List<String> tokens(Element e) {
        List<String> out = new ArrayList<>();
        addTokens(e.attr("class"), out);
        addTokens(e.id(), out);
        return out;
    }

    private static void addTokens(String value, List<String> out) {
        if (value.isEmpty()) return;
        for (String t : Vocabulary.TOKEN_SPLIT.split(value.toLowerCase(java.util.Locale.ROOT))) {
            if (!t.isEmpty()) out.add(t);
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

    /** True when the class/id tokens say "never article text" (strong negative, or weak without positive). */
    static boolean isNonContentByName(Element e) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) return false;
        boolean weak = false;
        boolean pos = false;
        for (String t : tokens(e)) {
            if (Vocabulary.STRONG_NEGATIVE_TOKENS.contains(t)) return true;
            if (Vocabulary.WEAK_NEGATIVE_TOKENS.contains(t)) weak = true;
            if (Vocabulary.POSITIVE_TOKENS.contains(t)) pos = true;
        }
        return weak && !pos;
    }

    /** True when the element is hidden by attribute, ARIA, inline style or a hiding CSS class. */
    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        if ("true".equalsIgnoreCase(e.attr("aria-hidden"))) return true;
        String style = e.attr("style");
        if (!style.isEmpty() && Vocabulary.HIDDEN_STYLE.matcher(style).find()) return true;
        if (e.hasAttr("class")) {
            for (String c : e.classNames()) {
                if (Vocabulary.HIDDEN_CLASS_TOKENS.contains(c.toLowerCase(java.util.Locale.ROOT))) return true;
            }
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
