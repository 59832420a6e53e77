package dev.precis.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Developer tool: per page of a WCXB half, the outermost visible elements whose class or id holds a word of
 * {@code -Dwords} (default filter words), with their words and how many of them the truth holds (as a bag of words,
 * so an over-count); {@code -Dv} lists the elements. {@code -Dhalf=A}.
 * <p>
 * Round x13 used it for a filter-panel rule: on a list page a class/id word "filter(s)", "facet(s)", "refinement(s)"
 * as a weak negative unless the value also names the list ("grid", "results", "products", "collection"…: the grid's
 * wrapper with its filters). WCXB dev against main in the same run, F1 summed: half A +0.070 (collection +0.011,
 * listing +0.027, product +0.032; 8 up, 0 down), half B -0.006 (collection +0.037, article -0.044 on one page read as
 * a list): B lower overall, not kept. Without the wrapper words one half-A page (its grid inside
 * "t-collection__grid facets-vertical") fell 0.52 -> 0.01. As a strong negative the half-A pages moved the same.
 */
public final class FacetProbe {

    private FacetProbe() {
    }

    public static void main(String[] args) throws Exception {
        String half = System.getProperty("half", "A");
        Set<String> words = Set.of(System.getProperty("words", "filter,filters,facet,facets,refinement,refinements").split(","));
        Map<String, double[]> perType = new HashMap<>();
        for (DevPages.Page page : DevPages.load("wcxb", half)) {
            Document doc = Jsoup.parse(page.html());
            DevPages.Cleaned c = DevPages.clean(doc);
            Map<String, Integer> truth = bag(page.truth());
            List<Element> hits = new ArrayList<>();
            collect(c.body(), words, hits);
            int all = 0, in = 0;
            for (Element e : hits) {
                Map<String, Integer> b = bag(e.text());
                int n = 0, t = 0;
                for (var en : b.entrySet()) {
                    n += en.getValue();
                    t += Math.min(en.getValue(), truth.getOrDefault(en.getKey(), 0));
                }
                all += n;
                in += t;
                if (n > 0 && System.getProperty("v") != null)
                    System.out.printf(Locale.ROOT, "  %s %s %d words, %d in truth: %s | %s%n", page.id(), page.type(), n, t,
                            LossProbe.describe(e), e.text().substring(0, Math.min(100, e.text().length())));
            }
            if (all > 0) {
                System.out.printf(Locale.ROOT, "%s %s %d words in %d elements, %d in truth%n", page.id(), page.type(), all, hits.size(), in);
                double[] d = perType.computeIfAbsent(page.type(), k -> new double[3]);
                d[0]++;
                d[1] += all;
                d[2] += in;
            }
        }
        perType.forEach((k, v) -> System.out.printf(Locale.ROOT, "%s pages %d words %d in truth %d%n", k, (int) v[0], (int) v[1], (int) v[2]));
    }

    private static void collect(Element e, Set<String> words, List<Element> out) {
        for (Element c : e.children()) {
            if (named(c, words)) out.add(c);
            else collect(c, words, out);
        }
    }

    private static boolean named(Element e, Set<String> words) {
        for (String t : Names.tokensOf(e.attr("class").toLowerCase(Locale.ROOT))) if (words.contains(t)) return true;
        for (String t : Names.tokensOf(e.id().toLowerCase(Locale.ROOT))) if (words.contains(t)) return true;
        return false;
    }

    static Map<String, Integer> bag(String s) {
        Map<String, Integer> m = new HashMap<>();
        var mt = java.util.regex.Pattern.compile("\\w+", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS).matcher(s.toLowerCase(Locale.ROOT));
        while (mt.find()) m.merge(mt.group(), 1, Integer::sum);
        return m;
    }
}
