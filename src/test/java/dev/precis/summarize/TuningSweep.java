package dev.precis.summarize;

import dev.precis.summarize.bench.Rouge;
import dev.precis.summarize.bench.SummarySets;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Calibration aid, not a test: scores the built-in engine on the BBC <em>tune</em> half only
 * ({@link SummarySets#TUNE}; the held-out half and the news set are for {@code bin/bench-summary} to
 * report, never to tune on) for a grid of {@link SentenceRanker.Tuning} values, one line per setting:
 * ROUGE-1/2/L F1 (in-process {@link Rouge}), words and sentences per summary, and the share of summaries
 * that open with the article's first sentence. Usage:
 * {@code java -Dgrid="damping:0.85,0.95;leadWeight:0.3,0.6" ... TuningSweep [SUMM_DIR]} — every
 * combination of the listed values of {@code Tuning}'s components, the others at their defaults.
 */
public final class TuningSweep {

    private TuningSweep() {
    }

    public static void main(String[] args) throws Exception {
        Path summ = Path.of(args.length > 0 ? args[0] : "../shared/summ");
        String set = System.getProperty("set", SummarySets.TUNE);
        List<SummarySets.Doc> docs = set.equals(SummarySets.NEWS_DEV)
                ? SummarySets.news(Path.of(System.getProperty("bench", "../shared/bench")), SummarySets.NEWS_DEV)
                : SummarySets.bbc(summ).get(SummarySets.TUNE);
        if (docs == null || docs.isEmpty()) throw new IllegalStateException("no " + set + " set");
        List<SentenceRanker.Tuning> grid = new ArrayList<>(List.of(SentenceRanker.DEFAULT));
        String spec = System.getProperty("grid", "");
        for (String axis : spec.isBlank() ? new String[0] : spec.split(";")) {
            String[] kv = axis.split(":");
            List<SentenceRanker.Tuning> next = new ArrayList<>();
            for (SentenceRanker.Tuning t : grid) {
                for (String v : kv[1].split(",")) next.add(with(t, kv[0], Double.parseDouble(v)));
            }
            grid = next;
        }
        SentenceSplitter splitter = new SentenceSplitter();
        double lead3 = 0;
        for (SummarySets.Doc d : docs) {
            List<String> lines = splitter.split(d.article().text()).stream().limit(3).map(SentenceSplitter.Sentence::text).toList();
            lead3 += Rouge.score(String.join("\n", lines), d.reference()).rouge1();
        }
        System.out.printf(Locale.ROOT, "%s: %d articles, Lead-3 R1 %.2f%n", set, docs.size(), 100 * lead3 / docs.size());
        for (SentenceRanker.Tuning t : grid) {
            BuiltinEngine engine = new BuiltinEngine(t);
            double r1 = 0, r2 = 0, rl = 0, words = 0, sentences = 0, leadFirst = 0;
            for (SummarySets.Doc d : docs) {
                List<String> lines = engine.summarySentences(d.article());
                Rouge.Score s = Rouge.score(String.join("\n", lines), d.reference());
                r1 += s.rouge1();
                r2 += s.rouge2();
                rl += s.rougeL();
                sentences += lines.size();
                for (String l : lines) words += l.split("\\s+").length;
                var first = splitter.split(d.article().text());
                if (!lines.isEmpty() && !first.isEmpty() && first.get(0).text().endsWith(lines.get(0))) leadFirst++;
            }
            int n = docs.size();
            System.out.printf(Locale.ROOT, "%s  R1 %.2f R2 %.2f RL %.2f  words %.1f sents %.2f leadFirst %.2f%n", t,
                    100 * r1 / n, 100 * r2 / n, 100 * rl / n, words / n, sentences / n, leadFirst / n);
        }
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
