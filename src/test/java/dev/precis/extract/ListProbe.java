package dev.precis.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Developer tool: on the pages a WCXB half reads with the listing or collection profile, the word F1 of other readings
 * of them ({@code -Dhalf=A}; half B prints sums only).
 */
public final class ListProbe {

    private ListProbe() {
    }

    public static void main(String[] args) throws Exception {
        String half = System.getProperty("half", "A");
        Map<String, Function<BodyReader, BodyReader.Reading>> readings = new LinkedHashMap<>();
        readings.put("all", r -> r.whole(Cleaner.Vocab.ALL, false));
        readings.put("strong", r -> r.whole(Cleaner.Vocab.STRONG, false));
        readings.put("junk", r -> r.whole(Cleaner.Vocab.JUNK, false));
        readings.put("none", r -> r.whole(Cleaner.Vocab.NONE, false));
        readings.put("allC", r -> r.whole(Cleaner.Vocab.ALL, true));
        readings.put("svc", r -> Choice.choose(PageType.SERVICE, r));
        readings.put("art", r -> Choice.choose(PageType.ARTICLE, r));
        readings.put("junkNC", r -> r.whole(Cleaner.Vocab.JUNK, false));
        readings.put("strongC", r -> r.whole(Cleaner.Vocab.STRONG, true));
        Map<String, double[]> sums = new LinkedHashMap<>();
        StringBuilder head = new StringBuilder("id\ttype\tprofile");
        for (String k : readings.keySet()) head.append('\t').append(k);
        System.out.println(head);
        for (DevPages.Page page : DevPages.load("wcxb", half)) {
            DevPages.Cleaned c = DevPages.clean(page.html());
            PageTypes.Signals s = PageTypes.signals(c.body(), c.index(), c.meta(), c.sizes(), c.meta().canonicalUrl());
            PageType profile = PageTypes.profile(PageTypes.decide(s), s);
            PageType declared = PageTypes.declaredIndex(PageTypes.decide(s), s);
            boolean listProfile = profile == PageType.LISTING || profile == PageType.COLLECTION;
            boolean declaredOnly = !listProfile && (declared == PageType.LISTING || declared == PageType.COLLECTION);
            boolean listType = page.type().equals("listing") || page.type().equals("collection");
            if (!listProfile && !listType && !declaredOnly) continue;
            BodyReader r = c.reader(false);
            StringBuilder line = new StringBuilder(page.id() + "\t" + page.type() + "\t" + profile.id() + (declaredOnly ? "/D" : ""));
            String key = (listProfile ? "P:" : declaredOnly ? "D:" + profile.id() + ":" : "T:") + page.type();
            double[] sum = sums.computeIfAbsent(key, k -> new double[readings.size() + 1]);
            sum[readings.size()]++;
            int i = 0;
            for (var e : readings.entrySet()) {
                double f = WcxbProbe.f1(String.join("\n\n", BlockWriter.texts(e.getValue().apply(r).blocks())), page.truth());
                sum[i++] += f;
                line.append(String.format(Locale.ROOT, "\t%.3f", f));
            }
            if (half.equals("A")) System.out.println(line);
        }
        for (var e : sums.entrySet()) {
            StringBuilder line = new StringBuilder(e.getKey() + " n=" + (int) e.getValue()[readings.size()]);
            int i = 0;
            for (String k : readings.keySet()) line.append(String.format(Locale.ROOT, " %s=%.2f", k, e.getValue()[i++]));
            System.out.println(line);
        }
    }
}
