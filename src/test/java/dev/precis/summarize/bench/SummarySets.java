package dev.precis.summarize.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.extract.Extractor;
import dev.precis.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The summary sets the built-in engine is measured on, each a list of {@link Doc}s with one reference:
 * <ul>
 *   <li>the BBC set of {@code ../shared/summ}, split in two halves by alternating articles within each
 *       category (in id order): {@link #TUNE} is what the ranker's constants were calibrated on,
 *       {@link #HELD_OUT} was only ever reported;</li>
 *   <li>the news sets: English stories of {@code ../shared/bench/zyte/dev} (the ground-truth body; the
 *       page's own title) with our own short abstractive summaries, CNN/DailyMail-style, in
 *       {@code src/test/resources/summarize/<set>.tsv}: {@link #NEWS_DEV} (35 stories, calibrated on with
 *       {@link #TUNE}), {@link #NEWS} (12, never tuned on) and {@link #NEWS_EXTRA} (17, written after
 *       builtin-5 was calibrated, never tuned on).</li>
 * </ul>
 */
public final class SummarySets {

    public static final String TUNE = "bbc-tune";
    public static final String HELD_OUT = "bbc-heldout";
    public static final String NEWS_DEV = "news-dev";
    public static final String NEWS = "news-heldout";
    /** 17 more stories, summarized after builtin-5's length rule was chosen: report-only, never tuned on. */
    public static final String NEWS_EXTRA = "news-extra";

    /** One article and its reference summary (sentences one per line). */
    public record Doc(String id, Article article, String reference) {
    }

    private SummarySets() {
    }

    /** The two BBC halves, {@link #TUNE} and {@link #HELD_OUT}, in that order; empty when absent. */
    public static Map<String, List<Doc>> bbc(Path summ) throws IOException {
        Map<String, List<Doc>> halves = new LinkedHashMap<>();
        if (!Files.isDirectory(summ.resolve("articles"))) return halves;
        halves.put(TUNE, new ArrayList<>());
        halves.put(HELD_OUT, new ArrayList<>());
        Map<String, Integer> seenPerCategory = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(summ.resolve("articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
                String category = id.replaceFirst("-\\d+$", "");
                int position = seenPerCategory.merge(category, 1, Integer::sum) - 1;
                String raw = Files.readString(f, StandardCharsets.UTF_8);
                int nl = raw.indexOf('\n');
                String headline = nl < 0 ? raw.strip() : raw.substring(0, nl).strip();
                Article body = Article.ofPlainText(nl < 0 ? "" : raw.substring(nl + 1));
                Article article = new Article(headline, null, null, null, "en", null, null, null,
                        body.paragraphs(), Set.of());
                String reference = Files.readString(summ.resolve("references").resolve(id + ".txt"),
                        StandardCharsets.UTF_8);
                halves.get(position % 2 == 0 ? TUNE : HELD_OUT).add(new Doc(id, article, reference));
            }
        }
        return halves;
    }

    /**
     * The news set: our summaries of zyte dev stories, with the ground-truth body and the title the
     * extractor finds on the page; empty when the bench is absent.
     */
    public static List<Doc> news(Path bench, String set) throws IOException {
        Path zyte = bench.resolve("zyte/dev");
        List<Doc> docs = new ArrayList<>();
        if (!Files.isRegularFile(zyte.resolve("ground-truth.json"))) return docs;
        JsonNode truth = new ObjectMapper().readTree(zyte.resolve("ground-truth.json").toFile());
        for (String line : resourceLines("/summarize/" + set + ".tsv")) {
            String[] cols = line.split("\t");
            JsonNode page = truth.get(cols[0]);
            if (page == null) throw new IllegalStateException("no zyte dev page " + cols[0]);
            Article body = Article.ofPlainText(page.get("articleBody").asText());
            String title = pageTitle(zyte.resolve("html").resolve(cols[0] + ".html"));
            Article article = new Article(title, null, null, null, "en", null, null, null, body.paragraphs(), Set.of());
            docs.add(new Doc(cols[0], article, String.join("\n", cols[1].split("\\s*\\|\\|\\s*"))));
        }
        return docs;
    }

    private static String pageTitle(Path html) throws IOException {
        if (!Files.isRegularFile(html)) return null;
        return new Extractor().extract(Files.readString(html, StandardCharsets.UTF_8), "https://zyte.example/").title();
    }

    /** Non-comment, non-blank lines of a test resource. */
    public static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = SummarySets.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
