package dev.precis.summarize;

import dev.precis.model.Article;
import dev.precis.summarize.bench.RougeBench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Calibration aid, not a test: scores the built-in engine on the BBC dev set for a grid of
 * {@link SentenceRanker.Tuning} values, one line per setting (R1 R2 RL, words, sentences, share of
 * summaries that open with the article's first sentence). Usage:
 * {@code java -Dgrid="damping:0.85,0.95;lead:0.3,0.6" ... TuningSweep [SUMM_DIR]} — every combination
 * of the listed values, other knobs at their defaults (knobs: damping decay central lead title
 * redundancy minWords max budget).
 */
public final class TuningSweep {

    private TuningSweep() {
    }

    public static void main(String[] args) throws Exception {
        Path summ = Path.of(args.length > 0 ? args[0] : "../shared/summ");
        Map<String, Article> articles = RougeBench.readArticles(summ.resolve("articles"));
        SentenceRanker.Tuning d = SentenceRanker.DEFAULT;
        if (!List.of("damping", "decay", "central", "lead", "title", "redundancy", "minWords", "max", "budget")
                .containsAll(java.util.Arrays.stream(System.getProperty("grid", "lead:0").split(";"))
                        .map(x -> x.split(":")[0]).toList())) {
            throw new IllegalArgumentException("unknown knob in -Dgrid");
        }
        List<SentenceRanker.Tuning> grid = new ArrayList<>(List.of(d));
        // -Dgrid="damping:0.85,0.95;lead:0.3,0.6": every combination, other knobs at their defaults
        for (String axis : System.getProperty("grid", "lead:0,0.3,0.6,1").split(";")) {
            String[] kv = axis.split(":");
            List<SentenceRanker.Tuning> next = new ArrayList<>();
            for (SentenceRanker.Tuning t : grid) {
                for (double a : values(kv[1])) next.add(with(t, kv[0], a));
            }
            grid = next;
        }
        for (SentenceRanker.Tuning t : grid) {
            BuiltinEngine engine = new BuiltinEngine(t);
            Path dir = Files.createTempDirectory("sweep");
            double words = 0;
            double sentences = 0;
            int leadFirst = 0;
            for (Map.Entry<String, Article> e : articles.entrySet()) {
                List<String> lines = engine.summarySentences(e.getValue());
                sentences += lines.size();
                for (String l : lines) words += l.split("\\s+").length;
                String first = new SentenceSplitter().split(e.getValue().text()).get(0).text();
                if (!lines.isEmpty() && lines.get(0).equals(first)) leadFirst++;
                Files.write(dir.resolve(e.getKey() + ".txt"), lines, StandardCharsets.UTF_8);
            }
            Process p = new ProcessBuilder("python3", summ.resolve("rouge.py").toString(), "score", "--cands",
                    dir.toString(), "--refs", summ.resolve("references").toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.delete(f);
            }
            Files.delete(dir);
            StringBuilder f1 = new StringBuilder();
            for (String line : out.split("\n")) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length > 2 && parts[1].equals("F1") && !parts[0].equals("rougeLsum")) f1.append(parts[2]).append(' ');
            }
            int n = articles.size();
            System.out.printf("%s  R1/R2/RL %s words %.1f sents %.2f leadFirst %.2f%n", t, f1, words / n,
                    sentences / n, (double) leadFirst / n);
        }
    }

    private static SentenceRanker.Tuning with(SentenceRanker.Tuning t, String knob, double a) {
        return new SentenceRanker.Tuning(
                knob.equals("damping") ? a : t.damping(),
                knob.equals("decay") ? a : t.leadDecay(),
                knob.equals("central") ? a : t.centralWeight(),
                knob.equals("lead") ? a : t.leadWeight(),
                knob.equals("title") ? a : t.titleWeight(),
                knob.equals("redundancy") ? a : t.redundancy(),
                knob.equals("minWords") ? (int) a : t.minWords(),
                knob.equals("max") ? (int) a : t.maxSentences(),
                t.minSentences(),
                knob.equals("budget") ? (int) a : t.wordBudget());
    }

    private static double[] values(String csv) {
        String[] parts = csv.split(",");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) v[i] = Double.parseDouble(parts[i]);
        return v;
    }
}
