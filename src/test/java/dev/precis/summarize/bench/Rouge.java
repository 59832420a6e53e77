package dev.precis.summarize.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 as {@code ../shared/summ/rouge.py} computes them with stemming off
 * (lower case, every run of characters outside {@code [a-z0-9]} separates tokens, clipped n-gram
 * overlap, LCS over the whole token sequences), so a tuning sweep can score in-process. The benchmark's
 * printed figures still come from {@code rouge.py} itself; {@code RougeTest} checks the two agree.
 */
public final class Rouge {

    /** F1 of one candidate against one reference, each in [0, 1]. */
    public record Score(double rouge1, double rouge2, double rougeL) {
    }

    private Rouge() {
    }

    public static Score score(String candidate, String reference) {
        List<String> c = tokens(candidate);
        List<String> r = tokens(reference);
        return new Score(ngramF1(c, r, 1), ngramF1(c, r, 2), lcsF1(c, r));
    }

    /** rouge.py's tokenizer: lower-cased runs of {@code [a-z0-9]}. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String s = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < s.length()) {
            if (!isToken(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && isToken(s.charAt(j))) j++;
            out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }

    private static boolean isToken(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static double ngramF1(List<String> c, List<String> r, int n) {
        Map<String, Integer> cn = ngrams(c, n);
        Map<String, Integer> rn = ngrams(r, n);
        int cTotal = Math.max(0, c.size() - n + 1);
        int rTotal = Math.max(0, r.size() - n + 1);
        int overlap = 0;
        for (Map.Entry<String, Integer> e : cn.entrySet()) overlap += Math.min(e.getValue(), rn.getOrDefault(e.getKey(), 0));
        return f1(overlap, cTotal, rTotal);
    }

    private static Map<String, Integer> ngrams(List<String> t, int n) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + n <= t.size(); i++) m.merge(String.join(" ", t.subList(i, i + n)), 1, Integer::sum);
        return m;
    }

    private static double lcsF1(List<String> c, List<String> r) {
        int[] prev = new int[r.size() + 1];
        for (String ct : c) {
            int[] cur = new int[r.size() + 1];
            for (int j = 1; j <= r.size(); j++) {
                cur[j] = ct.equals(r.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            prev = cur;
        }
        return f1(prev[r.size()], c.size(), r.size());
    }

    private static double f1(int overlap, int candidateTotal, int referenceTotal) {
        if (overlap == 0 || candidateTotal == 0 || referenceTotal == 0) return 0;
        double p = (double) overlap / candidateTotal;
        double r = (double) overlap / referenceTotal;
        return 2 * p * r / (p + r);
    }
}
