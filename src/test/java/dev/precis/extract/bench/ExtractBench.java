package dev.precis.extract.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.Jsoup;

import dev.precis.extract.Extractor;
import dev.precis.model.Article;

/**
 * Runs the extractor over the shared evaluation pages ({@code ../shared/bench/{zyte,mozilla}/dev/html}),
 * writes one prediction per page ({@code <id>.json}: text, title, byline, publishedTime, lang,
 * siteName, excerpt) under {@code target/bench/<set>}, scores them with {@code score.sh}, and
 * prints extraction pages/s next to jsoup parse-only pages/s measured in the same run.
 * <pre>
 * bin/bench-extract [BENCH_DIR] [OUT_DIR] [SETS...]
 * </pre>
 * Skips with a message when the bench directory is absent. Never copies pages into the repository.
 */
public final class ExtractBench {

    /** Timed passes over each set (after one warm-up pass); times are averaged over them. */
    private static final int TIMED_PASSES = Integer.getInteger("precis.bench.passes", 3);

    private ExtractBench() {
    }

    /** One set's outcome. */
    public record Result(String set, int pages, double extractPagesPerSec, double parsePagesPerSec,
                         double maxPageMs, String slowestPage, String scoreReport, Double f1) {
        public double ratio() {
            return extractPagesPerSec / parsePagesPerSec;
        }
    }

    public static void main(String[] args) throws Exception {
        Path bench = Path.of(args.length > 0 ? args[0] : "../shared/bench");
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench");
        List<String> sets = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("zyte", "mozilla");
        if (!Files.isDirectory(bench)) {
            System.out.println("SKIP: bench directory " + bench.toAbsolutePath() + " is absent; nothing to measure.");
            return;
        }
        System.out.println("extractor " + Extractor.VERSION);
        for (String set : sets) {
            Result r = run(bench, set, out.resolve(set), true, TIMED_PASSES);
            print(r);
        }
    }

    private static int sinkValue;

    private static void sink(int v) {
        sinkValue += v;
    }

    static void print(Result r) {
        System.out.print(r.scoreReport());
        System.out.printf(Locale.ROOT, "  speed [%s] %d pages: extract %.1f pages/s, jsoup parse-only %.1f pages/s, ratio %.2f;"
                        + " slowest page %.1f ms (%s)%n%n", r.set(), r.pages(), r.extractPagesPerSec(),
                r.parsePagesPerSec(), r.ratio(), r.maxPageMs(), r.slowestPage());
    }

    /**
     * Extracts, times and scores one set.
     *
     * @param score  false skips the scorer
     * @param passes timed passes (0: no timing, speeds are NaN)
     */
    public static Result run(Path bench, String set, Path outDir, boolean score, int passes)
            throws IOException, InterruptedException {
        Path htmlDir = bench.resolve(set).resolve("dev").resolve("html");
        List<Path> files;
        try (Stream<Path> s = Files.list(htmlDir)) {
            files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<String> ids = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (Path f : files) {
            ids.add(f.getFileName().toString().replaceFirst("\\.html$", ""));
            pages.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        }
        Extractor extractor = new Extractor();
        List<Article> articles = new ArrayList<>();
        double maxMs = 0;
        String slowest = "";
        for (String p : pages) articles.add(extractor.extract(p, null)); // warm-up, and the predictions
        for (String p : pages) sink(Jsoup.parse(p).childNodeSize()); // warm-up of the parse-only path
        // Interleaved per page (parse, then extract), so machine noise hits both sides alike.
        long parseNanos = 0;
        long extractNanos = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (int k = 0; k < pages.size(); k++) {
                long t0 = System.nanoTime();
                sink(Jsoup.parse(pages.get(k)).childNodeSize());
                long t1 = System.nanoTime();
                sink(extractor.extract(pages.get(k), null).paragraphs().size());
                long t2 = System.nanoTime();
                parseNanos += t1 - t0;
                extractNanos += t2 - t1;
                double ms = (t2 - t1) / 1e6;
                if (ms > maxMs) {
                    maxMs = ms;
                    slowest = ids.get(k);
                }
            }
        }
        double bestParse = passes == 0 ? Double.NaN : (double) parseNanos / passes;
        double bestExtract = passes == 0 ? Double.NaN : (double) extractNanos / passes;
        Files.createDirectories(outDir);
        for (int k = 0; k < ids.size(); k++) {
            Files.writeString(outDir.resolve(ids.get(k) + ".json"), toJson(articles.get(k)), StandardCharsets.UTF_8);
        }
        String report = "";
        Double f1 = null;
        if (score) {
            report = score(bench, outDir, set);
            f1 = parseF1(report);
        }
        double n = pages.size();
        return new Result(set, pages.size(), n / (bestExtract / 1e9), n / (bestParse / 1e9), maxMs, slowest, report, f1);
    }

    private static String score(Path bench, Path outDir, String set) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", bench.resolve("score.sh").toString(), outDir.toAbsolutePath().toString(),
                set, "dev", "--per-doc", outDir.toAbsolutePath() + ".per-doc.tsv")
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }

    /** The F1 figure of a score.sh report ("F1 0.953 ± …"), or null. */
    static Double parseF1(String report) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("F1 ([0-9.]+)").matcher(report);
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }

    static String toJson(Article a) {
        StringBuilder b = new StringBuilder("{");
        field(b, "text", a.text(), false);
        field(b, "title", a.title(), true);
        field(b, "byline", a.byline(), true);
        field(b, "publishedTime", a.published(), true);
        field(b, "lang", a.lang(), true);
        field(b, "siteName", a.siteName(), true);
        field(b, "excerpt", a.excerpt(), true);
        field(b, "diagnostics", String.join(",", a.diagnostics()), true);
        return b.append("}\n").toString();
    }

    private static void field(StringBuilder b, String name, String value, boolean comma) {
        if (comma) b.append(',');
        b.append('"').append(name).append("\":");
        if (value == null) {
            b.append("null");
            return;
        }
        b.append('"');
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        b.append('"');
    }
}
