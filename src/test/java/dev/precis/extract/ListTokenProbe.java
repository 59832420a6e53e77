package dev.precis.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jsoup.nodes.Element;

/**
 * Developer tool: on the pages of a WCXB half read with the listing or collection profile, which negative class/id
 * tokens prune blocks, and how much of their words the truth holds ({@code -Dhalf=A}).
 */
public final class ListTokenProbe {

    private ListTokenProbe() {
    }

    public static void main(String[] args) throws Exception {
        String half = System.getProperty("half", "A");
        Map<String, int[]> byToken = new TreeMap<>(); // blocks, words, words in truth, pages
        for (DevPages.Page page : DevPages.load("wcxb", half)) {
            DevPages.Cleaned c = DevPages.clean(page.html());
            PageTypes.Signals s = PageTypes.signals(c.body(), c.index(), c.meta(), c.sizes(), c.meta().canonicalUrl());
            PageType profile = PageTypes.profile(PageTypes.decide(s), s);
            if (profile != PageType.LISTING && profile != PageType.COLLECTION) continue;
            Set<String> truth = new HashSet<>(WcxbProbe.tokens(page.truth()));
            Cleaner.Pruning p = Cleaner.prune(c.body(), c.sizes(), new Names(), true, Cleaner.Vocab.ALL, false);
            Set<String> seen = new HashSet<>();
            for (Element e : p.pruned) {
                int words = 0;
                int in = 0;
                for (String w : WcxbProbe.tokens(e.text())) {
                    words++;
                    if (truth.contains(w)) in++;
                }
                Set<String> toks = new HashSet<>();
                for (String t : Names.tokensOf(e.attr("class") + " " + e.id())) {
                    if (Vocabulary.STRONG_NEGATIVE_TOKENS.contains(t) || Vocabulary.WEAK_NEGATIVE_TOKENS.contains(t)) toks.add(t);
                }
                if (toks.isEmpty()) toks.add("<" + e.normalName() + ">");
                for (String t : toks) {
                    int[] n = byToken.computeIfAbsent(t, k -> new int[4]);
                    n[0]++;
                    n[1] += words;
                    n[2] += in;
                    if (seen.add(t)) n[3]++;
                }
                if (half.equals("A") && words >= 20 && in * 2 > words) {
                    System.out.printf(Locale.ROOT, "%s %s %s words=%d inTruth=%d%n", page.id(), page.type(), ExtractDebug.describe(e), words, in);
                }
            }
        }
        for (var e : byToken.entrySet()) {
            int[] n = e.getValue();
            System.out.printf(Locale.ROOT, "TOKEN %-14s pages=%3d blocks=%4d words=%6d inTruth=%6d (%.2f)%n", e.getKey(), n[3], n[0], n[1], n[2],
                    n[1] == 0 ? 0 : (double) n[2] / n[1]);
        }
    }
}
