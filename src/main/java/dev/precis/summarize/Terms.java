package dev.precis.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Content terms of English text: lower-cased words and numbers, stop words removed, lightly
 * stemmed so that {@code travel / travels / traveled / travelling} and {@code meet / meeting} match.
 */
final class Terms {

    /** Shortest word kept as a term (numbers are always kept). */
    private static final int MIN_TERM_CHARS = 2;
    /** Shortest word that suffix stripping may touch: shorter words are too ambiguous to stem. */
    private static final int MIN_STEM_CHARS = 4;
    /** Stems at least this long lose a double l ({@code travell}); shorter ones keep it ({@code call}). */
    private static final int MIN_UNDOUBLE_LL = 7;

    /** Function words, question words, modals and contraction stubs: they carry no topic. */
    static final Set<String> STOP_WORDS = Set.of((
            "a about above after again against all also am an and any are as at be because been before being "
            + "below between both but by can could did do does doing down during each few for from further "
            + "had has have having he her here hers herself him himself his how i if in into is it its itself "
            + "just me might more most must my myself no nor not now of off on once only or other our ours "
            + "ourselves out over own same shall she should so some such than that the their theirs them "
            + "themselves then there these they this those through to too under until up upon very was we "
            + "were what when where which while who whom whose why will with would you your yours yourself "
            + "yourselves may said says say told according mr mrs ms dr one two new yet still us "
            + "isn aren wasn weren don doesn didn hasn haven hadn won wouldn couldn shouldn ll ve re "
            + "s t d m o"
            ).split(" "));

    private Terms() {
    }

    /** The content terms of {@code text}, in order, with repeats. */
    static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null) return terms;
        String lower = text.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isLetterOrDigit(lower.charAt(j))) j++;
            String w = lower.substring(i, j);
            boolean number = Character.isDigit(w.charAt(0));
            if (number || (w.length() >= MIN_TERM_CHARS && !STOP_WORDS.contains(w))) {
                terms.add(number ? w : stem(w));
            }
            i = j;
        }
        return terms;
    }

    /** Light suffix stripping: plurals, -ied/-ies, -ed, -ing, final -e; double final consonants undoubled. */
    static String stem(String w) {
        if (w.length() < MIN_STEM_CHARS) return w;
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("sses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("ied") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";   // tried -> try, like tries -> try
        } else if (s.endsWith("ing") && s.length() > 5) {
            s = undouble(s.substring(0, s.length() - 3));
        } else if (s.endsWith("ed") && s.length() > 4) {
            s = undouble(s.substring(0, s.length() - 2));
        }
        if (s.endsWith("e") && s.length() > MIN_STEM_CHARS) s = s.substring(0, s.length() - 1);
        return s;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "aeiouslz".indexOf(s.charAt(n - 1)) < 0) {
            return s.substring(0, n - 1);
        }
        if (n >= MIN_UNDOUBLE_LL && s.endsWith("ll")) return s.substring(0, n - 1);   // travell(ed) -> travel
        return s;
    }
}
