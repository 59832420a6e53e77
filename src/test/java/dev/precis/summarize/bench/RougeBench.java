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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * ROUGE benchmark of the built-in engine against Lead-3 — not a unit test. For length context it also
 * scores Lead-4 and "leadfit", the leading sentences under the engine's own length limits. Reads {@code <summ>/articles/*.txt} (first line = headline), writes one candidate directory
 * per system under {@code target/bench-summary/} (one sentence per line), scores each with
 * {@code <summ>/rouge.py} and prints ROUGE-1/2/L F1 with average summary length.
 *
 * <p>Usage: {@code RougeBench [SUMM_DIR] [OUT_DIR]}, defaults {@code ../shared/summ} and
 * {@code target/bench-summary}. Run it with {@code bin/bench-summary}.
 */
public final class RougeBench {

    private static final Pattern F1 = Pattern.compile("^(rouge1|rouge2|rougeL|rougeLsum)\\s+F1\\s+([0-9.]+)",
            Pattern.MULTILINE);

    private RougeBench() {
    }

    public static void main(String[] args) throws Exception {
        Path summ = Path.of(args.length > 0 ? args[0] : "../shared/summ");
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench-summary");
        Map<String, Article> articles = readArticles(summ.resolve("articles"));
        BuiltinEngine engine = new BuiltinEngine();
        SentenceSplitter splitter = new SentenceSplitter();

        Map<String, Function<Article, List<String>>> systems = new LinkedHashMap<>();
        systems.put("builtin", a -> splitter.split(engine.draft(a, List.of()).summary()).stream()
                .map(SentenceSplitter.Sentence::text).toList());
        systems.put("lead3", a -> lead(splitter, a, 3));
        systems.put("lead4", a -> lead(splitter, a, 4));
        systems.put("leadfit", a -> leadWithinBudget(splitter, a));

        System.out.printf("%d articles from %s%n", articles.size(), summ.toAbsolutePath().normalize());
        System.out.printf("%-8s %7s %7s %7s %8s %10s %9s%n", "system", "R1", "R2", "RL", "RLsum", "words/doc",
                "sent/doc");
        for (Map.Entry<String, Function<Article, List<String>>> system : systems.entrySet()) {
            Path dir = out.resolve(system.getKey());
            long start = System.nanoTime();
            double[] length = writeCandidates(articles, system.getValue(), dir);
            long ms = (System.nanoTime() - start) / 1_000_000;
            Map<String, String> scores = score(summ, dir);
            System.out.printf("%-8s %7s %7s %7s %8s %10.1f %9.2f   (%d ms)%n", system.getKey(),
                    scores.get("rouge1"), scores.get("rouge2"), scores.get("rougeL"), scores.get("rougeLsum"),
                    length[0], length[1], ms);
        }
        System.out.println("ROUGE F1 x100, no stemming; candidates in " + out.toAbsolutePath().normalize());
    }

    /** Articles by id: the headline becomes the title, the rest the body paragraphs. */
    public static Map<String, Article> readArticles(Path dir) throws IOException {
        Map<String, Article> articles = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String raw = Files.readString(f, StandardCharsets.UTF_8);
                int nl = raw.indexOf('\n');
                String headline = nl < 0 ? raw.strip() : raw.substring(0, nl).strip();
                Article body = Article.ofPlainText(nl < 0 ? "" : raw.substring(nl + 1));
                String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
                articles.put(id, new Article(headline, null, null, null, null, null, null, null,
                        body.paragraphs(), Set.of()));
            }
        }
        return articles;
    }

    private static List<String> lead(SentenceSplitter splitter, Article a, int n) {
        return splitter.split(a.text()).stream().limit(n).map(SentenceSplitter.Sentence::text).toList();
    }

    /**
     * The length-matched baseline: leading sentences under the engine's own limits (at most
     * {@link BuiltinEngine#SUMMARY_MAX_SENTENCES}, skipping any that would pass
     * {@link BuiltinEngine#SUMMARY_WORD_BUDGET} words; the first always fits).
     */
    private static List<String> leadWithinBudget(SentenceSplitter splitter, Article a) {
        List<String> picked = new ArrayList<>();
        int words = 0;
        for (SentenceSplitter.Sentence s : splitter.split(a.text())) {
            if (picked.size() == BuiltinEngine.SUMMARY_MAX_SENTENCES) break;
            int n = s.text().split("\\s+").length;
            if (!picked.isEmpty() && words + n > BuiltinEngine.SUMMARY_WORD_BUDGET) continue;
            picked.add(s.text());
            words += n;
        }
        return picked;
    }

    /** Writes one candidate file per article; returns average words and sentences per summary. */
    private static double[] writeCandidates(Map<String, Article> articles, Function<Article, List<String>> system,
                                            Path dir) throws IOException {
        Files.createDirectories(dir);
        long words = 0;
        long sentences = 0;
        for (Map.Entry<String, Article> e : articles.entrySet()) {
            List<String> lines = system.apply(e.getValue());
            sentences += lines.size();
            for (String line : lines) words += line.isBlank() ? 0 : line.strip().split("\\s+").length;
            Files.write(dir.resolve(e.getKey() + ".txt"), lines, StandardCharsets.UTF_8);
        }
        return new double[] {(double) words / articles.size(), (double) sentences / articles.size()};
    }

    /** Runs {@code rouge.py score} and returns F1 per metric, as printed. */
    private static Map<String, String> score(Path summ, Path cands) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", summ.resolve("rouge.py").toString(), "score",
                "--cands", cands.toString(), "--refs", summ.resolve("references").toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output;
        try (var in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (p.waitFor() != 0) throw new UncheckedIOException(new IOException("rouge.py failed:\n" + output));
        Map<String, String> scores = new LinkedHashMap<>();
        Matcher m = F1.matcher(output);
        while (m.find()) scores.put(m.group(1), m.group(2));
        return scores;
    }
}
