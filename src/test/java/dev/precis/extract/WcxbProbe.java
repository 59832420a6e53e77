package dev.precis.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Developer tool: the mean word F1 of each page type's reading ({@link Choice}) on every page of a set, per
 * true page type, and of the best of them per page (what a perfect type detection could reach). Writes
 * {@code target/probe.tsv} (per page). {@code -Dset=wcxb|zyte|mozilla -Dhalf=A|B|all -Dtype=article}.
 */
public final class WcxbProbe {

    /** Words as WCXB's scorer takes them: lower-cased {@code \w+} runs. */
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private WcxbProbe() {
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s == null ? "" : s.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }

    /** Word F1 of a prediction against the truth, counting words as a multiset (WCXB's metric). */
    static double f1(String pred, String truth) {
        List<String> p = tokens(pred);
        List<String> r = tokens(truth);
        if (r.isEmpty()) return p.isEmpty() ? 1 : 0;
        if (p.isEmpty()) return 0;
        Map<String, Integer> left = new HashMap<>();
        for (String t : r) left.merge(t, 1, Integer::sum);
        int overlap = 0;
        for (String t : p) {
            Integer n = left.get(t);
            if (n != null && n > 0) {
                overlap++;
                left.put(t, n - 1);
            }
        }
        double precision = (double) overlap / p.size();
        double recall = (double) overlap / r.size();
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    public static void main(String[] args) throws Exception {
        String only = System.getProperty("type", "");
        Map<String, Function<DevPages.Cleaned, String>> readings = new LinkedHashMap<>();
        for (PageType t : new PageType[] {PageType.ARTICLE, PageType.SERVICE, PageType.LISTING}) {
            readings.put(t.id(), c -> String.join("\n\n", BlockWriter.texts(Choice.choose(t, c.reader(false)).blocks())));
        }
        if (Boolean.getBoolean("extra")) {
            readings.put("allCond", c -> String.join("\n\n", BlockWriter.texts(c.reader(false).whole(Cleaner.Vocab.ALL, true).blocks())));
            readings.put("strongNC", c -> String.join("\n\n", BlockWriter.texts(c.reader(false).whole(Cleaner.Vocab.STRONG, false).blocks())));
        }
        Map<String, Map<String, List<Double>>> byType = new TreeMap<>();
        StringBuilder perPage = new StringBuilder();
        for (DevPages.Page page : DevPages.load(System.getProperty("set", "wcxb"), System.getProperty("half", "A"))) {
            if (!only.isEmpty() && !only.equals(page.type())) continue;
            perPage.append(page.id()).append('\t').append(page.type());
            double best = 0;
            for (var r : readings.entrySet()) {
                double f = f1(r.getValue().apply(DevPages.clean(page.html())), page.truth());
                best = Math.max(best, f);
                for (String key : List.of(page.type(), "ALL")) {
                    byType.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(r.getKey(), k -> new ArrayList<>()).add(f);
                }
                perPage.append(String.format(Locale.ROOT, "\t%.3f", f));
            }
            for (String key : List.of(page.type(), "ALL")) {
                byType.get(key).computeIfAbsent("oracle", k -> new ArrayList<>()).add(best);
            }
            perPage.append('\n');
        }
        Files.writeString(Path.of("target/probe.tsv"), perPage);
        for (var t : byType.entrySet()) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-14s n=%4d", t.getKey(),
                    t.getValue().values().iterator().next().size()));
            for (var r : t.getValue().entrySet()) {
                b.append(String.format(Locale.ROOT, "  %s %.3f", r.getKey(), r.getValue().stream().mapToDouble(d -> d).average().orElse(0)));
            }
            System.out.println(b);
        }
    }
}
