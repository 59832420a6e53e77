package dev.precis.summarize.bench;

import dev.precis.model.Article;
import dev.precis.summarize.BuiltinEngine;
import dev.precis.summarize.SentenceSplitter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE benchmark of the built-in engine against Lead-3 — not a unit test. Scores, in one run, each set of
 * {@link SummarySets}: the BBC half the ranker was tuned on, the BBC half it was not, and the held-out
 * news set with our own short summaries. Systems: the engine, Lead-3, and "leadfit" (the leading
 * sentences under the engine's own length limits, for length context). Candidates go to
 * {@code OUT/<set>/<system>/} one sentence per line and are scored by {@code <summ>/rouge.py}; it prints
 * ROUGE-1/2/L F1, the engine's margin over Lead-3, and words and sentences per summary. Then it times the
 * engine warm on 1,000-word articles against splitting alone, the floor of any extractive engine.
 *
 * <p>Usage: {@code RougeBench [SUMM_DIR] [OUT_DIR] [BENCH_DIR]}, defaults {@code ../shared/summ},
 * {@code target/bench-summary}, {@code ../shared/bench}. Run it with {@code bin/bench-summary}.
 */
public final class RougeBench {

    private static final Pattern F1 = Pattern.compile("^(rouge1|rouge2|rougeL|rougeLsum)\\s+F1\\s+([0-9.]+)",
            Pattern.MULTILINE);
    /** Words of each timed article. */
    private static final int TIMED_WORDS = 1_000;
    /** Passes over the timed articles before timing, so the JIT has compiled the engine. */
    private static final int WARM_UP_PASSES = 20;
    private static final int TIMED_PASSES = 20;

    private RougeBench() {
    }

    public static void main(String[] args) throws Exception {
        Path summ = Path.of(args.length > 0 ? args[0] : "../shared/summ");
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench-summary");
        Path bench = Path.of(args.length > 2 ? args[2] : "../shared/bench");
        Map<String, List<SummarySets.Doc>> sets = new LinkedHashMap<>(SummarySets.bbc(summ));
        for (String name : List.of(SummarySets.NEWS_DEV, SummarySets.NEWS, SummarySets.NEWS_EXTRA)) {
            List<SummarySets.Doc> news = SummarySets.news(bench, name);
            if (!news.isEmpty()) sets.put(name, news);
        }
        if (sets.isEmpty()) {
            System.out.println("SKIP: neither " + summ + " nor " + bench + " is here; nothing to measure.");
            return;
        }
        BuiltinEngine engine = new BuiltinEngine();
        SentenceSplitter splitter = new SentenceSplitter();
        Map<String, Function<Article, List<String>>> systems = new LinkedHashMap<>();
        systems.put("builtin", a -> splitter.split(engine.draft(a, List.of()).summary()).stream()
                .map(SentenceSplitter.Sentence::text).toList());
        systems.put("lead3", a -> lead(splitter, a, 3));
        systems.put("leadfit", a -> leadWithinBudget(splitter, engine, a));

        System.out.printf("%-13s %-8s %4s %7s %7s %7s %8s %7s %7s%n", "set", "system", "docs", "R1", "R2", "RL",
                "R1-lead3", "words", "sents");
        for (Map.Entry<String, List<SummarySets.Doc>> set : sets.entrySet()) {
            Path dir = out.resolve(set.getKey());
            Path refs = writeReferences(set.getValue(), dir.resolve("refs"));
            Double lead3 = null;
            Map<String, double[]> rows = new LinkedHashMap<>();
            for (Map.Entry<String, Function<Article, List<String>>> system : systems.entrySet()) {
                Path cands = dir.resolve(system.getKey());
                double[] length = writeCandidates(set.getValue(), system.getValue(), cands);
                Map<String, Double> f1 = score(summ, cands, refs);
                rows.put(system.getKey(), new double[] {f1.get("rouge1"), f1.get("rouge2"), f1.get("rougeL"),
                        length[0], length[1]});
                if (system.getKey().equals("lead3")) lead3 = f1.get("rouge1");
            }
            for (Map.Entry<String, double[]> row : rows.entrySet()) {
                double[] r = row.getValue();
                System.out.printf(Locale.ROOT, "%-13s %-8s %4d %7.2f %7.2f %7.2f %+8.2f %7.1f %7.2f%n", set.getKey(),
                        row.getKey(), set.getValue().size(), r[0], r[1], r[2], r[0] - lead3, r[3], r[4]);
            }
        }
        System.out.println("ROUGE F1 x100 by rouge.py (no stemming); candidates in " + out.toAbsolutePath().normalize());
        List<SummarySets.Doc> all = sets.values().stream().flatMap(List::stream).toList();
        time(engine, splitter, all);
    }

    /**
     * Times {@code draft} (summary, key facts, two questions) on articles of about {@link #TIMED_WORDS}
     * words made by joining consecutive articles, against splitting the same text.
     */
    private static void time(BuiltinEngine engine, SentenceSplitter splitter, List<SummarySets.Doc> docs) {
        List<Article> articles = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        int words = 0;
        for (SummarySets.Doc d : docs) {
            for (String p : d.article().paragraphs()) {
                paragraphs.add(p);
                words += p.split("\\s+").length;
                if (words >= TIMED_WORDS) {
                    articles.add(new Article(d.article().title(), null, null, null, "en", null, null, null,
                            paragraphs, java.util.Set.of()));
                    paragraphs = new ArrayList<>();
                    words = 0;
                }
            }
        }
        List<String> questions = List.of("Who said the plan would cost more?", "What did the minister decide?");
        long sink = 0;
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            for (Article a : articles) sink += engine.draft(a, questions).summary().length() + splitter.split(a.text()).size();
        }
        double[][] draft = new double[articles.size()][TIMED_PASSES];
        double[][] split = new double[articles.size()][TIMED_PASSES];
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
            for (int a = 0; a < articles.size(); a++) {
                Article article = articles.get(a);
                String text = article.text();
                long t0 = System.nanoTime();
                sink += splitter.split(text).size();
                long t1 = System.nanoTime();
                sink += engine.draft(article, questions).summary().length();
                long t2 = System.nanoTime();
                split[a][pass] = (t1 - t0) / 1e6;
                draft[a][pass] = (t2 - t1) / 1e6;
            }
        }
        double[] perArticle = Arrays.stream(draft).mapToDouble(RougeBench::median).sorted().toArray();
        double[] splitPerArticle = Arrays.stream(split).mapToDouble(RougeBench::median).sorted().toArray();
        System.out.printf(Locale.ROOT, "speed: %d articles of ~%d words, warm, median of %d passes each: draft %.2f ms"
                        + " (median article), %.2f ms (p90), %.2f ms (slowest); split only %.2f ms; ratio %.1fx  (%d)%n",
                articles.size(), TIMED_WORDS, TIMED_PASSES, perArticle[perArticle.length / 2],
                perArticle[perArticle.length * 9 / 10], perArticle[perArticle.length - 1],
                splitPerArticle[splitPerArticle.length / 2],
                perArticle[perArticle.length / 2] / splitPerArticle[splitPerArticle.length / 2], sink % 10);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static List<String> lead(SentenceSplitter splitter, Article a, int n) {
        return splitter.split(a.text()).stream().limit(n).map(SentenceSplitter.Sentence::text).toList();
    }

    /**
     * The length-matched baseline: leading sentences under the engine's own limits (at most
     * {@link BuiltinEngine#SUMMARY_MAX_SENTENCES}, skipping any that would pass
     * the article's word budget, {@link BuiltinEngine#summaryWordBudget}; the first always fits).
     */
    private static List<String> leadWithinBudget(SentenceSplitter splitter, BuiltinEngine engine, Article a) {
        List<String> picked = new ArrayList<>();
        int budget = engine.summaryWordBudget(a);
        int words = 0;
        for (SentenceSplitter.Sentence s : splitter.split(a.text())) {
            if (picked.size() == BuiltinEngine.SUMMARY_MAX_SENTENCES) break;
            int n = s.text().split("\\s+").length;
            if (!picked.isEmpty() && words + n > budget) continue;
            picked.add(s.text());
            words += n;
        }
        return picked;
    }

    private static Path writeReferences(List<SummarySets.Doc> docs, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (SummarySets.Doc d : docs) Files.writeString(dir.resolve(d.id() + ".txt"), d.reference(), StandardCharsets.UTF_8);
        return dir;
    }

    /** Writes one candidate file per article; returns average words and sentences per summary. */
    private static double[] writeCandidates(List<SummarySets.Doc> docs, Function<Article, List<String>> system,
                                            Path dir) throws IOException {
        Files.createDirectories(dir);
        long words = 0;
        long sentences = 0;
        for (SummarySets.Doc d : docs) {
            List<String> lines = system.apply(d.article());
            sentences += lines.size();
            for (String line : lines) words += line.isBlank() ? 0 : line.strip().split("\\s+").length;
            Files.write(dir.resolve(d.id() + ".txt"), lines, StandardCharsets.UTF_8);
        }
        return new double[] {(double) words / docs.size(), (double) sentences / docs.size()};
    }

    /** Runs {@code rouge.py score} and returns F1 per metric, as printed. */
    private static Map<String, Double> score(Path summ, Path cands, Path refs) throws IOException, InterruptedException {
        List<String> cmd = List.of("python3", summ.resolve("rouge.py").toString(), "score",
                "--cands", cands.toString(), "--refs", refs.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output;
        try (var in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (p.waitFor() != 0) throw new UncheckedIOException(new IOException("rouge.py failed:\n" + output));
        Map<String, Double> scores = new LinkedHashMap<>();
        Matcher m = F1.matcher(output);
        while (m.find()) scores.put(m.group(1), Double.parseDouble(m.group(2)));
        return scores;
    }
}
