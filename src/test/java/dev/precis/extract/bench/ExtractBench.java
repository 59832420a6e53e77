package dev.precis.extract.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.precis.extract.Extractor;
import dev.precis.model.Article;

/**
 * Runs the extractor over the shared evaluation pages — {@code ../shared/bench/{zyte,mozilla}/dev/html/*.html}
 * and {@code ../shared/bench/wcxb/dev/html/*.html.gz} — writes one prediction per page ({@code <id>.json}:
 * text, markdown, pageType, title, byline, publishedTime, lang, siteName, excerpt) under
 * {@code target/bench/<set>}, scores them with the set's own scorer ({@code score.sh}, or
 * {@code wcxb/score.py}), and prints extraction pages/s next to jsoup parse-only pages/s measured in the
 * same run. For WCXB it also prints F1 per page type and per domain half ({@link WcxbReport}).
 * <pre>
 * bin/bench-extract [BENCH_DIR] [OUT_DIR] [SETS...]
 * </pre>
 * Skips with a message when the bench directory is absent. Never copies pages into the repository.
 */
public final class ExtractBench {

    /** Timed passes over zyte/mozilla (after one warm-up pass); times are summed over them. */
    private static final int TIMED_PASSES = Integer.getInteger("precis.bench.passes", 3);
    /** Timed passes over WCXB (416 MB of HTML: one pass takes about as long as three over the others). */
    private static final int WCXB_PASSES = Integer.getInteger("precis.bench.wcxbPasses", 1);

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractBench() {
    }

    /** One set's outcome; {@code figures} holds every scored figure by its floors-file key. */
    public record Result(String set, int pages, double extractPagesPerSec, double parsePagesPerSec,
                         double maxPageMs, String slowestPage, String scoreReport, Map<String, Double> figures) {
        public double ratio() {
            return extractPagesPerSec / parsePagesPerSec;
        }

        /** The set's mean F1 ({@code <set>.dev.f1}), or null when it was not scored. */
        public Double f1() {
            return figures.get(set + ".dev.f1");
        }
    }

    public static void main(String[] args) throws Exception {
        Path bench = Path.of(args.length > 0 ? args[0] : "../shared/bench");
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench");
        List<String> sets = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("zyte", "mozilla", "wcxb");
        if (!Files.isDirectory(bench)) {
            System.out.println("SKIP: bench directory " + bench.toAbsolutePath() + " is absent; nothing to measure.");
            return;
        }
        System.out.println("extractor " + Extractor.VERSION);
        for (String set : sets) {
            if (!Files.isDirectory(bench.resolve(set))) {
                System.out.println("SKIP: " + bench.resolve(set).toAbsolutePath() + " is absent");
                continue;
            }
            Result r = run(bench, set, out.resolve(set), true, set.equals("wcxb") ? WCXB_PASSES : TIMED_PASSES);
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
        BenchPages pages = BenchPages.load(bench.resolve(set).resolve("dev").resolve("html"));
        Extractor extractor = new Extractor();
        Files.createDirectories(outDir);
        // the predictions, which also warm up the extractor
        for (int k = 0; k < pages.size(); k++) {
            Article a = extractor.extract(pages.html(k), null);
            Files.writeString(outDir.resolve(pages.ids().get(k) + ".json"), toJson(a), StandardCharsets.UTF_8);
        }
        double maxMs = 0;
        String slowest = "";
        long parseNanos = 0;
        long extractNanos = 0;
        if (passes > 0) {
            for (int k = 0; k < pages.size(); k++) sink(Jsoup.parse(pages.html(k)).childNodeSize()); // warm-up
        }
        // Interleaved per page (parse, then extract), so machine noise hits both sides alike. Decoding the
        // stored bytes is outside both timings.
        for (int pass = 0; pass < passes; pass++) {
            for (int k = 0; k < pages.size(); k++) {
                String html = pages.html(k);
                long t0 = System.nanoTime();
                sink(Jsoup.parse(html).childNodeSize());
                long t1 = System.nanoTime();
                sink(extractor.extract(html, null).paragraphs().size());
                long t2 = System.nanoTime();
                parseNanos += t1 - t0;
                extractNanos += t2 - t1;
                double ms = (t2 - t1) / 1e6;
                if (ms > maxMs) {
                    maxMs = ms;
                    slowest = pages.ids().get(k);
                }
            }
        }
        double parseSeconds = passes == 0 ? Double.NaN : parseNanos / 1e9 / passes;
        double extractSeconds = passes == 0 ? Double.NaN : extractNanos / 1e9 / passes;
        String report = "";
        Map<String, Double> figures = new LinkedHashMap<>();
        if (score) {
            if (set.equals("wcxb")) {
                report = scoreWcxb(bench.resolve(set), outDir, figures);
            } else {
                report = score(bench, outDir, set);
                Double f1 = parseF1(report);
                if (f1 != null) figures.put(set + ".dev.f1", f1);
            }
        }
        double n = pages.size();
        return new Result(set, pages.size(), n / extractSeconds, n / parseSeconds, maxMs, slowest, report, figures);
    }

    private static String score(Path bench, Path outDir, String set) throws IOException, InterruptedException {
        return runScorer(List.of("bash", bench.resolve("score.sh").toString(), outDir.toAbsolutePath().toString(),
                set, "dev", "--per-doc", outDir.toAbsolutePath() + ".per-doc.tsv"));
    }

    /** The official WCXB scorer, then the per-type and per-half table from its per-page output. */
    private static String scoreWcxb(Path wcxb, Path outDir, Map<String, Double> figures)
            throws IOException, InterruptedException {
        Path perPage = Path.of(outDir.toAbsolutePath() + ".per-page.tsv");
        String official = runScorer(List.of("python3", wcxb.resolve("score.py").toString(),
                outDir.toAbsolutePath().toString(), "--per-page", perPage.toString()));
        if (!Files.exists(perPage)) return official;
        WcxbReport r = WcxbReport.read(perPage, WcxbReport.domains(wcxb));
        r.writePages(Path.of(outDir.toAbsolutePath() + ".worst.tsv"));
        figures.putAll(r.figures());
        return official + r.table();
    }

    private static String runScorer(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }

    /** The F1 figure of a score.sh report ("F1 0.953 ± …"), or null. */
    static Double parseF1(String report) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("F1 ([0-9.]+)").matcher(report);
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }

    static String toJson(Article a) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("text", a.text());
        o.put("title", a.title());
        o.put("byline", a.byline());
        o.put("publishedTime", a.published());
        o.put("lang", a.lang());
        o.put("siteName", a.siteName());
        o.put("excerpt", a.excerpt());
        o.put("diagnostics", String.join(",", a.diagnostics()));
        o.put("pageType", a.pageType());
        o.put("markdown", a.markdown());
        return JSON.writeValueAsString(o) + "\n";
    }
}
