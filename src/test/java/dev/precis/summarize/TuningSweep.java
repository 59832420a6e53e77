package dev.precis.summarize;

import dev.precis.summarize.bench.Rouge;
import dev.precis.summarize.bench.SummarySets;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Calibration aid, not a test: scores the built-in engine on the sets of {@link SummarySets} named by
 * {@code -Dset} (default the two calibration sets, {@code bbc-tune,news-dev}; add {@code bbc-heldout,news-heldout}
 * to see a trade-off curve in full, never to choose by them) for a grid of {@link SentenceRanker.Tuning}
 * values, one line per setting with, per set: ROUGE-1/2 F1 (in-process {@link Rouge}), words per summary
 * and the share of summaries that open with the article's first sentence; Lead-3 of each set heads the
 * output. Usage:
 * {@code java -Dgrid="damping:0.85,0.95;leadWeight:0.3,0.6" ... TuningSweep [SUMM_DIR]} — every
 * combination of the listed values of {@code Tuning}'s components, the others at their defaults; then
 * {@code -Dvariants="minWordBudget:45|leadWeight:3.5,maxWordBudget:100"}, single settings one after the other (the
 * points of a trade-off curve).
 */
public final class TuningSweep {

    private TuningSweep() {
    }

    public static void main(String[] args) throws Exception {
        Path summ = Path.of(args.length > 0 ? args[0] : "../shared/summ");
        Path bench = Path.of(System.getProperty("bench", "../shared/bench"));
        Map<String, List<SummarySets.Doc>> sets = new LinkedHashMap<>();
        for (String set : System.getProperty("set", SummarySets.TUNE + "," + SummarySets.NEWS_DEV).split(",")) {
            List<SummarySets.Doc> docs = set.startsWith("news") ? SummarySets.news(bench, set) : SummarySets.bbc(summ).get(set);
            if (docs == null || docs.isEmpty()) throw new IllegalStateException("no " + set + " set");
            sets.put(set, docs);
        }
        List<SentenceRanker.Tuning> grid = new ArrayList<>(List.of(SentenceRanker.DEFAULT));
        List<String> knobs = new ArrayList<>();
        String spec = System.getProperty("grid", "");
        for (String axis : spec.isBlank() ? new String[0] : spec.split(";")) {
            String[] kv = axis.split(":");
            knobs.add(kv[0]);
            List<SentenceRanker.Tuning> next = new ArrayList<>();
            for (SentenceRanker.Tuning t : grid) {
                for (String v : kv[1].split(",")) next.add(with(t, kv[0], Double.parseDouble(v)));
            }
            grid = next;
        }
        // -Dvariants="minWordBudget:45|leadWeight:3.5,maxWordBudget:100": named points of a trade-off curve, after the grid
        String variants = System.getProperty("variants", "");
        for (String variant : variants.isBlank() ? new String[0] : variants.split("\\|")) {
            SentenceRanker.Tuning t = SentenceRanker.DEFAULT;
            for (String kv : variant.split(",")) {
                String[] parts = kv.split(":");
                t = with(t, parts[0], Double.parseDouble(parts[1]));
                if (!knobs.contains(parts[0])) knobs.add(parts[0]);
            }
            grid.add(t);
        }
        SentenceSplitter splitter = new SentenceSplitter();
        StringBuilder header = new StringBuilder("Lead-3 R1:");
        for (Map.Entry<String, List<SummarySets.Doc>> set : sets.entrySet()) {
            double lead3 = 0;
            for (SummarySets.Doc d : set.getValue()) {
                List<String> lines = splitter.split(d.article().text()).stream().limit(3)
                        .map(SentenceSplitter.Sentence::text).toList();
                lead3 += Rouge.score(String.join("\n", lines), d.reference()).rouge1();
            }
            header.append(String.format(Locale.ROOT, "  %s %.2f (%d)", set.getKey(), 100 * lead3 / set.getValue().size(),
                    set.getValue().size()));
        }
        System.out.println(header);
        for (SentenceRanker.Tuning t : grid) {
            StringBuilder line = new StringBuilder();
            for (String k : knobs) line.append(k).append('=').append(value(t, k)).append(' ');
            if (knobs.isEmpty()) line.append("default ");
            for (Map.Entry<String, List<SummarySets.Doc>> set : sets.entrySet()) {
                BuiltinEngine engine = new BuiltinEngine(t);
                double r1 = 0, r2 = 0, words = 0, leadFirst = 0;
                for (SummarySets.Doc d : set.getValue()) {
                    List<String> lines = engine.summarySentences(d.article());
                    Rouge.Score s = Rouge.score(String.join("\n", lines), d.reference());
                    r1 += s.rouge1();
                    r2 += s.rouge2();
                    for (String l : lines) words += l.split("\\s+").length;
                    var first = splitter.split(d.article().text());
                    if (!lines.isEmpty() && !first.isEmpty() && first.get(0).text().endsWith(lines.get(0))) leadFirst++;
                }
                int n = set.getValue().size();
                line.append(String.format(Locale.ROOT, "| %s R1 %.2f R2 %.2f w %.0f lf %.2f ", set.getKey(), 100 * r1 / n,
                        100 * r2 / n, words / n, leadFirst / n));
            }
            System.out.println(line);
        }
    }

    private static Object value(SentenceRanker.Tuning t, String knob) throws Exception {
        for (RecordComponent c : SentenceRanker.Tuning.class.getRecordComponents()) {
            if (c.getName().equals(knob)) return c.getAccessor().invoke(t);
        }
        throw new IllegalArgumentException(knob);
    }

    /** A copy of {@code t} with the component named {@code knob} set to {@code value}. */
    static SentenceRanker.Tuning with(SentenceRanker.Tuning t, String knob, double value) throws Exception {
        RecordComponent[] parts = SentenceRanker.Tuning.class.getRecordComponents();
        Object[] values = new Object[parts.length];
        boolean found = false;
        for (int i = 0; i < parts.length; i++) {
            values[i] = parts[i].getAccessor().invoke(t);
            if (parts[i].getName().equals(knob)) {
                values[i] = parts[i].getType() == int.class ? (Object) (int) value : (Object) value;
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException("unknown knob " + knob + "; knobs: "
                    + Arrays.stream(parts).map(RecordComponent::getName).toList());
        }
        return SentenceRanker.Tuning.class.getDeclaredConstructor(
                Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new)).newInstance(values);
    }
}
